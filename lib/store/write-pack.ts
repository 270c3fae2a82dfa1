import type { IDBPTransaction, StoreNames } from 'idb';
import { aliasSpecs } from '../dataset/alias-specs';
import { countDataset, type Dataset } from '../dataset/types';
import { type FactcardDB, type FactcardSchema, PACK_STORES, type PackRecord, STORES } from './db';

/** Refusals and failures with a message meant for the reader, not a stack trace. */
export class PackStoreError extends Error {
  name = 'PackStoreError';
}

export interface PackWrite {
  record: Omit<PackRecord, 'counts' | 'enabled'>;
  /** Ids already prefixed (see packToDataset). */
  dataset: Dataset;
  /** Looks at the installed pack of the same id, inside the transaction: throw to refuse. */
  admit?: (installed: PackRecord | undefined) => void;
}

/**
 * Writes a pack in one transaction, replacing any installed pack of the same id (and the data
 * it held). IndexedDB commits a transaction whole or not at all, so a failure, a quota error or a
 * worker stopped mid-way leaves every pack as it was.
 */
export async function writePack(
  db: FactcardDB,
  { record, dataset, admit }: PackWrite,
): Promise<PackRecord> {
  const tx: Tx = db.transaction([...STORES], 'readwrite');
  const { write, written } = writes();
  try {
    const stored = await putPack(tx, write, { record, dataset, admit });
    await written();
    await tx.done;
    return stored;
  } catch (error) {
    await abort(tx);
    if (error instanceof PackStoreError) throw error;
    throw new PackStoreError(`${describeWriteError(error)}; nothing was changed`);
  }
}

/**
 * Collects a transaction's requests. Every request is marked handled as it is made: when one put
 * throws, the others reject with AbortError and must not surface as unhandled rejections.
 */
export function writes() {
  const pending: Promise<unknown>[] = [];
  return {
    write: (request: Promise<unknown>) => {
      request.catch(() => undefined);
      pending.push(request);
    },
    written: () => Promise.all(pending),
  };
}

/**
 * Writes a pack's records within `tx`, replacing the installed pack of the same id, whose on/off
 * switch it keeps. The caller commits (or aborts) the transaction.
 */
export async function putPack(
  tx: Tx,
  write: (request: Promise<unknown>) => void,
  { record, dataset, admit }: PackWrite,
): Promise<PackRecord> {
  const installed = await tx.objectStore('packs').get(record.id);
  admit?.(installed);
  await deletePackData(tx, record.id, write);
  const stored: PackRecord = {
    ...record,
    enabled: installed?.enabled ?? true,
    counts: countDataset(dataset),
  };
  for (const entity of dataset.entities)
    write(tx.objectStore('entities').put({ ...entity, pack: record.id }));
  for (const source of dataset.sources)
    write(tx.objectStore('sources').put({ ...source, pack: record.id }));
  for (const seed of dataset.seeds)
    write(tx.objectStore('seeds').put({ ...seed, pack: record.id }));
  write(tx.objectStore('aliases').put({ pack: record.id, aliases: aliasSpecs(dataset.entities) }));
  write(tx.objectStore('packs').put(stored));
  if (record.bundled) {
    write(
      tx.objectStore('meta').put({
        key: 'active',
        version: record.version,
        importedAt: record.importedAt,
        counts: stored.counts,
      }),
    );
  }
  return stored;
}

/** A read-write transaction over at least the stores a pack's data lives in. */
export type Tx = IDBPTransaction<FactcardSchema, StoreNames<FactcardSchema>[], 'readwrite'>;

/** Deletes a pack's entities, sources, seeds and aliases (not its record) within `tx`. */
export async function deletePackData(
  tx: Tx,
  id: string,
  write: (request: Promise<unknown>) => void,
): Promise<void> {
  for (const name of PACK_STORES) {
    const store = tx.objectStore(name);
    for (const key of await store.index('pack').getAllKeys(id)) write(store.delete(key));
  }
  write(tx.objectStore('aliases').delete(id));
}

export async function abort(tx: Tx): Promise<void> {
  try {
    tx.abort();
  } catch {
    // The transaction may already have aborted itself.
  }
  await tx.done.catch(() => undefined);
}

function describeWriteError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'Not enough storage space for this pack';
  return `The pack could not be stored (${error instanceof Error ? error.message : String(error)})`;
}
