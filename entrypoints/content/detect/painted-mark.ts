import type { PageContext } from '../context';

/**
 * Leaves the `factcard-painted` mark that `npm run bench` and the tests read: stamped at this
 * moment, but written once the current slice has ended, so that the slice which painted is in
 * the totals `detail` gives too.
 */
export function markPaintedPage(ctx: PageContext, detail: () => Record<string, number>): void {
  const at = performance.now();
  ctx.setTimeout(() => {
    performance.mark('factcard-painted', { startTime: at, detail: detail() });
  }, 0);
}
