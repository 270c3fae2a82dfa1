import { INLINE_TAGS, SKIPPED_TAGS } from '../page/tags';

// The tags that flow inside a line of text: a quote or a name may run across them ("To <b>Lam</b>")
// but never across any other element. Decided by tag, not computed style, so that the same rule
// holds in the page, in a detached copy and in tests: the detector's lists (lib/page/tags.ts).

export function isInlineTag(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

export function isSkippedTag(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName);
}

/** The nearest element around `node` that is not inline: the block its text belongs to. */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInlineTag(element)) element = element.parentElement;
  return element;
}

/** Runs of white space, no-break spaces included, as one space. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ');
}

/**
 * The text of an element as paragraphs: each block's text on its own, white space squashed,
 * separated by a blank line; a <br> ends a paragraph too. Skipped subtrees give nothing.
 */
export function paragraphs(root: Node): string {
  const out: string[] = [];
  let line = '';
  const end = () => {
    const text = squash(line).trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
      return;
    const element = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE && isSkippedTag(element)) return;
    if (element.localName === 'br') return end();
    const block = node.nodeType === Node.ELEMENT_NODE && !isInlineTag(element);
    if (block) end();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) end();
  };
  walk(root);
  end();
  return out.join('\n\n');
}
