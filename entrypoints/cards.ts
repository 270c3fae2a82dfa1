import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from './content/card-host/card-host';
import { CARDS } from './content/handoff';

// The card itself (Preact, positioning, the card's components and styles): loaded on first use,
// when the pointer rests on a mention or the keyboard or a tap asks for a card.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARDS.name] = createCardHost;
});
