import { MENTION_HIGHLIGHT, mentionStyleCss } from '@/lib/page/highlight-css';
import type { HighlightStyle } from '@/lib/settings';
import type { PageMention } from '../detect/page-mention';
import { createPaintWindow } from './paint-window';
import baseCss from './style.css?inline';

export { MENTION_HIGHLIGHT };

/**
 * Owns the `factcard-mention` highlight of one document. The entry stays registered in every
 * style, 'off' included, so the name is always there for page authors and tests. The highlights'
 * rules (style.css) are not injected into every page by the manifest: any `::highlight()` rule
 * makes a long page's style work slower (measured on a 1 MB page: 2-4 ms more for the frame after
 * a DOM change, with no range painted). The document adopts them with the first mention painted
 * and gives them back when the painter is cleared (the site switched off, other packs). A style
 * is chosen by swapping the text of a second constructed stylesheet, never by touching the page's
 * DOM. Document-level `::highlight()` rules do not reach into shadow trees, so each open shadow
 * root with mentions adopts both sheets too. On a page with many mentions the highlight holds
 * those within about a screen of the viewport (`paint-window.ts`, the one writer of the
 * highlight); the rest wait, tracked, until
 * the reader scrolls near them.
 */
export function createPainter(doc: Document, style: HighlightStyle = 'underline') {
  const view = doc.defaultView;
  const highlight = new Highlight();
  view?.CSS.highlights.set(MENTION_HIGHLIGHT, highlight);
  const nearby = createPaintWindow(doc, highlight);
  const base = new CSSStyleSheet();
  base.replaceSync(`@layer factcard { ${baseCss} }`);
  const variant = new CSSStyleSheet();
  variant.replaceSync(mentionStyleCss(style));
  const adopters = new Set<Document | ShadowRoot>();

  /** Adopts the rules, again if the page replaced its adopted sheets since. */
  function adopt(target: Document | ShadowRoot) {
    adopters.add(target);
    const own = [base, variant].filter((sheet) => !target.adoptedStyleSheets.includes(sheet));
    if (own.length) target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...own];
  }
  /** Takes the rules back: a page left with no mention pays nothing for them either. */
  function withdraw() {
    for (const target of adopters) {
      const ours = (sheet: CSSStyleSheet) => sheet === variant || sheet === base;
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((sheet) => !ours(sheet));
    }
    adopters.clear();
  }

  // A set, so that a mention replaced before the flush that would have painted it is forgotten
  // rather than painted after all (it is no longer in the index, so nothing would remove it).
  const adding = new Set<PageMention>();
  let removing: PageMention[] = [];

  return {
    /** Paints mentions at once, all of them: for a page the extension renders itself. */
    add(mentions: readonly PageMention[]) {
      if (mentions.length) adopt(doc);
      nearby.reveal(mentions);
    },
    /**
     * Queues changes for the next `flush()`: mentions to take away, and to paint. Where they are
     * is tracked at once, a block at a time, rather than all at the flush: on a long page that is
     * thousands of elements for the window's observer.
     */
    stage(removed: readonly PageMention[], added: readonly PageMention[]) {
      for (const mention of removed) {
        // The window's observer may have painted it already.
        adding.delete(mention);
        nearby.remove(mention);
        removing.push(mention);
      }
      // The window's observer may paint them before the flush.
      if (added.length) adopt(doc);
      for (const mention of added) {
        adding.add(mention);
        nearby.track(mention);
      }
      // Windowing starts before the new mentions go in, so a long page's never all do at once.
      nearby.settle();
    },
    /**
     * Applies what was queued. Chromium rebuilds the markers of every highlighted range in the
     * document in the frame after any change to a highlight, so changes are gathered and applied
     * at a few moments (the screen's mentions, the end of a pass, a batch of page changes) rather
     * than slice by slice: on a 1 MB page each rebuild costs tens of milliseconds.
     */
    flush() {
      nearby.unpaint(removing);
      if (adding.size) adopt(doc);
      nearby.paint(adding);
      adding.clear();
      removing = [];
    },
    /**
     * Paints mentions known to be on screen at once, before the window's observer has reported
     * where they are (it does so after the next frame).
     */
    reveal(mentions: readonly PageMention[]) {
      if (mentions.length) adopt(doc);
      nearby.reveal(mentions);
    },
    /** Whether only the mentions near the viewport are in the highlight. */
    get windowed() {
      return nearby.windowed;
    },
    clear() {
      adding.clear();
      removing = [];
      nearby.clear();
      withdraw();
    },
    setStyle(next: HighlightStyle) {
      variant.replaceSync(mentionStyleCss(next));
    },
    /** Lets the highlight rules reach text inside an open shadow root. */
    styleShadowRoot(shadow: ShadowRoot) {
      adopt(shadow);
    },
    /** Unregisters the highlight and takes back every adopted sheet. */
    dispose() {
      adding.clear();
      removing = [];
      nearby.clear();
      const registry = view?.CSS.highlights;
      if (registry?.get(MENTION_HIGHLIGHT) === highlight) registry.delete(MENTION_HIGHLIGHT);
      withdraw();
    },
  };
}

export type Painter = ReturnType<typeof createPainter>;
