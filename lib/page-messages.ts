import type { Result } from './messages';

/**
 * What the popup asks the content script of a tab (with `tabs.sendMessage`), and what it answers.
 * Kept apart from lib/messages.ts: those go to the background, these to one page.
 */
interface PageApi {
  'page-mentions': { request: Record<never, never>; response: PageMentions };
  reveal: { request: { entityId: string }; response: boolean };
}

export type PageRequestType = keyof PageApi;
export type PageRequest<T extends PageRequestType = PageRequestType> = T extends PageRequestType
  ? { type: T } & PageApi[T]['request']
  : never;
export type PageResponseOf<T extends PageRequestType> = PageApi[T]['response'];

export interface PageEntity {
  id: string;
  name: string;
  count: number;
}

export interface PageMentions {
  /**
   * The page's hostname as its content script sees it. The popup reads it here because the tab's
   * URL is hidden from an extension without the `tabs` permission unless `activeTab` was granted.
   */
  hostname: string;
  /** In the order of each entity's first mention on the page. */
  entities: PageEntity[];
}

const FIELDS: { [T in PageRequestType]: Record<keyof PageApi[T]['request'], 'string'> } = {
  'page-mentions': {},
  reveal: { entityId: 'string' },
};

const MAX_FIELD_LENGTH = 200;

/** Returns the request if `value` is a well-formed page request, or a reason why it is not. */
export function parsePageRequest(value: unknown): Result<PageRequest> {
  if (typeof value !== 'object' || value === null) return fail('message is not an object');
  const message = value as Record<string, unknown>;
  const type = message.type;
  if (!isPageRequestType(type)) return fail(`unknown message type ${JSON.stringify(type)}`);
  const fields: Record<string, string> = FIELDS[type];
  for (const key of Object.keys(message)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) return fail(`unexpected field "${key}"`);
  }
  for (const [key, kind] of Object.entries(fields)) {
    const field = message[key];
    if (typeof field !== kind) return fail(`field "${key}" must be a ${kind}`);
    if (typeof field === 'string' && field.length > MAX_FIELD_LENGTH) {
      return fail(`field "${key}" is too long`);
    }
  }
  return { ok: true, value: message as PageRequest };
}

/** Whether `type` names a page request (other listeners in the content script own the rest). */
export function isPageRequestType(type: unknown): type is PageRequestType {
  return typeof type === 'string' && Object.hasOwn(FIELDS, type);
}

/** Checks the content script's answer to `page-mentions` before the popup renders it. */
export function isPageMentions(value: unknown): value is PageMentions {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return (
    typeof answer.hostname === 'string' &&
    Array.isArray(answer.entities) &&
    answer.entities.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as PageEntity).id === 'string' &&
        typeof (e as PageEntity).name === 'string' &&
        typeof (e as PageEntity).count === 'number',
    )
  );
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
