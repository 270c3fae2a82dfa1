import type { PageContext } from '../context';
import type { PageMention } from '../detect/page-mention';
import type { CardDataStore } from './card-data';
import type { LazyCardHost } from './lazy-host';

/** What the card needs to know of a painted mention. */
export type MentionRef = Pick<PageMention, 'entityId' | 'range' | 'rect'>;

interface ControllerDeps {
  host: LazyCardHost;
  data: CardDataStore;
  /** The card language for a mention: its element's `lang`, the UI language, or English. */
  langFor: (mention: MentionRef) => string;
}

/**
 * Opens and closes the card for a mention. Every request carries a token: an answer that arrives
 * after the reader moved on (another mention, or none) is dropped rather than shown.
 */
export function createCardController(ctx: PageContext, deps: ControllerDeps) {
  let token = 0;
  let shown: MentionRef | undefined;
  let returnFocus: Element | null = null;
  // The mention whose card was rendered ahead (the host shows it only for that card's data).
  let prepared: MentionRef | undefined;

  /**
   * The pointer rests on a mention: its card's code and data are fetched, and the card is rendered
   * ahead, hidden, once they are in, unless the pointer moved on or a card is open meanwhile.
   */
  function prefetch(mention: MentionRef) {
    const mine = ++token;
    deps.host.preload();
    deps.data.load(mention.entityId, deps.langFor(mention)).then(
      (data) => {
        if (mine !== token || deps.host.isOpen() || ctx.isInvalid) return;
        prepared = mention;
        deps.host.prepare(data, () => mention.rect());
      },
      () => undefined,
    );
  }

  /** Shows the card at once when its data is in memory, else as soon as it arrives. */
  function open(mention: MentionRef, fromKeyboard = false, since?: number) {
    const mine = ++token;
    // A card rendered ahead for another mention of the same entity would show by that one.
    if (prepared?.range !== mention.range) deps.host.discard();
    prepared = undefined;
    const lang = deps.langFor(mention);
    const anchor = () => mention.rect();
    // Moving from card to card keeps the place focus came from, not the previous card.
    if (fromKeyboard && !deps.host.hasFocus()) returnFocus = document.activeElement;
    const cached = deps.data.peek(mention.entityId, lang);
    const display = (data: NonNullable<typeof cached>) => {
      if (mine !== token || ctx.isInvalid) return;
      shown = mention;
      deps.host.show(data, anchor, fromKeyboard, since);
    };
    if (cached) return display(cached);
    deps.data.load(mention.entityId, lang).then(display, () => undefined);
  }

  function close({ restoreFocus = false } = {}) {
    token++;
    const hadFocus = deps.host.hasFocus();
    shown = undefined;
    deps.host.close();
    if ((restoreFocus || hadFocus) && returnFocus instanceof HTMLElement) returnFocus.focus();
    returnFocus = null;
  }

  return {
    prefetch,
    open,
    close,
    /** Forgets a pending open, and a card rendered ahead, without touching a card shown. */
    cancel() {
      token++;
      deps.host.discard();
    },
    isShowing: (mention?: MentionRef) =>
      deps.host.isOpen() && (!mention || shown?.range === mention.range),
    shown: () => (deps.host.isOpen() ? shown : undefined),
  };
}

export type CardController = ReturnType<typeof createCardController>;
