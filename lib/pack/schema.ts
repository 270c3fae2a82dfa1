import * as v from 'valibot';
import { ENTITY_TYPES, LANGS, type Lang } from '../dataset/types';
import { patternSchema } from './pattern-schema';

/** The pack format this extension writes and reads; a later format gets a new number. */
export const PACK_FORMAT = 1;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(ID, 'must be kebab-case (a-z, 0-9, -)'), v.maxLength(80));
// Translation ids are file names (`000_b52fa35cbc56eae7`): letters, digits, _ . and -.
const translationId = v.pipe(
  v.string(),
  v.regex(/^[\w.-]+$/u, 'must be letters, digits, _ . -'),
  v.maxLength(80),
);
const lang = v.picklist(LANGS, `must be one of ${LANGS.join(', ')}`);
const httpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http or https URL'),
  v.maxLength(2000),
);

/** Text per language; English is required, as every card falls back to it. */
const langText = (max: number) =>
  v.strictObject({
    ...(Object.fromEntries(LANGS.map((l) => [l, v.optional(text(max))])) as Record<
      Lang,
      v.OptionalSchema<ReturnType<typeof text>, undefined>
    >),
    en: text(max),
  });

const translationSchema = v.strictObject({
  id: translationId,
  lang,
  /** The full text, so quotes can be checked on import and the reader page can show it. */
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
});

const sourceSchema = v.strictObject({
  id,
  publisher: text(200),
  url: httpUrl,
  /** The original article's language (a BCP 47 tag such as "vi"). */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag')),
  title: text(500),
  date: v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD')),
  translations: v.pipe(v.array(translationSchema), v.minLength(1, 'needs a translation')),
});

const aliasSchema = v.strictObject({
  text: text(200),
  lang,
  /** Matched on pages but absent from the pack's texts (English, Vietnamese, ... forms). */
  external: v.optional(v.boolean()),
  /** A name other things share: matched only beside another mention. */
  generic: v.optional(v.literal(true)),
  /** A short form ("Pinto", "President Cuong"): counted on a page after the full name only. */
  short: v.optional(v.literal(true)),
  /** A longer name of something else ("United Nations Office at Vienna"): hides its inside. */
  exclude: v.optional(v.literal(true)),
});

/** W3C Web Annotation's TextQuoteSelector: the quote and a little text either side. */
const quoteSchema = v.strictObject({
  exact: text(2000),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
});

const factSchema = v.strictObject({
  text: langText(1000),
  source: id,
  translation: translationId,
  quote: quoteSchema,
});

const mentionSchema = v.strictObject({
  translation: translationId,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  firstSentence: v.pipe(v.string(), v.maxLength(2000)),
});

export const entitySchema = v.strictObject({
  id,
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  name: langText(200),
  description: langText(500),
  aliases: v.pipe(v.array(aliasSchema), v.minLength(1, 'needs at least one alias')),
  /** Descriptive names as patterns, expanded when the matcher is built. */
  patterns: v.optional(v.pipe(v.array(patternSchema), v.maxLength(20))),
  facts: v.pipe(
    v.array(factSchema),
    v.minLength(1, 'needs 1 to 4 facts'),
    v.maxLength(4, 'needs 1 to 4 facts'),
  ),
  /** Derived by `npm run pack -- build`: where the entity is mentioned in the pack's texts. */
  mentions: v.optional(v.array(mentionSchema), []),
  /** Derived: entities named in the same sentences, most often first. */
  related: v.optional(
    v.array(v.strictObject({ id, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    [],
  ),
});

export const packHeaderSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(PACK_FORMAT, `must be ${PACK_FORMAT}`),
  id,
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text(200),
  languages: v.pipe(v.array(lang), v.minLength(1)),
  licence: text(200),
  attribution: text(500),
  /** The oldest extension version that reads this pack. */
  minExtensionVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be like 1.2.3')),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'needs a source')),
  entities: v.array(v.unknown()),
});

export const packSchema = v.strictObject({
  ...packHeaderSchema.entries,
  entities: v.pipe(v.array(entitySchema), v.minLength(1, 'needs an entity')),
});

export type Pack = v.InferOutput<typeof packSchema>;
export type PackInput = v.InferInput<typeof packSchema>;
export type PackEntity = v.InferOutput<typeof entitySchema>;
export type PackSource = Pack['sources'][number];
export type PackMeta = Omit<Pack, 'sources' | 'entities' | '$schema'>;
