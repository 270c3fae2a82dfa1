import * as v from 'valibot';
import { ENTITY_TYPES, LANGS, type Lang } from '../dataset/types';
import { patternSchema } from './pattern-schema';

/**
 * The pack format this extension writes; it reads format 1 too. Format 2 lets a pack give its
 * texts in any of the eight languages (format 1 requires English), its title per language, an
 * entity with no fact yet, and a source's author, with its date left out when unknown.
 */
export const PACK_FORMAT = 2;
export const PACK_FORMATS = [1, 2] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

/** The most facts a card holds. */
export const MAX_FACTS = 4;

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

const langEntries = (max: number) =>
  Object.fromEntries(LANGS.map((l) => [l, v.optional(text(max))])) as Record<
    Lang,
    v.OptionalSchema<ReturnType<typeof text>, undefined>
  >;

/** Text per language in format 1: English is required, as every card of it falls back to it. */
const englishText = (max: number) => v.strictObject({ ...langEntries(max), en: text(max) });

/** Text per language in format 2: any of the eight, at least one. */
const someText = (max: number) =>
  v.pipe(
    v.strictObject(langEntries(max)),
    v.check(
      (texts) => Object.values(texts).some((t) => t !== undefined),
      `needs a text in at least one of ${LANGS.join(', ')}`,
    ),
  );

/** Text per language in format 2 that may be given in none yet (a card's description). */
const anyText = (max: number) => v.strictObject(langEntries(max));

const translationSchema = v.strictObject({
  id: translationId,
  lang,
  /** The full text, so quotes can be checked on import and the reader page can show it. */
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
});

const isoDate = v.pipe(v.string(), v.isoDate('must be YYYY-MM-DD'));
const sourceEntries = {
  id,
  publisher: text(200),
  url: httpUrl,
  /** The original article's language (a BCP 47 tag such as "vi"). */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag')),
  title: text(500),
  date: isoDate,
  translations: v.pipe(v.array(translationSchema), v.minLength(1, 'needs a translation')),
};

const sourceSchemas = {
  1: v.strictObject(sourceEntries),
  2: v.strictObject({
    ...sourceEntries,
    /** Left out when the article does not say. */
    date: v.optional(isoDate),
    author: v.optional(text(200)),
  }),
};

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

const factEntries = { source: id, translation: translationId, quote: quoteSchema };
const mentionSchema = v.strictObject({
  translation: translationId,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  firstSentence: v.pipe(v.string(), v.maxLength(2000)),
});

const derivedEntries = {
  /** Derived by `npm run pack -- build`: where the entity is mentioned in the pack's texts. */
  mentions: v.optional(v.array(mentionSchema), []),
  /** Derived: entities named in the same sentences, most often first. */
  related: v.optional(
    v.array(v.strictObject({ id, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    [],
  ),
};
/** A person's country, whose demonyms point back at the person once named (docs/PACKS.md). */
const country = v.optional(
  v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, like PT')),
);
const entityType = v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`);
const aliases = v.pipe(v.array(aliasSchema), v.minLength(1, 'needs at least one alias'));

/** An entity as each format gives it. */
export const entitySchemas = {
  1: v.strictObject({
    id,
    type: entityType,
    name: englishText(200),
    description: englishText(500),
    aliases,
    /** Descriptive names as patterns, expanded when the matcher is built. */
    patterns: v.optional(v.pipe(v.array(patternSchema), v.maxLength(20))),
    country,
    facts: v.pipe(
      v.array(v.strictObject({ text: englishText(1000), ...factEntries })),
      v.minLength(1, 'needs 1 to 4 facts'),
      v.maxLength(4, 'needs 1 to 4 facts'),
    ),
    ...derivedEntries,
  }),
  // A story's card is made from a name before it has a fact (docs/STORIES.md): it shows its
  // description, or only its name and type, until one is added.
  2: v.strictObject({
    id,
    type: entityType,
    name: someText(200),
    description: anyText(500),
    aliases,
    /** Descriptive names as patterns, expanded when the matcher is built. */
    patterns: v.optional(v.pipe(v.array(patternSchema), v.maxLength(20))),
    country,
    facts: v.pipe(
      v.array(v.strictObject({ text: someText(1000), ...factEntries })),
      v.maxLength(MAX_FACTS, `has more than ${MAX_FACTS} facts`),
    ),
    ...derivedEntries,
  }),
};

const headerEntries = <F extends PackFormat>(format: F) => ({
  $schema: v.optional(v.string()),
  format: v.literal(format),
  id,
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text(200),
  languages: v.pipe(v.array(lang), v.minLength(1)),
  licence: text(200),
  attribution: text(500),
  /** The oldest extension version that reads this pack. */
  minExtensionVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be like 1.2.3')),
  sources: v.pipe(v.array(sourceSchemas[format]), v.minLength(1, 'needs a source')),
  entities: v.array(v.unknown()),
});

/** A pack's header, its sources and its entities not yet looked at (they are checked one by one). */
export const packHeaderSchema = v.variant(
  'format',
  [
    v.strictObject(headerEntries(1)),
    v.strictObject({
      ...headerEntries(2),
      /** The title in other languages: a card on a page in one of them names the pack in it. */
      titles: v.optional(anyText(200)),
    }),
  ],
  `must be ${PACK_FORMATS.join(' or ')}`,
);

const entitiesOf = <F extends PackFormat>(format: F) =>
  v.pipe(v.array(entitySchemas[format]), v.minLength(1, 'needs an entity'));

/** A whole pack file, of either format. */
export const packSchema = v.variant('format', [
  v.strictObject({ ...headerEntries(1), entities: entitiesOf(1) }),
  v.strictObject({
    ...headerEntries(2),
    titles: v.optional(anyText(200)),
    entities: entitiesOf(2),
  }),
]);

type Pack2 = v.InferOutput<(typeof packSchema.options)[1]>;
/**
 * A checked pack. Format 1 is a narrower case of format 2 (English everywhere, a fact on every
 * entity, a date on every source), so every reader works on format 2's shape.
 */
export type Pack = Omit<Pack2, 'format'> & { format: PackFormat };
export type PackInput = v.InferInput<typeof packSchema>;
export type PackEntity = Pack['entities'][number];
export type PackSource = Pack['sources'][number];
export type PackMeta = Omit<Pack, 'sources' | 'entities' | '$schema'>;
