import { datasetToPack, packToDataset, unprefixDataset } from '../pack/convert';
import { PACK_FORMAT, type Pack } from '../pack/schema';
import { type FactcardDB, PACK_STORES, type PackRecord } from './db';
import { abort, deletePackData, PackStoreError, type Tx, writePack } from './write-pack';

/**
 * Installs a checked pack, or updates the installed pack of the same id when this revision is
 * higher, in one transaction (the old revision goes in the same step). A lower or equal revision,
 * or the bundled pack's id, is refused with the reason and nothing changes.
 */
export async function importPack(
  db: FactcardDB,
  pack: Pack,
  size = 0,
  now = Date.now(),
): Promise<PackRecord> {
  const { sources: _s, entities: _e, $schema: _x, format: _f, ...header } = pack;
  const prefix = `${pack.id}/`;
  return writePack(db, {
    record: {
      ...header,
      version: `${pack.revision}@${now}`,
      bundled: false,
      prefix,
      size,
      importedAt: now,
    },
    dataset: packToDataset(pack, `${pack.revision}`, prefix),
    admit: (installed) => {
      if (installed?.story) {
        throw new PackStoreError(
          `"${pack.id}" is the id of one of your stories; give this pack another id`,
        );
      }
      if (installed?.bundled) {
        throw new PackStoreError(
          `"${pack.id}" is the id of the bundled pack; give this pack another id`,
        );
      }
      if (installed && installed.revision >= pack.revision) {
        throw new PackStoreError(
          `revision ${installed.revision} of "${pack.id}" is installed; this file has revision ${pack.revision}, which is not newer`,
        );
      }
    },
  });
}

/** Removes a pack and everything it holds in one transaction; the bundled pack stays. */
export async function removePack(db: FactcardDB, id: string, allowBundled = false): Promise<void> {
  const tx: Tx = db.transaction(['packs', 'aliases', ...PACK_STORES], 'readwrite');
  const writes: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    writes.push(request);
  };
  try {
    const record = await tx.objectStore('packs').get(id);
    if (!record) throw new PackStoreError(`no pack "${id}" is installed`);
    if (record.bundled && !allowBundled) {
      throw new PackStoreError('the bundled pack cannot be removed; switch it off instead');
    }
    await deletePackData(tx, id, write);
    write(tx.objectStore('packs').delete(id));
    await Promise.all(writes);
    await tx.done;
  } catch (error) {
    await abort(tx);
    throw error;
  }
}

export async function setPackEnabled(
  db: FactcardDB,
  id: string,
  enabled: boolean,
): Promise<PackRecord> {
  const tx = db.transaction('packs', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new PackStoreError(`no pack "${id}" is installed`);
  const next = { ...record, enabled };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** The installed pack as a pack file again, with its own ids. */
export async function exportPack(db: FactcardDB, id: string): Promise<Pack> {
  const record = await db.get('packs', id);
  if (!record) throw new PackStoreError(`no pack "${id}" is installed`);
  const [entities, sources, seeds] = await Promise.all([
    db.getAllFromIndex('entities', 'pack', id),
    db.getAllFromIndex('sources', 'pack', id),
    db.getAllFromIndex('seeds', 'pack', id),
  ]);
  const strip = <T extends { pack: string }>({ pack: _pack, ...rest }: T) => rest;
  const content = unprefixDataset(
    { entities: entities.map(strip), sources: sources.map(strip), seeds: seeds.map(strip) },
    record.prefix,
  );
  const {
    version: _v,
    bundled: _b,
    enabled: _en,
    prefix: _p,
    counts: _c,
    size: _s,
    importedAt: _i,
    ...header
  } = record;
  return datasetToPack(content, { format: PACK_FORMAT, ...header });
}
