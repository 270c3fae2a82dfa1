import {
  type AddArticleResult,
  type ExtractedArticle,
  extractedArticleSchema,
  type StoryEdit,
  type StoryEditResult,
  type StorySummary,
  storyEditSchema,
} from './builder/types';
import type { CardView } from './card/card-view';
import type { SourceView } from './card/source-view';
import type { Lang } from './dataset/types';
import type { PackedArray, PackedMatcher } from './match/compiled';
import type { AliasSpec } from './match/types';
import { type FieldRule, parseMessage, type Result } from './message-guard';
import type { Pack } from './pack/schema';
import type { ActiveRecord, PackRecord } from './store/db';

export { isResult, type Result } from './result';

/**
 * Every request a content script or extension page sends to the background, and what each answers.
 * One table, so renaming a field is a type error in every context at once.
 */
interface Api {
  status: { request: Record<never, never>; response: Status };
  matcher: { request: Record<never, never>; response: MatcherData };
  /** The same aliases compiled once by the background, for content scripts (lib/match/compiled.ts). */
  'packed-matcher': { request: Record<never, never>; response: PackedMatcherData };
  /** The prefilter's bit set, which every page searches before loading any detection code. */
  prefilter: { request: Record<never, never>; response: PackedPrefilter };
  /**
   * Which of the hashes that hit the bit set (base64 of a Uint32Array) are really keys, null
   * when none is; with the matcher of these and the `known` keys once one is worth scanning for.
   */
  'prefilter-check': { request: { hashes: string; known: string }; response: KeyCheck | null };
  card: { request: { id: string; lang: string }; response: CardView };
  sources: { request: Record<never, never>; response: SourceView[] };
  reimport: { request: Record<never, never>; response: Status };
  names: { request: { lang: string }; response: EntityName[] };
  seed: { request: { id: string }; response: SeedView };
  strings: { request: { lang: string }; response: Record<string, string> };
  /** Opens the reader page on a seed (at a quote), or on the source list when `seed` is empty. */
  'open-reader': { request: { seed: string; quote: string }; response: true };
  /** The installed packs, the bundled one first. */
  packs: { request: Record<never, never>; response: PackRecord[] };
  /** Checks a pack file's text in full, then installs it or updates the pack of the same id. */
  'import-pack': { request: { text: string }; response: PackRecord };
  /** One part of a large pack file, kept by the background until `import-upload` asks for it. */
  'pack-part': { request: { upload: string; text: string }; response: true };
  /** Imports the parts sent under `upload`, joined, as `import-pack` would. */
  'import-upload': { request: { upload: string }; response: PackRecord };
  'set-pack': { request: { id: string; enabled: 'on' | 'off' }; response: PackRecord };
  'remove-pack': { request: { id: string }; response: true };
  /** The pack file's text, as it would be imported again. */
  'export-pack': { request: { id: string }; response: string };
  /** The reader's stories, the most recently changed first. */
  stories: { request: Record<never, never>; response: StorySummary[] };
  /** A story's pack document. */
  story: { request: { id: string }; response: Pack };
  /**
   * Adds an article to a story as a source; `story: ''` starts a new story titled `title`. The same
   * canonical URL added again updates its source (`created: false`).
   */
  'add-article': {
    request: { story: string; title: string; article: ExtractedArticle };
    response: AddArticleResult;
  };
  'story-edit': { request: { edit: StoryEdit }; response: StoryEditResult };
  /** Puts a story back as it was before its last edit (a deleted story comes back too). */
  'story-undo': { request: { story: string }; response: StoryEditResult };
}

export type RequestType = keyof Api;
export type Request<T extends RequestType = RequestType> = T extends RequestType
  ? { type: T } & Api[T]['request']
  : never;
export type ResponseOf<T extends RequestType> = Api[T]['response'];

export interface Status {
  active: Omit<ActiveRecord, 'key'> | null;
}

export interface MatcherData {
  version: string;
  aliases: AliasSpec[];
}

export interface PackedMatcherData {
  version: string;
  matcher: PackedMatcher;
  /** How long the background took to compile it (the benchmark reports it). */
  compileMs: number;
}

/** The answer to a page's `prefilter-check`. */
export interface KeyCheck {
  /** The hashes asked about that are keys (base64 of a Uint32Array). */
  keys: string;
  /** The matcher of every key the page holds, once one is worth scanning for; else null. */
  matcher: PackedMatcherData | null;
  /** The matcher holds every alias (the set is small): the page need not look for more keys. */
  complete: boolean;
}

/**
 * What a page needs to check its keys and match without the background, kept in storage.local
 * beside the prefilter when pages get the whole matcher (utils/page-start.ts): the exact keys,
 * the keys worth scanning for (sorted Uint32Arrays), and the matcher.
 */
export interface PageMatcher {
  exact: PackedArray;
  worth: PackedArray;
  matcher: PackedMatcherData;
}

/** lib/match/prefilter-probe.ts's PrefilterBits with the bits packed for messaging. */
export interface PackedPrefilter {
  version: string;
  bits: PackedArray;
  log: number;
  lengths: number;
  capitalLengths: number;
  everyStart: boolean;
  worthMarked: boolean;
}

/** An entity's display name in one language, for lists that show many entities at once. */
export interface EntityName {
  id: string;
  name: string;
}

/** One bundled seed translation with the original article it translates, for the reader page. */
export interface SeedView {
  id: string;
  lang: Lang;
  text: string;
  publisher: string;
  url: string;
  title: string;
  date: string;
}

const SHAPES: { [T in RequestType]: Record<keyof Api[T]['request'], FieldRule> } = {
  status: {},
  matcher: {},
  'packed-matcher': {},
  prefilter: {},
  'prefilter-check': { hashes: 'hashes', known: 'hashes' },
  card: { id: 'string', lang: 'string' },
  sources: {},
  reimport: {},
  names: { lang: 'string' },
  seed: { id: 'string' },
  strings: { lang: 'string' },
  'open-reader': { seed: 'string', quote: 'string' },
  packs: {},
  'import-pack': { text: 'pack' },
  'pack-part': { upload: 'string', text: 'pack' },
  'import-upload': { upload: 'string' },
  'set-pack': { id: 'string', enabled: ['on', 'off'] },
  'remove-pack': { id: 'string' },
  'export-pack': { id: 'string' },
  stories: {},
  story: { id: 'string' },
  'add-article': { story: 'string', title: 'string', article: extractedArticleSchema },
  'story-edit': { edit: storyEditSchema },
  'story-undo': { story: 'string' },
};

/** Returns the request if `value` is a well-formed one, or a reason why it is not. */
export function parseRequest(value: unknown): Result<Request> {
  return parseMessage<Request>(SHAPES, value);
}
