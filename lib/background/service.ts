import { cardView } from '../card/card-view';
import { packTitle, pick, toLang } from '../card/lang';
import { sourceViews } from '../card/source-view';
import type { Lang } from '../dataset/types';
import { answerKeyCheck } from '../key-check';
import { packArray } from '../match/compiled';
import type {
  PackedPrefilter,
  PageMatcher,
  Request,
  RequestType,
  ResponseOf,
  Status,
} from '../messages';
import { type FactcardDB, getActive, listPacks } from '../store/db';
import { type BundledDataset, ensureDataset, importDataset } from '../store/import';
import { createMatcherSet, type MatcherSet } from './matcher-set';
import { packHandlers } from './pack-handlers';
import { storyHandlers } from './story-handlers';

export interface ServiceDeps {
  open: () => Promise<FactcardDB>;
  bundledVersion: () => Promise<string>;
  loadBundled: () => Promise<BundledDataset>;
  /** The UI strings of one bundled locale (public/_locales/<lang>/messages.json). */
  loadStrings: (lang: Lang) => Promise<Record<string, string>>;
  /** Opens one of the extension's own pages (a path such as /reader.html?seed=...) in a new tab. */
  openPage: (path: string) => Promise<void>;
  /** Called once the matcher of a changed set of packs is compiled: open tabs should reload it. */
  onPacksChanged?: (version: string) => Promise<void>;
  /**
   * Keeps the prefilter of the current packs where pages read it with their settings
   * (utils/page-start.ts), so that a page with nothing to find never wakes the service worker;
   * and, when pages get the whole matcher, what they need to check keys and match on their own
   * (else null). Called before `onPacksChanged`, and by `publishForPages`.
   */
  storeForPages?: (prefilter: PackedPrefilter, matcher: PageMatcher | null) => Promise<void>;
  /** This extension's version, for packs that need a newer one. */
  extensionVersion?: string;
  /** Up to this size a page gets the whole matcher (matcher-set.ts; tests lower it). */
  wholeMatcherChars?: number;
}

export type Handlers = { [T in RequestType]: (request: Request<T>) => Promise<ResponseOf<T>> };

/**
 * The background's state. Nothing here outlives the service worker: every call first awaits
 * `ready()`, which reopens the database and repairs a missing or stale dataset after a cold start.
 */
