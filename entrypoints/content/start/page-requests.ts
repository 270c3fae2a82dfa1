import { browser } from 'wxt/browser';
import type { PageReader } from '@/lib/extract/page-reader';
import type { Result } from '@/lib/messages';
import { isPageRequestType, type PageRequest, parsePageRequest } from '@/lib/page-messages';
import type { PageContext } from '../context';
import { EXTRACT, type PageApi } from '../handoff';
import { loadChunk } from './load-chunk';
import type { Phases } from './phases';

/** The story builder's requests need no detection: extract.js reads the page when asked. */
function readPage(type: 'article' | 'selection'): Promise<unknown> {
  return loadChunk<PageReader>(EXTRACT.path, EXTRACT.name).then((reader) => reader[type]());
}

/** Answers one request with what detection knows, or as a page with nothing found. */
function answer(request: PageRequest, api: PageApi | undefined): Promise<unknown> | unknown {
  switch (request.type) {
    case 'reveal':
      return api?.reveal(request.entityId) ?? false;
    case 'navigate':
      return api?.navigate(request.direction) ?? false;
    default:
      return api?.mentions() ?? { hostname: location.hostname, entities: [] };
  }
}

/**
 * Answers the popup's questions about this page, and the background's keyboard command, from the
 * phase: while the page is being read the answer waits until start-up knows whether there is
 * anything to find, and then for detection. Only the top frame answers: the popup speaks to the
 * tab, and every frame's script would otherwise race to reply with its own part of the page.
 */
export function answerPageRequests(ctx: PageContext, phases: Phases): void {
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
    const { type } = parsed.value;
    (type === 'article' || type === 'selection'
      ? readPage(type)
      : phases
          .settled()
          .then((phase) => (phase.phase === 'detecting' ? phase.detector : undefined))
          .then((detector) => detector?.api)
          .then((api) => answer(parsed.value, api))
    ).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
