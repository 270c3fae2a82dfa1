import type { CardCallbacks, CardHost, createCardHost } from '../card-host/card-host';
import { CARDS, type PageServices } from '../handoff';

export type LazyCardHost = CardHost & {
  /** Starts loading the card code, so that a card asked for soon shows at once. */
  preload(): void;
};

/**
 * The card host of card-host.ts, whose code (Preact, floating-ui, the card's components) is loaded
 * on first use rather than on every page: when a pointer first moves over a page with mentions
 * (start-cards.ts), or when a card is asked for. Until it has loaded, nothing is open; a card asked
 * for meanwhile shows once it has, unless it was closed first.
 */
export function createLazyHost(
  doc: Document,
  callbacks: CardCallbacks,
  loadChunk: PageServices['loadChunk'],
): LazyCardHost {
  let host: CardHost | undefined;
  let loading = false;
  let pending: Parameters<CardHost['show']> | undefined;
  let ahead: Parameters<CardHost['prepare']> | undefined;

  function preload() {
    if (loading) return;
    loading = true;
    loadChunk<typeof createCardHost>(CARDS.path, CARDS.name).then(
      (create) => {
        host = create(doc, callbacks);
        const wanted = pending;
        pending = undefined;
        if (wanted) host.show(...wanted);
        else if (ahead) host.prepare(...ahead);
        ahead = undefined;
      },
      (error: unknown) => {
        loading = false;
        console.warn('Fact cards: the card did not load', error);
      },
    );
  }

  return {
    preload,
    show(...args) {
      if (host) return host.show(...args);
      pending = args;
      preload();
    },
    /** A card to render ahead, hidden (card-host.ts), once the code is in if it is not yet. */
    prepare(...args) {
      if (host) return host.prepare(...args);
      ahead = args;
    },
    discard() {
      ahead = undefined;
      host?.discard();
    },
    close() {
      pending = undefined;
      host?.close();
    },
    announce: (text) => host?.announce(text),
    attach: () => host?.attach(),
    isOpen: () => host?.isOpen() ?? false,
    contains: (event) => host?.contains(event) ?? false,
    hasFocus: () => host?.hasFocus() ?? false,
    remove() {
      pending = undefined;
      host?.remove();
    },
  };
}
