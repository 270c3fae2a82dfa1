import * as v from 'valibot';
import { ENTITY_TYPES, LANGS } from '../dataset/types';

// The story builder's requests carry these shapes; each is declared once here, its type inferred,
// and `parseRequest` (lib/messages.ts) checks a request's fields against it.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = v.pipe(v.string(), v.regex(ID, 'must be kebab-case (a-z, 0-9, -)'), v.maxLength(80));
const lang = v.picklist(LANGS, `must be one of ${LANGS.join(', ')}`);
const type = v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`);
const line = (max: number) => v.pipe(v.string(), v.maxLength(max));
const filled = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

/** The longest article text a story keeps, in UTF-16 units (a long feature is some 100,000). */
export const MAX_ARTICLE_LENGTH = 2_000_000;

export const extractedArticleSchema = v.strictObject({
  /** The canonical URL (http/https). */
  url: v.pipe(
    v.string(),
    v.url('must be a URL'),
    v.regex(/^https?:\/\//i, 'must be an http or https URL'),
    v.maxLength(2000),
  ),
  title: filled(500),
  /** The site's name or publisher. */
  site: filled(200),
  /** '' when unknown. */
  author: line(200),
  /** YYYY-MM-DD, '' when unknown. */
  date: v.pipe(
    v.string(),
    v.regex(
      /^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/,
      "must be YYYY-MM-DD, or '' when unknown",
    ),
  ),
  lang,
  /** The article's text, paragraphs separated by blank lines. */
  text: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_ARTICLE_LENGTH, 'is longer than a story keeps'),
  ),
});

/** An article as extracted from a page (by the popup, on request). */
export type ExtractedArticle = v.InferOutput<typeof extractedArticleSchema>;

export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  entities: number;
  names: number;
  facts: number;
  updatedAt: number;
  canUndo: boolean;
}

const edit = <const O extends string, E extends v.ObjectEntries>(op: O, entries: E) =>
  v.strictObject({ op: v.literal(op), story: id, ...entries });

export const storyEditSchema = v.variant('op', [
  edit('rename-story', { title: filled(200) }),
  edit('delete-story', {}),
  edit('make-entity', { name: filled(200), lang, type, description: line(500) }),
  edit('edit-entity', {
    entity: id,
    lang,
    name: v.optional(filled(200)),
    description: v.optional(filled(500)),
    type: v.optional(type),
    country: v.optional(
      v.pipe(v.string(), v.regex(/^(?:[A-Z]{2})?$/, 'must be a country code, like PT, or empty')),
    ),
  }),
  edit('delete-entity', { entity: id }),
  edit('add-name', { entity: id, text: filled(200), lang }),
  edit('delete-name', { entity: id, text: filled(200), lang }),
  edit('add-fact', {
    entity: id,
    lang,
    text: filled(1000),
    url: line(2000),
    exact: filled(2000),
    prefix: line(1000),
    suffix: line(1000),
  }),
  edit('edit-fact', {
    entity: id,
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lang,
    text: filled(1000),
  }),
  edit('delete-fact', { entity: id, index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  edit('delete-article', { url: line(2000) }),
  edit('merge-entities', { into: id, from: id }),
  edit('move-entity', { entity: id, to: id }),
]);

/** One change a reader makes to a story; each is one write, undone by `story-undo`. */
export type StoryEdit = v.InferOutput<typeof storyEditSchema>;

export interface StoryEditResult {
  story: string;
  /** The id `make-entity` made. */
  entity?: string;
}

/** What `add-article` answers: the story (made when the request named none) and the source. */
export interface AddArticleResult {
  story: string;
  source: string;
  /** False when the same canonical URL was in the story already and its source was updated. */
  created: boolean;
}
