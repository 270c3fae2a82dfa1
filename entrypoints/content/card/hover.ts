import type { CardHost } from '../card-host/card-host';
import type { PageContext } from '../context';
import type { CardController, MentionRef } from './card-controller';

interface HoverDeps {
  hitTest: (x: number, y: number) => MentionRef | undefined;
  controller: CardController;
  host: CardHost;
  /** The dwell before a card shows (setting, about 250 ms). */
  dwell: () => number;
}

const CLOSE_DELAY = 300;

/**
 * Hover intent: data is requested as soon as the pointer rests on a mention, the card shows after
 * the dwell, stays open while the pointer travels to it, and closes a moment after the pointer has
 * left both. Pointer moves are hit-tested at most once a frame. Touch is handled by taps (touch.ts).
 */
export function watchHover(ctx: PageContext, deps: HoverDeps) {
  let hovered: MentionRef | undefined;
  let dwellTimer: number | undefined;
  let closeTimer: number | undefined;
  let framePending = false;
  let last: PointerEvent | undefined;

  const clear = (timer: number | undefined) => timer !== undefined && clearTimeout(timer);
  const scheduleClose = () => {
    if (closeTimer !== undefined || !deps.controller.isShowing()) return;
    closeTimer = ctx.setTimeout(() => {
      closeTimer = undefined;
      deps.controller.close();
    }, CLOSE_DELAY);
  };
  const keepOpen = () => {
    clear(closeTimer);
    closeTimer = undefined;
  };

  function onFrame() {
    framePending = false;
    const event = last;
    if (!event) return;
    if (deps.host.contains(event)) return keepOpen();
    const mention = deps.hitTest(event.clientX, event.clientY);
    if (mention && mention.range === hovered?.range) return;
    clear(dwellTimer);
    dwellTimer = undefined;
    hovered = mention;
    if (!mention) {
      deps.controller.cancel();
      return scheduleClose();
    }
    if (deps.controller.isShowing(mention)) return keepOpen();
    // Fetched and rendered ahead at once: on a long page the render, its layout and the frames
    // after it take much of the dwell (measured: rendered later, the card was a frame late there).
    deps.controller.prefetch(mention);
    dwellTimer = ctx.setTimeout(() => {
      dwellTimer = undefined;
      keepOpen();
      deps.controller.open(mention, false, performance.now());
    }, deps.dwell());
  }

  ctx.addEventListener(
    window,
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      last = event;
      if (framePending) return;
      framePending = true;
      ctx.requestAnimationFrame(onFrame);
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    document.documentElement,
    'pointerleave',
    () => {
      clear(dwellTimer);
      dwellTimer = undefined;
      hovered = undefined;
      last = undefined;
      scheduleClose();
    },
    { passive: true },
  );
}
