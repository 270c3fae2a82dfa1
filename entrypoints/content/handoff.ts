import type { MatcherParts } from '@/lib/match/matcher';
import type { GateKeys } from '@/lib/page/key-gate';
import type * as slices from '@/lib/page/slices';
import type { PageMentions } from '@/lib/page-messages';
import type { HighlightStyle, Settings } from '@/lib/settings';
import type { ask } from '@/utils/ask';
import type { PageContext } from './context';
import type { ShadowRootFinder } from './dom/shadow-roots';
import type { loadChunk } from './start/load-chunk';

/**
 * The contract between content.js, which runs on every page, and detector.js, which it loads
 * where the prefilter found something. Each bundle holds its own copy of whatever it imports, so
 * what both need is built once in content.js and handed over here, never imported by both: no
 * object is built by one copy of a module and changed by another, and detector.js carries no code
 * that content.js already has.
 */
export interface Handoff {
  /** What the page learned of the prefilter's keys, which detection's gate goes on adding to. */
  keys: DetectionKeys;
  /** The matcher of the keys found so far, which came with the answer that found one. */
  matcher: MatcherParts;
  /** The settings as they are now: start-up keeps them current. */
  settings: () => Settings;
  /** Whether the page may leave performance marks (lib/page/marks.ts). */
  marks: boolean;
  /** The site is switched off: detection starts paused, and `resume()` starts the scan. */
  paused: boolean;
  services: PageServices;
}

/**
 * The page's keys (lib/page/page-keys.ts) as detection uses them: its gate asks about new text
 * through them, and each larger matcher an answer brings comes unpacked.
 */
export interface DetectionKeys extends GateKeys {
  onMatcher(listener: (matcher: MatcherParts) => void): () => void;
}

/** Content.js's own modules that detection uses too. */
export interface PageServices {
  ask: typeof ask;
  /** Loads one of the extension's chunks (the card's, cards.js) into this world. */
  loadChunk: typeof loadChunk;
  /** Resolves once the document is parsed. */
  domReady: () => Promise<void>;
  /** Calls `look` while the document is parsed (dom/while-parsing.ts); returns what stops it. */
  whileParsing: (look: () => void) => () => void;
  /** A finder of open shadow roots and late custom elements (dom/shadow-roots.ts). */
  shadowRoots: (onRoot: (shadow: ShadowRoot) => void) => ShadowRootFinder;
  slices: Slices;
}

export type Slices = Pick<
  typeof slices,
  'runInSlices' | 'yieldToPage' | 'yieldToRendering' | 'SLICE_BUDGET_MS' | 'FRAME_EVERY_MS'
>;

/** What detector.js gives back: the one handle start-up switches and updates detection by. */
export interface Detector {
  /** Removes every mention and stops watching the page (the site was switched off). */
  pause(): void;
  /** Scans the page again from the start and watches it. */
  resume(): void;
  setStyle(style: HighlightStyle): void;
  /** Other packs: new keys and their matcher (none when the page holds no key now). */
  replace(keys: DetectionKeys, matcher: MatcherParts | undefined): void;
  /** What the popup and the keyboard command ask of the page, once it is parsed. */
  api: Promise<PageApi>;
}

export interface PageApi {
  /** One entry per entity, in the order of its first mention on the page, once it is scanned. */
  mentions(): Promise<PageMentions>;
  /** Scrolls to the entity's first mention and opens its card; false when it is not on the page. */
  reveal(entityId: string): Promise<boolean>;
  /** The keyboard command: moves to the next or previous mention and opens its card. */
  navigate(direction: 'next' | 'previous'): boolean;
}

export type StartPage = (ctx: PageContext, handoff: Handoff) => Detector | undefined;

/** Names the chunks register under: the content script's world, not the page's. */
export const DETECTOR = { path: '/detector.js', name: 'factcardStartPage' } as const;
export const CARDS = { path: '/cards.js', name: 'factcardCardHost' } as const;
/** The story builder's reader of the article and the selection, loaded only when asked. */
export const EXTRACT = { path: '/extract.js', name: 'factcardPageReader' } as const;

/**
 * Where content.js leaves the character tables (lib/match/char-table.ts) before it loads
 * detector.js, whose matcher reads them through detect/handed-char-table.ts: one set of tables a
 * tab, filled once, for the probe and the matcher alike.
 */
export const CHAR_TABLE = 'factcardCharTable';
