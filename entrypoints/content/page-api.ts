import { browser } from 'wxt/browser';
import { resolveCardLang } from '@/lib/card/lang';
import type { Result } from '@/lib/messages';
import {
  isPageRequestType,
  type PageEntity,
  type PageMentions,
  parsePageRequest,
} from '@/lib/page-messages';
import { ask } from '@/utils/ask';
import { loadSettings } from '@/utils/settings';
import type { PageContext } from './context';

type Later<T> = T | Promise<T>;

export interface PageApi {
  /** One entry per entity, in the order of its first mention on the page. */
  mentions(): Later<{ entityId: string; count: number }[]>;
  /** Scrolls to the entity's first mention and opens its card; false when it is not on the page. */
  reveal(entityId: string): Later<boolean>;
  /** The keyboard command: moves to the next or previous mention and opens its card. */
  navigate(direction: 'next' | 'previous'): Later<boolean>;
}

/**
 * Answers the popup's questions about this page, and the background's keyboard command. Only the
 * top frame answers: the popup speaks to
 * the tab, and every frame's script would otherwise race to reply with its own part of the page.
 */
export function listenForPageRequests(ctx: PageContext, api: PageApi): void {
  if (window !== window.top) return;
  // Answered through sendResponse, which every browser keeps a reply open for when the listener
  // returns true (a returned promise needs Chromium 144 or webextension-polyfill).
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (answer: Result<unknown>) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parsePageRequest(message);
    if (!parsed.ok) {
      // A message of another kind may be for another listener of this script: leave it unanswered.
      const type = (message as { type?: unknown } | null)?.type;
      if (!isPageRequestType(type)) return undefined;
      sendResponse(parsed);
      return false;
    }
    const request = parsed.value;
    const answer =
      request.type === 'reveal'
        ? Promise.resolve(api.reveal(request.entityId))
        : request.type === 'navigate'
          ? Promise.resolve(api.navigate(request.direction))
          : Promise.resolve(api.mentions()).then(pageMentions);
    answer.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Mentions counted per entity, in the order of each entity's first mention. */
export function countMentions(mentions: readonly { entityId: string }[]) {
  const counts = new Map<string, number>();
  for (const { entityId } of mentions) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}

async function pageMentions(
  mentions: { entityId: string; count: number }[],
): Promise<PageMentions> {
  const hostname = location.hostname;
  if (mentions.length === 0) return { hostname, entities: [] };
  // Names are listed in the language the cards of this page open in, so that the two agree.
  const { cardLanguage } = await loadSettings();
  const lang = resolveCardLang(
    cardLanguage,
    document.documentElement.lang,
    browser.i18n.getUILanguage(),
  );
  const names = new Map((await ask({ type: 'names', lang })).map((n) => [n.id, n.name]));
  const entities: PageEntity[] = mentions.map(({ entityId, count }) => ({
    id: entityId,
    name: names.get(entityId) ?? entityId,
    count,
  }));
  return { hostname, entities };
}
