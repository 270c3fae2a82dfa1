import type { Lang, Source } from './types';
import { LANGS } from './types';
import type { YamlReader } from './yaml-reader';

const FIELDS = ['id', 'publisher', 'url', 'language', 'title', 'date', 'translations'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads sources.yaml: a list of original articles, each with its seed translations. */
export function readSources(reader: YamlReader): Source[] {
  const raw = reader.value;
  if (!Array.isArray(raw)) {
    if (!reader.problems.length) reader.problem([], 'sources must be a list');
    return [];
  }
  return raw.flatMap((item, i) => {
    const path = [i];
    if (typeof item !== 'object' || item === null) {
      reader.problem(path, 'a source must be a mapping');
      return [];
    }
    const source = item as Record<string, unknown>;
    const id = typeof source.id === 'string' ? source.id : `#${i + 1}`;
    reader.unknownKeys(path, FIELDS, id);
    for (const key of ['id', 'publisher', 'url', 'language', 'title', 'date']) {
      if (typeof source[key] !== 'string' || !source[key]) {
        reader.problem([...path, key], `source needs a ${key}`, id);
      }
    }
    if (typeof source.date === 'string' && !DATE.test(source.date)) {
      reader.problem([...path, 'date'], 'date must be YYYY-MM-DD', id);
    }
    const translations = Array.isArray(source.translations) ? source.translations : [];
    if (!translations.length) reader.problem([...path, 'translations'], 'no translations', id);
    const read = translations.flatMap((t: unknown, j) => {
      const entry = t as Record<string, unknown> | null;
      if (typeof entry?.seed !== 'string' || !LANGS.includes(entry.lang as Lang)) {
        reader.problem([...path, 'translations', j], 'a translation needs a seed and a lang', id);
        return [];
      }
      return [{ seed: entry.seed, lang: entry.lang as Lang }];
    });
    return [
      {
        id,
        publisher: String(source.publisher),
        url: String(source.url),
        language: String(source.language),
        title: String(source.title),
        date: String(source.date),
        translations: read,
      },
    ];
  });
}

// The words before a seed's source URL, in the languages the seeds are translated into.
const SOURCE_WORD = '(?:Źródło|Bron|Source|المصدر|Quelle|Fuente|Nguồn)';
const SOURCE_LINE = new RegExp(`^${SOURCE_WORD}\\s*:\\s*(\\S+)\\s*$`, 'gmu');

/** The URLs a seed names on its own source line(s). */
export function seedSourceUrls(text: string): string[] {
  return [...text.matchAll(SOURCE_LINE)].map((m) => m[1]);
}

const URL_SOURCE_LINE = new RegExp(`^${SOURCE_WORD}\\s*:\\s*[a-z]+://\\S+\\s*$`, 'mu');

/**
 * The article a fact may quote: the seed's text before its first source line that names a URL.
 * The source line is the translator's note of where the article came from (a URL's slug repeats
 * the headline, which the article need not bear out), and what follows it is the page's furniture
 * ("Komentarz (0)"). A credit such as "Source: VNA" inside the article is no source line.
 */
export function seedBody(text: string): string {
  const sourceLine = text.search(URL_SOURCE_LINE);
  return sourceLine < 0 ? text : text.slice(0, sourceLine);
}
