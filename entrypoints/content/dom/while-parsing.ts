import type { PageContext } from '../context';

/** How often a page still being parsed is looked at. */
export const PARSING_LOOK_MS = 50;

/**
 * Calls `look` while the document is being parsed, at once and then at most every
 * PARSING_LOOK_MS, until it is parsed or the returned function is called. The parser only
 * appends, so each look can read on from where the last one ended. While the parser works,
 * Chromium runs its chunks and a frame after each ahead of timers, which then wait some hundreds
 * of milliseconds: an animation frame is the reliable moment to look at what the last chunk
 * added. The timer is there for tabs that draw no frames.
 */
export function whileParsing(ctx: PageContext, look: () => void): () => void {
  let stopped = false;
  let lastLook = Number.NEGATIVE_INFINITY;
  const parsing = () => !stopped && document.readyState === 'loading';
  const due = () => {
    if (performance.now() - lastLook < PARSING_LOOK_MS) return;
    lastLook = performance.now();
    look();
  };
  const onFrame = () => {
    if (!parsing()) return;
    due();
    ctx.requestAnimationFrame(onFrame);
  };
  const onTimer = () => {
    if (!parsing()) return;
    due();
    ctx.setTimeout(onTimer, PARSING_LOOK_MS);
  };
  onFrame();
  onTimer();
  return () => {
    stopped = true;
  };
}
