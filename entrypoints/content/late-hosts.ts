import type { PageContext } from './context';

const FIRST_CHECK_MS = 500;
const LAST_CHECK_MS = 30_000;

/**
 * Custom elements met without a shadow root. One may get an open shadow root later, when its
 * definition arrives and upgrades it, and an upgrade changes nothing in the light DOM that a
 * MutationObserver would report. So they are checked on every batch of changes and on a timer
 * that backs off from half a second to thirty while nothing happens: a filter over a short list.
 */
export function watchLateHosts(ctx: PageContext, onShadowRoot: (root: ShadowRoot) => void) {
  // A set: the scanner meets a block again on every rescan, and a host is remembered once.
  const hosts = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_CHECK_MS;

  /** Reports the hosts that have a shadow root now; returns whether there were any. */
  function check(): boolean {
    const upgraded: ShadowRoot[] = [];
    for (const host of hosts) {
      if (host.shadowRoot) upgraded.push(host.shadowRoot);
      if (host.shadowRoot || !host.isConnected) hosts.delete(host);
    }
    for (const root of upgraded) onShadowRoot(root);
    return upgraded.length > 0;
  }

  function schedule() {
    if (timer !== undefined || hosts.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (ctx.isInvalid) return;
      delay = check() ? FIRST_CHECK_MS : Math.min(delay * 2, LAST_CHECK_MS);
      schedule();
    }, delay);
  }

  function stop() {
    clearTimeout(timer);
    timer = undefined;
    hosts.clear();
    delay = FIRST_CHECK_MS;
  }
  ctx.onInvalidated(stop);

  return {
    /** Remembers `element` when it is a custom element without a shadow root. */
    consider(element: Element) {
      if (!element.shadowRoot && element.localName.includes('-')) hosts.add(element);
    },
    check() {
      const found = check();
      schedule();
      return found;
    },
    stop,
  };
}