export function createService(deps: ServiceDeps) {
  let readying: Promise<FactcardDB> | undefined;
  // Compiled once per set of enabled packs and kept while the worker lives: every page asks for it.
  const matchers = createMatcherSet(ready, deps.wholeMatcherChars);
  const changed = async () => {
    const set = await matchers.current();
    await publish(set);
    await deps.onPacksChanged?.(set.version);
  };
  const publish = (set: MatcherSet) => deps.storeForPages?.(packPrefilter(set), pageMatcher(set));
  /** Compiles the current set if need be and stores what pages read of it (at start-up). */
  async function publishForPages() {
    await publish(await matchers.current());
  }

  function ready(): Promise<FactcardDB> {
    readying ??= (async () => {
      const db = await deps.open();
      await ensureDataset(db, await deps.bundledVersion(), deps.loadBundled);
      return db;
    })();
    // A failed attempt is forgotten so that the next message tries again.
    readying.catch(() => {
      readying = undefined;
    });
    return readying;
  }

  async function status(db: FactcardDB): Promise<Status> {
    const active = await getActive(db);
    if (!active) return { active: null };
    const { key: _key, ...rest } = active;
    return { active: rest };
  }

  const handlers: Handlers = {
    status: async () => status(await ready()),
    matcher: async () => {
      const { version, aliases } = await matchers.current();
      return { version, aliases };
    },
    'packed-matcher': async () => {
      const { version, packed, compileMs } = await matchers.current();
      return { version, matcher: packed, compileMs };
    },
    prefilter: async () => packPrefilter(await matchers.current()),
    // A page asks this when its text hit the bits, with the keys it already knows it holds:
    // the answer says which hits are keys, and once one of them is worth scanning for, brings
    // the matcher of every key the page holds, so detection needs no second round trip.
    'prefilter-check': async ({ hashes, known }) => {
      const { version, prefilter, subset } = await matchers.current();
      return answerKeyCheck(
        hashes,
        known,
        {
          isKey: (hash) => prefilter.exact.has(hash),
          isWorth: (hash) => prefilter.worth.has(hash),
        },
        (keys) => {
          const { matcher, compileMs, complete } = subset(keys);
          return { matcher: { version, matcher, compileMs }, complete };
        },
      );
    },
    card: async ({ id, lang }) => {
      const db = await ready();
      const entity = await db.get('entities', id);
      if (!entity) throw new Error(`unknown entity "${id}"`);
      const wanted = toLang(lang) ?? 'en';
      const [related, sources, pack, set] = await Promise.all([
        Promise.all(entity.related.map((r) => db.get('entities', r.id))),
        db.getAllFromIndex('sources', 'pack', entity.pack),
        db.get('packs', entity.pack),
        matchers.current(),
      ]);
      const card = cardView(
        entity,
        sources,
        related.filter((e) => e !== undefined),
        wanted,
      );
      const others = await Promise.all(
        (set.alternates.get(id) ?? []).map((other) => db.get('entities', other)),
      );
      const titles = new Map((await listPacks(db)).map((p) => [p.id, packTitle(p, wanted)]));
      return {
        ...card,
        pack: pack ? packTitle(pack, wanted) : entity.pack,
        alternatives: others.flatMap((e) =>
          e
            ? [{ id: e.id, name: pick(e.name, wanted).text, pack: titles.get(e.pack) ?? e.pack }]
            : [],
        ),
      };
    },
    sources: async () => {
      const db = await ready();
      const enabled = new Set((await listPacks(db)).filter((p) => p.enabled).map((p) => p.id));
      return sourceViews((await db.getAll('sources')).filter((s) => enabled.has(s.pack)));
    },
    reimport: async () => {
      const db = await ready();
      await importDataset(db, await deps.loadBundled());
      await changed();
      return status(db);
    },
    names: async ({ lang }) => {
      const wanted = toLang(lang) ?? 'en';
      const entities = await (await ready()).getAll('entities');
      return entities.map((e) => ({ id: e.id, name: pick(e.name, wanted).text }));
    },
    seed: async ({ id }) => {
      const db = await ready();
      const seed = await db.get('seeds', id);
      if (!seed) throw new Error(`unknown seed "${id}"`);
      const source = await db.get('sources', seed.source);
      if (!source) throw new Error(`seed "${id}" has no source`);
      const { publisher, url, title, date } = source;
      return { id, lang: seed.lang, text: seed.text, publisher, url, title, date };
    },
    strings: async ({ lang }) => deps.loadStrings(toLang(lang) ?? 'en'),
    'open-reader': async ({ seed, quote }) => {
      const query = new URLSearchParams(seed ? { seed, quote } : {}).toString();
      await deps.openPage(`/reader.html${query ? `?${query}` : ''}`);
      return true;
    },
    ...packHandlers(ready, changed, deps.extensionVersion ?? '0.1.0'),
    ...storyHandlers(ready, changed),
  };

  return { ready, handlers, matchers, publishForPages };
}

/** The prefilter of a matcher set as pages receive it. */
function packPrefilter({ version, prefilter }: MatcherSet): PackedPrefilter {
  const { bits, log, lengths, capitalLengths, everyStart, worthMarked } = prefilter;
  const packed = packArray(bits);
  return { version, bits: packed, log, lengths, capitalLengths, everyStart, worthMarked };
}

/** What pages need to do without the background, when they get the whole matcher. */
function pageMatcher(set: MatcherSet): PageMatcher | null {
  if (!set.whole) return null;
  const sorted = (keys: Set<number>) => packArray(Uint32Array.from(keys).sort());
  return {
    exact: sorted(set.prefilter.exact),
    worth: sorted(set.prefilter.worth),
    matcher: { version: set.version, matcher: set.packed, compileMs: set.compileMs },
  };
}
