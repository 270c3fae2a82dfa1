import type { Dataset } from '../dataset/types';
import type { PackMeta } from '../pack/schema';
import { type ActiveRecord, type FactcardDB, getActive } from './db';
import { removePack } from './packs';
import { writePack } from './write-pack';

/** The bundled dataset as the build writes it: the data, and the header of the pack it came from. */
export type BundledDataset = Dataset & { meta?: PackMeta };

const FALLBACK_META: PackMeta = {
  format: 1,
  id: 'bundled',
  revision: 1,
  title: 'Bundled',
  languages: ['en'],
  licence: '-',
  attribution: '-',
  minExtensionVersion: '0.1.0',
};

/**
 * Replaces the bundled pack with `dataset` in one transaction: the new version is written
 * completely before its `active` record is visible, and any failure leaves the previous one in
 * use. The reader's on/off choice for the bundled pack is kept.
 */
export async function importDataset(
  db: FactcardDB,
  { meta = FALLBACK_META, ...dataset }: BundledDataset,
  now = Date.now(),
): Promise<ActiveRecord> {
  const { format: _format, ...header } = meta;
  const previous = (await db.getAll('packs')).filter((p) => p.bundled && p.id !== header.id);
  try {
    const record = await writePack(db, {
      record: {
        ...header,
        version: dataset.version,
        bundled: true,
        prefix: '',
        size: 0,
        importedAt: now,
      },
      dataset,
    });
    // A bundled pack that changed its id leaves the old one behind: drop it.
    for (const old of previous) await removePack(db, old.id, true);
    return { key: 'active', version: record.version, importedAt: now, counts: record.counts };
  } catch (error) {
    throw new Error(`Dataset import failed, previous data kept: ${(error as Error).message}`);
  }
}

/** Imports the bundled dataset when the database is empty or holds another version. */
export async function ensureDataset(
  db: FactcardDB,
  bundledVersion: string,
  loadBundled: () => Promise<BundledDataset>,
): Promise<{ active: ActiveRecord; imported: boolean }> {
  const current = await getActive(db);
  if (current?.version === bundledVersion) return { active: current, imported: false };
  const dataset = await loadBundled();
  if (dataset.version !== bundledVersion) {
    throw new Error(`Bundled dataset is ${dataset.version}, expected ${bundledVersion}`);
  }
  return { active: await importDataset(db, dataset), imported: true };
}
