import { refresh } from '../builder/refresh';
import type { StoryDoc } from '../builder/story-doc';
import { StoryError } from '../builder/story-error';
import { packToDataset } from '../pack/convert';
import type { FactcardDB, HistoryRecord, StoryRecord } from './db';
import { abort, deletePackData, putPack, type Tx, writes } from './write-pack';

/** Steps of undo kept per story: enough to walk back a slip, bounded because each holds a copy. */
export const UNDO_STEPS = 10;

/** What one write makes of the stories it reads: a new document, or null to delete the story. */
export type StoryChange = (
  records: ReadonlyMap<string, StoryRecord | undefined>,
  tx: Tx,
) => Promise<Map<string, StoryDoc | null>> | Map<string, StoryDoc | null>;

/**
 * One write of the story builder, in one transaction: reads the stories `ids`, lets `change`
 * make their new documents, and writes each with its installed pack's records and one step of
 * undo. IndexedDB commits the transaction whole or not at all: a refusal, a full disk or a worker
 * stopped half-way leaves every story and pack as it was.
 */
export async function writeStories(
  db: FactcardDB,
  ids: readonly string[],
  change: StoryChange,
  now = Date.now(),
): Promise<Map<string, StoryRecord | null>> {
  const tx: Tx = db.transaction(
    ['packs', 'aliases', 'entities', 'sources', 'seeds', 'stories', 'story-history'],
    'readwrite',
  );
  const { write, written } = writes();
  try {
    const before = new Map<string, StoryRecord | undefined>();
    for (const id of ids) before.set(id, await tx.objectStore('stories').get(id));
    const docs = await change(before, tx);
    const after = new Map<string, StoryRecord | null>();
    for (const [id, doc] of docs) {
      const old = before.get(id);
      const record = doc && {
        id,
        doc: refresh({ ...doc, id, revision: old ? old.doc.revision + 1 : 1 }),
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
      };
      await putStory(tx, write, id, record, now);
      after.set(id, record);
    }
    await remember(
      tx,
      write,
      [...docs.keys()].map((id) => ({ id, record: before.get(id) ?? null })),
      now,
    );
    await written();
    await tx.done;
    return after;
  } catch (error) {
    await abort(tx);
    throw storyWriteError(error, tx);
  }
}

/** Writes a story's record and its installed pack within `tx`, or deletes both. */
export async function putStory(
  tx: Tx,
  write: (request: Promise<unknown>) => void,
  id: string,
  record: StoryRecord | null,
  now: number,
): Promise<void> {
  if (!record) {
    write(tx.objectStore('stories').delete(id));
    await deletePackData(tx, id, write);
    write(tx.objectStore('packs').delete(id));
    return;
  }
  write(tx.objectStore('stories').put(record));
  const { sources: _s, entities: _e, $schema: _x, format: _f, ...header } = record.doc;
  const prefix = `${id}/`;
  await putPack(tx, write, {
    record: {
      ...header,
      version: `${record.doc.revision}@${now}`,
      bundled: false,
      story: true,
      prefix,
      size: new TextEncoder().encode(JSON.stringify(record.doc)).length,
      importedAt: now,
    },
    dataset: packToDataset(record.doc, `${record.doc.revision}`, prefix),
    admit: (installed) => {
      if (installed && !installed.story) {
        throw new StoryError(`A pack named "${installed.title}" already uses the id "${id}".`);
      }
    },
  });
}

/** Keeps the stories as they were before this write as one step of undo, a few per story. */
async function remember(
  tx: Tx,
  write: (request: Promise<unknown>) => void,
  before: HistoryRecord['before'],
  at: number,
): Promise<void> {
  const stories = before.map((b) => b.id);
  await tx.objectStore('story-history').add({ stories, before, at });
  const index = tx.objectStore('story-history').index('stories');
  for (const id of stories) {
    const steps = await index.getAllKeys(id);
    for (const old of steps.slice(0, Math.max(0, steps.length - UNDO_STEPS))) {
      write(tx.objectStore('story-history').delete(old));
    }
  }
}

/** A refusal as it is; a failed write as a sentence the reader is shown. */
export function storyWriteError(error: unknown, tx?: { error: DOMException | null }): Error {
  if (error instanceof StoryError) return error;
  const names = [error instanceof Error ? error.name : '', tx?.error?.name ?? ''];
  if (names.includes('QuotaExceededError')) {
    return new StoryError('The disk is full: nothing was saved.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StoryError(`The story could not be saved (${reason}): nothing was saved.`);
}
