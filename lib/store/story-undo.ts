import { StoryError } from '../builder/story-error';
import type { StoryEditResult } from '../builder/types';
import type { FactcardDB } from './db';
import { putStory, storyWriteError } from './story-write';
import { abort, type Tx, writes } from './write-pack';

/**
 * Puts a story back as it was before its last write, in one transaction: its document, its
 * installed pack, and any other story that write changed (a card moved between two stories goes
 * back to the first). A deleted story comes back; a story the write created goes. Refused when
 * another story of that write has changed since, so no later edit is lost.
 */
export async function undoStory(
  db: FactcardDB,
  story: string,
  now = Date.now(),
): Promise<StoryEditResult> {
  const tx: Tx = db.transaction(
    ['packs', 'aliases', 'entities', 'sources', 'seeds', 'stories', 'story-history'],
    'readwrite',
  );
  const { write, written } = writes();
  try {
    const history = tx.objectStore('story-history');
    const last = await history.index('stories').openCursor(story, 'prev');
    if (!last) throw new StoryError('There is nothing to undo in this story.');
    const step = last.value;
    for (const other of step.stories) {
      if (other === story) continue;
      const latest = await history.index('stories').openKeyCursor(other, 'prev');
      if (latest && latest.primaryKey !== last.primaryKey) {
        const record = await tx.objectStore('stories').get(other);
        const title = record?.doc.title ?? other;
        throw new StoryError(`"${title}" has changed since: undo its later edits there first.`);
      }
    }
    for (const { id, record } of step.before) {
      // Put back as it was, under a new revision: a file exported meanwhile is older than it.
      const current = await tx.objectStore('stories').get(id);
      const revision = Math.max(current?.doc.revision ?? 0, record?.doc.revision ?? 0) + 1;
      const restored = record && { ...record, doc: { ...record.doc, revision }, updatedAt: now };
      await putStory(tx, write, id, restored, now);
    }
    write(history.delete(last.primaryKey));
    await written();
    await tx.done;
    return { story };
  } catch (error) {
    await abort(tx);
    throw storyWriteError(error, tx);
  }
}
