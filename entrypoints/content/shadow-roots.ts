/**
 * Calls `found` with each open shadow root of `root` (when it is an element) and of the elements
 * in it, not those nested inside the roots found. This visits every element of the page: a tree
 * walker costs a fraction of what iterating `querySelectorAll('*')` with for...of does in code the
 * engine has not optimised yet (most of all the second time, on load).
 */
export function forEachShadowRoot(root: Node, found: (shadow: ShadowRoot) => void): void {
  if (root.nodeType === Node.ELEMENT_NODE) {
    const own = (root as Element).shadowRoot;
    if (own) found(own);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found(shadow);
  }
}

/**
 * The custom elements in `root` (itself included) whose definition has not loaded yet: one may
 * attach a shadow root when it does, which nothing in the light DOM reports (see late-hosts.ts).
 */
export function undefinedElements(root: Node): Element[] {
  if (!('querySelectorAll' in root)) return []; // A text node.
  const found = [...(root as ParentNode).querySelectorAll(':not(:defined)')];
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(':not(:defined)')) {
    found.unshift(root as Element);
  }
  return found;
}
