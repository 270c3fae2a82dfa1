// npm run score-coverage -- <folder> [--misses] [--wrong]: how many of the names a reader counts
// in written-down coverage the bundled catalogue finds, page by page, as the extension reads a
// page: paragraphs in order, short forms only after their full name, acronyms the text defines.
//
// Each <lang>.json in the folder holds one story page and pages of other news:
//   { "lang": "pl",
//     "article": [{ "text": "…", "expect": [{ "text": "…", "entity": "id", "kind": "plain" }] }],
//     "other": [{ "text": "…", "allowed": [{ "text": "…", "entity": "id" }], "traps": ["…"] }] }
// `kind` is plain, longer or generic. An expected name is found when a mark of its entity
// overlaps it (each listed text at an occurrence of its own, whole words first, a found one
// first, inside a longer listed text where it is written nowhere else). Each paragraph of
// other news is a page of its own: a mark there is wrong unless it overlaps an allowed name of
// its entity outside a trap.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../lib/match/matcher';
import { createPageReader } from '../lib/match/page-names';
import type { Mention } from '../lib/match/types';
import { bundledSpecs } from '../tests/unit/bundled-specs';

interface Expected {
  text: string;
  entity: string;
  kind: string;
}

interface CoverageFile {
  lang: string;
  article: { text: string; expect: Expected[] }[];
  other: { text: string; allowed: { text: string; entity: string }[]; traps: string[] }[];
}

interface Span {
  start: number;
  end: number;
}

interface Marked extends Mention {
  paragraph: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/**
 * The span of each listed text in `text`: longest first, each at an occurrence that no span
 * placed before overlaps, a whole word where there is one ("Guterres" after "António Guterres",
 * "verdrag" beside "cybercrimeverdrag"), and among those the first `hit` takes, if any (a title
 * listed once, written both before a name and alone).
 */
function locate(
  text: string,
  listed: string[],
  hit: (k: number, span: Span) => boolean = () => false,
): (Span | undefined)[] {
  const spans: (Span | undefined)[] = listed.map(() => undefined);
  const placed: Span[] = [];
  const order = listed.map((_, k) => k).sort((a, b) => listed[b].length - listed[a].length);
  const nested: Span[] = [];
  for (const k of order) {
    const all = every(text, listed[k]);
    const free = all.filter((s) => !placed.some((p) => overlaps(p, s)));
    const whole = free.filter((s) => !isWordChar(text[s.start - 1]) && !isWordChar(text[s.end]));
    // A name listed inside a longer one ("Wietnamu" of "stolicy Wietnamu") where it is not
    // written again.
    const inner = all.filter(
      (s) =>
        placed.some((p) => p.start <= s.start && s.end <= p.end) &&
        !nested.some((n) => overlaps(n, s)),
    );
    const options = whole.length > 0 ? whole : free.length > 0 ? free : inner;
    spans[k] = options.find((s) => hit(k, s)) ?? options[0];
    if (spans[k]) (options === inner ? nested : placed).push(spans[k] as Span);
  }
  return spans;
}

/** Every occurrence of `name` in `text`. */
function every(text: string, name: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    spans.push({ start: at, end: at + name.length });
  }
  return spans;
}

const matcher = compileMatcher(bundledSpecs());

/** The marks of one page made of `paragraphs`, in text order. */
function marks(paragraphs: string[]): Marked[] {
  const read = createPageReader(matcher);
  return paragraphs.flatMap((text, paragraph) => read(text).map((m) => ({ ...m, paragraph })));
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: npm run score-coverage -- <folder> [--misses] [--wrong]');
const showMisses = process.argv.includes('--misses');
const showWrong = process.argv.includes('--wrong');
const totals = new Map<string, { found: number; all: number }>();
let wrongTotal = 0;
let trapTotal = 0;

for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const page = JSON.parse(readFileSync(join(folder, file), 'utf8')) as CoverageFile;
  const lines: string[] = [];
  const found = marks(page.article.map((p) => p.text));
  const counts = new Map<string, { found: number; all: number }>();
  page.article.forEach((p, i) => {
    const own = found.filter((m) => m.paragraph === i);
    const spans = locate(
      p.text,
      p.expect.map((e) => e.text),
      (k, span) => own.some((m) => m.entityId === p.expect[k].entity && overlaps(m, span)),
    );
    p.expect.forEach((e, k) => {
      const count = counts.get(e.kind) ?? { found: 0, all: 0 };
      counts.set(e.kind, count);
      count.all++;
      const span = spans[k];
      if (span && own.some((m) => m.entityId === e.entity && overlaps(m, span))) count.found++;
      else if (showMisses) lines.push(`  miss ${e.kind} ${e.entity}: ${e.text}  | ${p.text}`);
    });
    for (const m of own) {
      const hit = spans.some((s, k) => s && p.expect[k].entity === m.entityId && overlaps(m, s));
      if (!hit && showWrong) {
        lines.push(`  extra ${m.entityId}: ${p.text.slice(m.start, m.end)}  | ${p.text}`);
      }
    }
  });
  let wrong = 0;
  let traps = 0;
  for (const p of page.other) {
    const trapSpans = locate(p.text, p.traps);
    const allowed = p.allowed.flatMap((a) =>
      every(p.text, a.text)
        .filter((s) => !trapSpans.some((t) => t && t.start <= s.start && s.end <= t.end))
        .map((s) => ({ ...s, entity: a.entity })),
    );
    for (const m of marks([p.text])) {
      if (allowed.some((s) => s.entity === m.entityId && overlaps(m, s))) continue;
      wrong++;
      const trap = trapSpans.some((s) => s && overlaps(m, s));
      if (trap) traps++;
      if (showWrong) {
        const what = trap ? 'trap' : 'wrong';
        lines.push(`  ${what} ${m.entityId}: ${p.text.slice(m.start, m.end)}  | ${p.text}`);
      }
    }
  }
  wrongTotal += wrong;
  trapTotal += traps;
  const figures = [...counts].sort().map(([kind, c]) => {
    const total = totals.get(kind) ?? { found: 0, all: 0 };
    totals.set(kind, { found: total.found + c.found, all: total.all + c.all });
    return `${kind} ${c.found}/${c.all}`;
  });
  console.log(`${page.lang}: ${figures.join(', ')}; other news: ${wrong} wrong (${traps} traps)`);
  for (const line of lines) console.log(line);
}

const percent = (c: { found: number; all: number }) => ((100 * c.found) / c.all).toFixed(1);
const all = [...totals].sort().map(([kind, c]) => `${kind} ${c.found}/${c.all} (${percent(c)} %)`);
console.log(`all: ${all.join(', ')}; other news: ${wrongTotal} wrong (${trapTotal} traps)`);
