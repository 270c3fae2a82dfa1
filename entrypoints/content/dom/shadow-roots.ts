import type { PageContext } from '../context';

const FIRST_CHECK_MS = 500;
const LAST_CHECK_MS = 30_000;

/**
 * Finds the page's open shadow roots, each reported once to `onRoot`, for the text feed and for
 * detection alike. A root is found three ways: on an element met while reading (`element`), by a
 * walk over a subtree (`tree`), and late: a custom element met before its definition loaded may
 * attach an open shadow root when it is upgraded, which changes nothing in the light DOM that a
 * MutationObserver reports. Such elements are kept and looked at again on `check()` (each batch
 * of changes) and on a timer that backs off from half a second to thirty while nothing happens:
 * a filter over a short list. Closed roots are the page's own: nobody reads them.
 */
export function findShadowRoots(ctx: PageContext, onRoot: (shadow: ShadowRoot) => void) {
  let seen = new WeakSet<ShadowRoot>();
  // A set: the scanner meets a block again on every rescan, and a host is remembered once.
  const hosts = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_CHECK_MS;

  function found(shadow: ShadowRoot) {
    if (seen.has(shadow)) return;
    seen.add(shadow);
    onRoot(shadow);
  }

  /** Reports the kept hosts that have a shadow root now; returns whether there were any. */
  function checkHosts(): boolean {
    const upgraded: ShadowRoot[] = [];
    for (const host of hosts) {
      if (host.shadowRoot) upgraded.push(host.shadowRoot);
      if (host.shadowRoot || !host.isConnected) hosts.delete(host);
    }
    for (const root of upgraded) found(root);
    return upgraded.length > 0;
  }

  function schedule() {
    if (timer !== undefined || hosts.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (ctx.isInvalid) return;
      delay = checkHosts() ? FIRST_CHECK_MS : Math.min(delay * 2, LAST_CHECK_MS);
      schedule();
    }, delay);
  }

  /** A custom element may get its root later, once defined or connected. */
  function element(node: Element) {
    if (node.shadowRoot) found(node.shadowRoot);
    else if (node.localName.includes('-')) hosts.add(node);
  }
  function stop() {
    clearTimeout(timer);
    timer = undefined;
    hosts.clear();
    delay = FIRST_CHECK_MS;
    seen = new WeakSet();
  }
  const forget = ctx.onInvalidated(stop);

  return {
    found,
    /** An element met while reading: its root now, or later if its definition has not loaded. */
    element,
    /**
     * Every open shadow root of `root` (when it is an element) and of the elements in it, not
     * those nested inside the roots found (each is walked when it is read). This visits every
     * element: a tree walker costs a fraction of what iterating `querySelectorAll('*')` does in
     * code the engine has not optimised yet (most of all the second time, on load).
     */
    tree(root: Node) {
      if (root.nodeType === Node.TEXT_NODE) return;
      if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) {
        found((root as Element).shadowRoot as ShadowRoot);
      }
      // Only the shadow root is read of each element: a DOM property costs a content script
      // about twice what it costs the page, on every element of the page.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) found(shadow);
      }
      // Custom elements whose definition has not loaded: one native query finds them.
      const parent = root as ParentNode;
      for (const late of parent.querySelectorAll(':not(:defined)')) {
        if (!late.shadowRoot) hosts.add(late);
      }
      if (root.nodeType === Node.ELEMENT_NODE && !(root as Element).matches(':defined')) {
        hosts.add(root as Element);
      }
    },
    /** Looks at the kept custom elements now, and keeps looking on the timer while any remain. */
    check() {
      const any = checkHosts();
      schedule();
      return any;
    },
    /** Forgets every root and host: after this, roots are reported again when met. */
    stop,
    /** Stops for good, and lets go of the context (a finder made for one read or one search). */
    release() {
      stop();
      forget();
    },
  };
}

export type ShadowRootFinder = ReturnType<typeof findShadowRoots>;
