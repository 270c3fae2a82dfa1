import { aliasSpecs } from '../dataset/alias-specs';
import { countDataset, type Dataset } from '../dataset/types';
import { type ActiveRecord, type FactcardDB, getActive, STORES } from './db';

/**
 * Replaces the stored dataset with `dataset` in one transaction. IndexedDB commits a transaction
 * whole or not at all, so the new version is written completely before its `active` record is
 * visible, and any failure (a bad record, quota, a crash mid-way) leaves the previous version in use.
 */
export async function importDataset(
  db: FactcardDB,
  dataset: Dataset,
  now = Date.now(),
): Promise<ActiveRecord> {
  const tx = db.transaction(STORES, 'readwrite');
  const active: ActiveRecord = {
    key: 'active',
    version: dataset.version,
    importedAt: now,
    counts: countDataset(dataset),
  };
  // Every request is marked handled as it is made: when one put throws, the others reject with
  // AbortError and must not surface as unhandled rejections.
  const writes: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    writes.push(request);
  };
  try {
    for (const name of STORES) write(tx.objectStore(name).clear());
    for (const entity of dataset.entities) write(tx.objectStore('entities').put(entity));
    for (const source of dataset.sources) write(tx.objectStore('sources').put(source));
    for (const seed of dataset.seeds) write(tx.objectStore('seeds').put(seed));
    const aliases = aliasSpecs(dataset.entities);
    write(tx.objectStore('meta').put({ key: 'matcher', version: dataset.version, aliases }));
    write(tx.objectStore('meta').put(active));
    await Promise.all(writes);
    await tx.done;
  } catch (error) {
    // Aborting rolls back everything written above; the previous dataset stays active.
    try {
      tx.abort();
    } catch {
      // The transaction may already have aborted itself.
    }
    await tx.done.catch(() => undefined);
    throw new Error(`Dataset import failed, previous data kept: ${describe(error)}`);
  }
  return active;
}

/** Imports the bundled dataset when the database is empty or holds another version. */
export async function ensureDataset(
  db: FactcardDB,
  bundledVersion: string,
  loadBundled: () => Promise<Dataset>,
): Promise<{ active: ActiveRecord; imported: boolean }> {
  const current = await getActive(db);
  if (current?.version === bundledVersion) return { active: current, imported: false };
  const dataset = await loadBundled();
  if (dataset.version !== bundledVersion) {
    throw new Error(`Bundled dataset is ${dataset.version}, expected ${bundledVersion}`);
  }
  return { active: await importDataset(db, dataset), imported: true };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
