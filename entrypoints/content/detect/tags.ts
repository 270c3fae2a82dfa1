/**
 * Which elements join text into one run and which are skipped. Whether an element is inline is decided by its tag, not by computed style: asking
 * for styles would force a style recalculation on every element of a large page. The lists follow
 * the HTML rendering section's defaults; an unknown element, custom elements included, is inline
 * there too, but pages use custom elements as containers far more often than inside a name, so
 * here only the listed tags join text.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'rtc',
  'ruby',
  's',
  'samp',
  'slot',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** Subtrees whose text is not prose a reader reads, or not text at all (replaced elements). */
export const SKIP = new Set([
  'audio',
  'canvas',
  'datalist',
  'embed',
  'head',
  'iframe',
  'input',
  'math',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'xmp',
]);

/** Skipped elements that render nothing, so the text on either side still reads as one. */
export const INVISIBLE = new Set(['noscript', 'script', 'style', 'template']);

/** contenteditable="", "true" and "plaintext-only" make a region editable; "false" does not. */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/**
 * Form fields, scripts, media, editable regions and the extension's own UI. Editable regions are
 * recognised by their attribute rather than `isContentEditable`, which makes Chromium bring style
 * up to date first; an editable region's descendants are never reached, as its whole subtree is
 * skipped, so the inherited state needs no lookup.
 */
export function isSkipped(element: Element): boolean {
  return (
    SKIP.has(element.localName) || isEditable(element) || element.hasAttribute('data-factcard-host')
  );
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** Matches every element that is not inline: blocks, and skipped elements. */
export const NOT_INLINE = `:not(${[...INLINE].join(',')})`;
/** Attributes that may make an element skipped whatever its tag. */
export const SKIP_ATTRIBUTES = '[contenteditable],[data-factcard-host]';
