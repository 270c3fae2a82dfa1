import * as v from 'valibot';
import { LANGS, type Lang } from '../dataset/types';
import { PATTERN_BODIES, PATTERN_HEADS, PATTERN_LINKS } from '../lang/pattern-words';

/** A vocabulary name of lib/lang/pattern-words.ts, or a list of them. */
function vocabulary(names: Record<string, unknown>, what: string) {
  const keys = Object.keys(names) as [string, ...string[]];
  const name = v.picklist(keys, `must be a ${what} vocabulary: ${keys.join(', ')}`);
  return v.union([name, v.pipe(v.array(name), v.minLength(1, 'needs a name'))]);
}

const phrases = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200))),
  v.minLength(1, 'needs a phrase'),
  v.maxLength(50),
);

/** Phrases by language. */
const byLanguage = v.strictObject(
  Object.fromEntries(LANGS.map((l) => [l, v.optional(phrases)])) as Record<
    Lang,
    v.OptionalSchema<typeof phrases, undefined>
  >,
);

/**
 * A name pattern (lib/match/name-patterns.ts): shared head, body and link vocabularies by name,
 * and the entity's own subject per language, as it follows the link, and as a modifier before
 * the head where a language writes it so ("cybercrime treaty").
 */
export const patternSchema = v.strictObject({
  head: vocabulary(PATTERN_HEADS, 'head'),
  body: v.optional(vocabulary(PATTERN_BODIES, 'body')),
  link: vocabulary(PATTERN_LINKS, 'link'),
  subject: byLanguage,
  modifier: v.optional(byLanguage),
});
