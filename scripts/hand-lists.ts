// Pages with hand-made lists of the people and organisations a reader wants from them, and how
// many of those the suggestions find (npm run suggest-coverage -- --pages <folder>).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../lib/dataset/types';
import { foldText } from '../lib/match/fold';
import { nameKey } from '../lib/story/stem';
import { suggestNames } from '../lib/story/suggest';

/** One page: `#<lang>` on its first line, `@name|other form` for each wanted name, then text. */
export interface ListedPage {
  file: string;
  lang: Lang;
  wanted: string[][];
  text: string;
}

export interface PageScore {
  file: string;
  lang: Lang;
  found: number;
  wanted: number;
  candidates: number;
  missed: string[];
}

export function readPages(folder: string): ListedPage[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => parsePage(file, readFileSync(join(folder, file), 'utf8')));
}

export function parsePage(file: string, raw: string): ListedPage {
  const lines = raw.split('\n');
  const lang = lines[0].replace(/^#/, '').trim() as Lang;
  if (!lines[0].startsWith('#') || !LANGS.includes(lang)) {
    throw new Error(`${file}: the first line must be # and a language (${LANGS.join(', ')})`);
  }
  const wanted = lines.filter((l) => l.startsWith('@')).map((l) => l.slice(1).split('|'));
  const text = lines.filter((l, i) => i > 0 && !l.startsWith('@')).join('\n');
  return { file, lang, wanted, text };
}

/**
 * A wanted name is found when one of its forms is, word for word and case endings aside, the
 * name or a form of a suggestion ("Mariusza Kamińskiego" is Mariusz Kamiński).
 */
export function scorePage(page: ListedPage): PageScore {
  const suggestions = suggestNames({ text: page.text, lang: page.lang });
  const key = (name: string) =>
    nameKey(
      foldText(name)
        .folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
        .trim()
        .split(' '),
      page.lang,
    );
  const keys = new Set(suggestions.flatMap((s) => [s.name, ...s.forms].map(key)));
  const missed = page.wanted.filter((forms) => !forms.some((f) => keys.has(key(f))));
  return {
    file: page.file,
    lang: page.lang,
    found: page.wanted.length - missed.length,
    wanted: page.wanted.length,
    candidates: suggestions.length,
    missed: missed.map((forms) => forms[0]),
  };
}

/** The report: each page, then each language's share found and candidates per page. */
export function reportPages(scores: readonly PageScore[]): string[] {
  const lines = scores.map(
    (s) =>
      `${s.file} (${s.lang}): ${s.found} of ${s.wanted}, ${s.candidates} candidates` +
      (s.missed.length ? `; missed: ${s.missed.join('; ')}` : ''),
  );
  const total = { found: 0, wanted: 0 };
  for (const lang of LANGS) {
    const of = scores.filter((s) => s.lang === lang);
    if (of.length === 0) continue;
    const found = of.reduce((n, s) => n + s.found, 0);
    const wanted = of.reduce((n, s) => n + s.wanted, 0);
    total.found += found;
    total.wanted += wanted;
    lines.push(
      `${lang}: ${found} of ${wanted} (${percent(found, wanted)}), candidates ${of.map((s) => s.candidates).join('/')}`,
    );
  }
  lines.push(`all: ${total.found} of ${total.wanted} (${percent(total.found, total.wanted)})`);
  return lines;
}

function percent(part: number, whole: number): string {
  return `${whole ? Math.round((100 * part) / whole) : 0} %`;
}
