import { addArticle } from '../builder/add-article';
import { applyEdit } from '../builder/apply-edit';
import { storyPackFile } from '../builder/export-story';
import { uniqueId } from '../builder/ids';
import { moveEntity } from '../builder/move';
import { newStory, type StoryDoc } from '../builder/story-doc';
import { StoryError } from '../builder/story-error';
import { storySummary } from '../builder/summary';
import type {
  AddArticleResult,
  ExtractedArticle,
  StoryEdit,
  StoryEditResult,
  StorySummary,
} from '../builder/types';
import type { Pack } from '../pack/schema';
import type { FactcardDB, StoryRecord } from './db';
import { writeStories } from './story-write';
import type { Tx } from './write-pack';

/** The reader's stories, the most recently changed first. */
export async function listStories(db: FactcardDB): Promise<StorySummary[]> {
  const tx = db.transaction(['stories', 'story-history']);
  const index = tx.objectStore('story-history').index('stories');
  const records = await tx.objectStore('stories').getAll();
  const summaries = await Promise.all(
    records.map(async (r) => storySummary(r.doc, r.updatedAt, (await index.count(r.id)) > 0)),
  );
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getStory(db: FactcardDB, id: string): Promise<StoryDoc> {
  const record = await db.get('stories', id);
  if (!record) throw missing();
  return record.doc;
}

/** The story as a pack file to share, checked as an import would check it. */
export async function exportStory(db: FactcardDB, id: string): Promise<Pack> {
  return storyPackFile(await getStory(db, id));
}

const missing = () => new StoryError('This story no longer exists: it may have been deleted.');

const existing = (records: ReadonlyMap<string, StoryRecord | undefined>, id: string) => {
  const record = records.get(id);
  if (!record) throw missing();
  return record.doc;
};

/** An id no pack, story or step of undo uses, made from the title. */
async function freshStoryId(tx: Tx, title: string): Promise<string> {
  const taken = new Set<string>([
    ...(await tx.objectStore('packs').getAllKeys()),
    ...(await tx.objectStore('stories').getAllKeys()),
  ]);
  let cursor = await tx
    .objectStore('story-history')
    .index('stories')
    .openKeyCursor(null, 'nextunique');
  while (cursor) {
    taken.add(cursor.key);
    cursor = await cursor.continue();
  }
  return uniqueId(title, taken, 'story');
}

/**
 * Adds an article to a story, or starts a story with it when `story` is ''. The same canonical
 * URL again updates its source.
 */
export async function addArticleToStory(
  db: FactcardDB,
  request: { story: string; title: string; article: ExtractedArticle },
  now = Date.now(),
): Promise<AddArticleResult> {
  let result: AddArticleResult | undefined;
  const ids = request.story ? [request.story] : [];
  await writeStories(
    db,
    ids,
    async (records, tx) => {
      const id = request.story || (await freshStoryId(tx, request.title));
      const doc = request.story ? existing(records, id) : newStory(id, request.title);
      const added = addArticle(doc, request.article);
      result = { story: id, source: added.source, created: added.created };
      return new Map([[id, added.doc]]);
    },
    now,
  );
  if (!result) throw missing();
  return result;
}

/** One edit of the stories page, the popup or the context menu, written as one step of undo. */
export async function editStory(
  db: FactcardDB,
  edit: StoryEdit,
  now = Date.now(),
): Promise<StoryEditResult> {
  if (edit.op === 'move-entity') {
    let entity = '';
    await writeStories(
      db,
      [edit.story, edit.to],
      (records) => {
        const moved = moveEntity(
          existing(records, edit.story),
          existing(records, edit.to),
          edit.entity,
        );
        entity = moved.entity;
        return new Map([
          [edit.story, moved.from],
          [edit.to, moved.to],
        ]);
      },
      now,
    );
    return { story: edit.to, entity };
  }
  let entity: string | undefined;
  await writeStories(
    db,
    [edit.story],
    (records) => {
      const doc = existing(records, edit.story);
      if (edit.op === 'delete-story') return new Map([[edit.story, null]]);
      const applied = applyEdit(doc, edit);
      entity = applied.entity;
      return new Map([[edit.story, applied.doc]]);
    },
    now,
  );
  return entity ? { story: edit.story, entity } : { story: edit.story };
}
