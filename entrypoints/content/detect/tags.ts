import { INLINE_TAGS, SKIPPED_TAGS } from '@/lib/page/tags';

const INLINE = INLINE_TAGS;
/** Subtrees whose text is not prose a reader reads, or not text at all (replaced elements). */
export const SKIP = SKIPPED_TAGS;

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
