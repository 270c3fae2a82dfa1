import type { PageContext } from '../context';
import type { CardController, MentionRef } from './card-controller';

/** The highlight that marks the mention reached from the keyboard (styled in ../style.css). */
const ACTIVE_HIGHLIGHT = 'factcard-active';

interface KeyboardDeps {
  mentions: () => readonly MentionRef[];
  controller: CardController;
}

/**
 * The keyboard path to the cards: `step(+1 | -1)` (sent by the background for the extension's
 * command) moves to the next or previous mention, scrolls it into view, marks it and opens its card
 * with focus inside; Escape closes the card and returns focus where it was.
 */
export function watchKeyboard(ctx: PageContext, deps: KeyboardDeps) {
  const active = new Highlight();
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  ctx.onInvalidated(() => CSS.highlights.delete(ACTIVE_HIGHLIGHT));
  let current: MentionRef | undefined;
  // Any change to a registered highlight makes Chromium repaint every highlighted range on the
  // page (hundreds of milliseconds on a very long page), so an empty one is left alone.
  const unmark = () => {
    if (active.size > 0) active.clear();
  };

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !deps.controller.isShowing()) return;
      deps.controller.close({ restoreFocus: true });
      unmark();
    },
    { capture: true },
  );

  return {
    step(direction: 1 | -1): boolean {
      const list = deps.mentions();
      if (!list.length) return false;
      const at = current ? list.findIndex((m) => m.range === current?.range) : -1;
      const next = at === -1 ? (direction === 1 ? 0 : list.length - 1) : at + direction;
      current = list[(next + list.length) % list.length];
      reveal(current);
      return true;
    },
    reveal,
    clear: unmark,
  };

  function reveal(mention: MentionRef) {
    current = mention;
    unmark();
    active.add(mention.range);
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    deps.controller.open(mention, true);
  }
}
