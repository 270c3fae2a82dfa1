import type { CardHost } from '../card-host/card-host';
import type { PageContext } from '../context';
import type { CardController, MentionRef } from './card-controller';

interface TouchDeps {
  hitTest: (x: number, y: number) => MentionRef | undefined;
  controller: CardController;
  host: CardHost;
}

/** A tap on a mention opens its card at once; a tap outside the card closes it. */
export function watchTouch(ctx: PageContext, deps: TouchDeps) {
  ctx.addEventListener(
    window,
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || deps.host.contains(event)) return;
      const mention = deps.hitTest(event.clientX, event.clientY);
      if (mention) deps.controller.open(mention);
      else if (deps.controller.isShowing()) deps.controller.close();
    },
    { passive: true, capture: true },
  );
}
