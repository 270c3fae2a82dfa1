/**
 * What happy-dom lacks of the browser APIs detection and painting use, for `*.dom.test.ts`: the
 * Highlight API (a Highlight is a set of ranges in a registry, which is all the painter uses),
 * constructed style sheets, and StaticRange (a plain record of its four fields). Returns the
 * highlight registry.
 */
export function standInPageApis(): Map<string, Set<AbstractRange>> {
  class FakeHighlight extends Set<AbstractRange> {}
  const registry = new Map<string, FakeHighlight>();
  Object.assign(globalThis, { Highlight: FakeHighlight });
  Object.assign(window, { CSS: { highlights: registry } });
  globalThis.CSSStyleSheet ??= class {
    replaceSync() {}
  } as unknown as typeof CSSStyleSheet;
  if (!('adoptedStyleSheets' in document) || !Array.isArray(document.adoptedStyleSheets)) {
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
  }
  globalThis.StaticRange ??= class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  } as unknown as typeof StaticRange;
  return registry;
}
