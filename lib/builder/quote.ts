import { collapseSpace } from '../dataset/check';

/** Characters of context kept either side of a quote, as lib/pack/convert.ts keeps them. */
const CONTEXT = 32;

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

const norm = (text: string) => collapseSpace(text.normalize('NFC'));

/**
 * The text-quote selector of a page's selection in the stored article text, taken from the stored
 * text (white space collapsed, as the pack check reads it), or undefined when the selection is not
 * in it. Where the selection recurs, the page's own context (`prefix`, `suffix`) picks the place
 * whose surroundings agree with it longest.
 */
export function locateQuote(text: string, selection: Quote): Quote | undefined {
  const whole = norm(text);
  const exact = norm(selection.exact);
  if (!exact) return undefined;
  const before = norm(selection.prefix);
  const after = norm(selection.suffix);
  let best = -1;
  let bestScore = -1;
  for (let at = whole.indexOf(exact); at >= 0; at = whole.indexOf(exact, at + 1)) {
    const score =
      sharedEnd(whole.slice(0, at).trimEnd(), before) +
      sharedStart(whole.slice(at + exact.length).trimStart(), after);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  return {
    exact,
    prefix: whole.slice(Math.max(0, best - CONTEXT), best),
    suffix: whole.slice(best + exact.length, best + exact.length + CONTEXT),
  };
}

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
