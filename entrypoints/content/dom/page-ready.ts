import type { PageContext } from '../context';

/** Resolves once the document is parsed (at once if it already is). */
export function domReady(ctx: PageContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** Whether a text node is prose (not script or style) with something other than white space. */
function isVisibleText(node: Node): boolean {
  const parent = node.parentElement?.localName;
  return parent !== 'script' && parent !== 'style' && /\S/u.test((node as Text).data);
}

/** Whether `root` is, or holds, such a text node. */
function holdsText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isVisibleText(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isVisibleText(node)) return true;
  }
  return false;
}

/**
 * Resolves once the document has some text. A frame without any (most ad and tracking frames)
 * then costs no matcher data and no compilation unless text arrives later; while it waits, only
 * what each change brings is looked at, not the whole frame again.
 */
export async function textAppears(ctx: PageContext): Promise<void> {
  await domReady(ctx);
  if (document.body && holdsText(document.body)) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver((records) => {
      const inBody = (node: Node) => document.body?.contains(node) ?? false;
      const arrived = records.some((record) =>
        record.type === 'characterData'
          ? inBody(record.target) && isVisibleText(record.target)
          : [...record.addedNodes].some((node) => inBody(node) && holdsText(node)),
      );
      if (!arrived) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
  });
}
