import { cardView } from '../card/card-view';
import { pick, toLang } from '../card/lang';
import { sourceViews } from '../card/source-view';
import type { Dataset, Lang } from '../dataset/types';
import { type PackedMatcher, packArray, packMatcher, unpackArray } from '../match/compiled';
import { compileParts } from '../match/matcher';
import { buildPrefilter, type Prefilter } from '../match/prefilter';
import type { Request, RequestType, ResponseOf, Status } from '../messages';
import { type FactcardDB, getActive, getMatcherRecord } from '../store/db';
import { ensureDataset, importDataset } from '../store/import';

export interface ServiceDeps {
  open: () => Promise<FactcardDB>;
  bundledVersion: () => Promise<string>;
  loadBundled: () => Promise<Dataset>;
  /** The UI strings of one bundled locale (public/_locales/<lang>/messages.json). */
  loadStrings: (lang: Lang) => Promise<Record<string, string>>;
  /** Opens one of the extension's own pages (a path such as /reader.html?seed=...) in a new tab. */
  openPage: (path: string) => Promise<void>;
}

export type Handlers = { [T in RequestType]: (request: Request<T>) => Promise<ResponseOf<T>> };

/**
 * The background's state. Nothing here outlives the service worker: every call first awaits
 * `ready()`, which reopens the database and repairs a missing or stale dataset after a cold start.
 */
export function createService(deps: ServiceDeps) {
  let readying: Promise<FactcardDB> | undefined;
  // Compiled once per dataset version and kept while the worker lives: every page asks for it.
  let packed: { version: string; matcher: PackedMatcher } | undefined;
  let filter: { version: string; prefilter: Prefilter } | undefined;

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

  /** The prefilter of the active aliases, built once per dataset version like the matcher. */
  async function currentFilter() {
    const record = await getMatcherRecord(await ready());
    if (!record) throw new Error('no dataset imported');
    if (filter?.version !== record.version) {
      filter = { version: record.version, prefilter: buildPrefilter(record.aliases) };
    }
    return filter;
  }

  const handlers: Handlers = {
    status: async () => status(await ready()),
    matcher: async () => {
      const record = await getMatcherRecord(await ready());
      if (!record) throw new Error('no dataset imported');
      return { version: record.version, aliases: record.aliases };
    },
    'packed-matcher': async () => {
      const record = await getMatcherRecord(await ready());
      if (!record) throw new Error('no dataset imported');
      if (packed?.version !== record.version) {
        packed = { version: record.version, matcher: packMatcher(compileParts(record.aliases)) };
      }
      return packed;
    },
    prefilter: async () => {
      const { version, prefilter } = await currentFilter();
      const { bits, log, lengths, capitalLengths, exact } = prefilter;
      return { version, bits: packArray(bits), log, lengths, capitalLengths, keys: exact.size };
    },
    'prefilter-check': async ({ hashes }) => {
      const { exact } = (await currentFilter()).prefilter;
      const hits = unpackArray({ type: 'Uint32Array', base64: hashes });
      return hits.some((hash) => exact.has(hash));
    },
    card: async ({ id, lang }) => {
      const db = await ready();
      const entity = await db.get('entities', id);
      if (!entity) throw new Error(`unknown entity "${id}"`);
      const related = await Promise.all(entity.related.map((r) => db.get('entities', r.id)));
      const sources = await db.getAll('sources');
      return cardView(
        entity,
        sources,
        related.filter((e) => e !== undefined),
        toLang(lang) ?? 'en',
      );
    },
    sources: async () => sourceViews(await (await ready()).getAll('sources')),
    reimport: async () => {
      const db = await ready();
      await importDataset(db, await deps.loadBundled());
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
  };

  return { ready, handlers };
}
