import { type NamePattern, unknownWords } from '../match/name-patterns';
import { LANGS, type Lang } from './types';

type Report = (path: (string | number)[], message: string) => void;

const KEYS = ['head', 'body', 'link', 'subject', 'modifier'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A vocabulary name or a list of them, as the pattern holds it; undefined when malformed. */
function names(raw: unknown): string | string[] | undefined {
  if (typeof raw === 'string' && raw.trim()) return raw.trim();
  if (Array.isArray(raw) && raw.length && raw.every((n) => typeof n === 'string' && n.trim())) {
    return raw.map((n: string) => n.trim());
  }
  return undefined;
}

/** Phrases by language, as a pattern's subject and modifier hold them. */
function byLanguage(
  raw: unknown,
  path: (string | number)[],
  problem: Report,
): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  if (!isRecord(raw)) {
    problem(path, `${path[path.length - 1]} must map languages to lists`);
    return out;
  }
  for (const [lang, list] of Object.entries(raw)) {
    const ok = Array.isArray(list) && list.every((s) => typeof s === 'string' && s.trim());
    if (!LANGS.includes(lang as Lang)) problem([...path, lang], `unknown language "${lang}"`);
    else if (!ok || !list.length) problem([...path, lang], 'must be a list of phrases');
    else out[lang as Lang] = list.map((s: string) => s.trim());
  }
  return out;
}

/**
 * An entity file's `patterns`: a list of `{ head, body?, link, subject: { <lang>: [...] },
 * modifier?: { <lang>: [...] } }` whose head, body and link name vocabularies of
 * lib/lang/pattern-words.ts.
 */
export function readPatterns(raw: unknown, problem: Report): NamePattern[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problem(['patterns'], 'patterns must be a list');
    return [];
  }
  return raw.flatMap((item, i): NamePattern[] => {
    const path = ['patterns', i];
    if (!isRecord(item)) {
      problem(path, 'a pattern must be a mapping');
      return [];
    }
    for (const key of Object.keys(item)) {
      if (!KEYS.includes(key)) problem([...path, key], `unknown field "${key}"`);
    }
    const head = names(item.head);
    const link = names(item.link);
    const body = item.body === undefined ? undefined : names(item.body);
    if (!head) problem([...path, 'head'], 'a pattern needs a head (a name or a list of names)');
    if (!link) problem([...path, 'link'], 'a pattern needs a link (a name or a list of names)');
    if (item.body !== undefined && !body)
      problem([...path, 'body'], 'body must be a name or a list');
    const subject = byLanguage(item.subject, [...path, 'subject'], problem);
    const modifier =
      item.modifier === undefined
        ? undefined
        : byLanguage(item.modifier, [...path, 'modifier'], problem);
    if (!head || !link) return [];
    const pattern: NamePattern = {
      head,
      link,
      subject,
      ...(body ? { body } : {}),
      ...(modifier ? { modifier } : {}),
    };
    for (const word of unknownWords(pattern))
      problem(path, `no vocabulary for ${word} in lib/lang`);
    return [pattern];
  });
}
