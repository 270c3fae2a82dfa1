import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { unpackMatcher } from '@/lib/match/compiled';
import { type Matcher, matcherFrom } from '@/lib/match/matcher';
import { ask } from '@/utils/ask';

/**
 * Asks the background for the matcher, which it compiles once for every page, and wraps it;
 * undefined when there is none. `compileMs` is how long the wrapping took on this page's main
 * thread (compiling here cost every page some 20 ms).
 */
export async function loadMatcher(
  ctx: ContentScriptContext,
): Promise<{ matcher: Matcher; compileMs: number } | undefined> {
  const data = await ask({ type: 'packed-matcher' }).catch((error: unknown) => {
    // After an extension update the old script's channel is gone: stop quietly.
    if (ctx.isValid) console.warn('Fact cards: no matcher data', error);
    return undefined;
  });
  if (!data || ctx.isInvalid) return undefined;
  const start = performance.now();
  try {
    const matcher = matcherFrom(unpackMatcher(data.matcher));
    return { matcher, compileMs: performance.now() - start };
  } catch (error) {
    console.warn('Fact cards: bad matcher data', error);
    return undefined;
  }
}

/** Resolves once the document is parsed (at once if it already is). */
export function domReady(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/**
 * Resolves once the document has some text. A frame without any (most ad and tracking frames)
 * then costs no matcher data and no compilation unless text arrives later.
 */
export async function textAppears(ctx: ContentScriptContext): Promise<void> {
  await domReady(ctx);
  const hasText = () => {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent !== 'script' && parent !== 'style' && /\S/u.test((node as Text).data)) return true;
    }
    return false;
  };
  if (hasText()) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!hasText()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
  });
}
