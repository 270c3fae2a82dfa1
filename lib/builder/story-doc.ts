import { collapseSpace } from '../dataset/check';
import { LANGS, type Lang } from '../dataset/types';
import { foldText } from '../match/fold';
import { PACK_FORMAT, type Pack, type PackEntity, type PackSource } from '../pack/schema';
import { StoryError } from './story-error';

/** A story is its pack document: a format 2 pack, which may have no source or entity yet. */
export type StoryDoc = Pack;
export type StoryEntity = PackEntity;
export type StorySource = PackSource;

/** The first extension version that reads format 2 packs. */
export const FORMAT_2_SINCE = '0.1.0';

/** The longest title a pack has (lib/pack/schema.ts). */
const MAX_TITLE = 200;

/** A story's title as stored: one line, no longer than a pack's title may be. */
export const storyTitle = (title: string) =>
  collapseSpace(title).slice(0, MAX_TITLE).trim() || 'Untitled story';

/** A new, empty story. */
export function newStory(id: string, title: string): StoryDoc {
  return {
    format: PACK_FORMAT,
    id,
    revision: 1,
    title: storyTitle(title),
    languages: ['en'],
    licence: "The reader's own notes; the articles quoted belong to their publishers",
    attribution: 'No article yet',
    minExtensionVersion: FORMAT_2_SINCE,
    sources: [],
    entities: [],
  };
}

export function findEntity(doc: StoryDoc, id: string): StoryEntity {
  const entity = doc.entities.find((e) => e.id === id);
  if (!entity)
    throw new StoryError('This card is no longer in the story: it may have been deleted.');
  return entity;
}

/** The story with one entity replaced by what `change` makes of it. */
export function withEntity(
  doc: StoryDoc,
  id: string,
  change: (entity: StoryEntity) => StoryEntity,
): StoryDoc {
  const entity = findEntity(doc, id);
  return { ...doc, entities: doc.entities.map((e) => (e === entity ? change(e) : e)) };
}

/** The key two names share when the matcher would take them for one (case, diacritics). */
export const nameKey = (text: string) => foldText(text).folded.trim();

/** The entity other than `except` that already has `text` as a name, if any. */
export function ownerOfName(doc: StoryDoc, text: string, except?: string): StoryEntity | undefined {
  const key = nameKey(text);
  return doc.entities.find(
    (e) => e.id !== except && e.aliases.some((a) => !a.exclude && nameKey(a.text) === key),
  );
}

/** An entity's name for messages: its first name in any language. */
export function displayName(entity: StoryEntity): string {
  for (const lang of LANGS) {
    const name = entity.name[lang];
    if (name) return name;
  }
  return entity.aliases[0]?.text ?? entity.id;
}

/** The languages a story's texts are in, English first when it has any. */
export function storyLanguages(doc: StoryDoc): Lang[] {
  const used = new Set<Lang>();
  for (const source of doc.sources) for (const t of source.translations) used.add(t.lang);
  for (const entity of doc.entities) {
    for (const texts of [entity.name, entity.description, ...entity.facts.map((f) => f.text)]) {
      for (const lang of LANGS) if (texts[lang]) used.add(lang);
    }
  }
  const languages = LANGS.filter((lang) => used.has(lang));
  return languages.length ? languages : ['en'];
}
