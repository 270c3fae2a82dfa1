import type { ArticleResult } from './extract/article';
import type { PageSelection } from './extract/page-reader';
import { type FieldRule, parseMessage, type Result } from './message-guard';

/**
 * What the popup asks the content script of a tab (with `tabs.sendMessage`), and what it answers.
 * Kept apart from lib/messages.ts: those go to the background, these to one page.
 */
interface PageApi {
  'page-mentions': { request: Record<never, never>; response: PageMentions };
  reveal: { request: { entityId: string }; response: boolean };
  /** The keyboard command, forwarded by the background: move to the next or previous mention. */
  navigate: { request: { direction: 'next' | 'previous' }; response: boolean };
  /** The story builder: the page's article, extracted only on this request (extract.js). */
  article: { request: Record<never, never>; response: ArticleResult };
  /** The story builder: the page's selection, with a little text either side. */
  selection: { request: Record<never, never>; response: PageSelection };
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

const SHAPES: { [T in PageRequestType]: Record<keyof PageApi[T]['request'], FieldRule> } = {
  'page-mentions': {},
  reveal: { entityId: 'string' },
  navigate: { direction: ['next', 'previous'] },
  article: {},
  selection: {},
};

/** Returns the request if `value` is a well-formed page request, or a reason why it is not. */
export function parsePageRequest(value: unknown): Result<PageRequest> {
  return parseMessage<PageRequest>(SHAPES, value);
}

/** Whether `type` names a page request (other listeners in the content script own the rest). */
export function isPageRequestType(type: unknown): type is PageRequestType {
  return typeof type === 'string' && Object.hasOwn(SHAPES, type);
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
