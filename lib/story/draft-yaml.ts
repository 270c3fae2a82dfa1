import { stringify } from 'yaml';
import type { Lang } from '../dataset/types';
import type { DraftCatalogue } from './draft';
import type { DraftEntity } from './draft-entities';
import { kebab, uniqueId } from './draft-sources';

/** The mark of what the editor must still write; `pack build` refuses a catalogue holding one. */
export const TODO = 'TODO';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/**
 * The files of a drafted catalogue, by path inside the pack folder, in the form `pack build`
 * reads (docs/DATASET.md). Whatever the articles cannot tell is a TODO.
 */
export function draftFiles(draft: DraftCatalogue): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'catalog/pack.yaml',
    `# Drafted by \`npm run pack -- draft\`: replace every ${TODO}, then run \`npm run pack -- build\`.\n${yaml(
      {
        id: draft.id,
        revision: 1,
        title: `${TODO}: the story's title`,
        languages: draft.languages,
        licence: `${TODO}: the licence of the names and facts`,
        attribution: `${TODO}: the publishers of the articles`,
        minExtensionVersion: draft.minExtensionVersion,
      },
    )}`,
  );
  const sources = draft.sources.map((s) => ({
    id: s.id,
    publisher: `${TODO}: publisher`,
    url: s.url,
    language: `${TODO}: language of the original article`,
    title: `${TODO}: original headline`,
    date: `${TODO}: YYYY-MM-DD`,
    translations: s.translations,
  }));
  files.set('catalog/sources.yaml', `# One entry per original article.\n${yaml(sources)}`);
  const ids = new Set<string>();
  draft.entities.forEach((entity, i) => {
    const id = uniqueId(kebab(anyName(entity)) || `name-${i + 1}`, ids);
    files.set(`catalog/entities/${id}.yaml`, entityFile(id, entity, draft.languages));
  });
  return files;
}

function anyName(entity: DraftEntity): string {
  return Object.values(entity.names).find((n) => /\p{Script=Latin}/u.test(n ?? '')) ?? '';
}

function entityFile(id: string, entity: DraftEntity, languages: readonly Lang[]): string {
  const latin = anyName(entity);
  // A person's name is the same in English; a body's or a document's is translated.
  const en =
    entity.names.en ?? (entity.type === 'person' && latin ? latin : `${TODO}: English name`);
  const name: Partial<Record<Lang, string>> = { en, ...entity.names };
  if (languages.includes('vi')) name.vi ??= `${TODO}: Vietnamese name`;
  const description = Object.fromEntries(languages.map((l) => [l, `${TODO}: one line`]));
  const facts = entity.facts.map((f) => ({
    text: { en: `${TODO}: the fact, in a sentence of your own` },
    source: f.source,
    seed: f.seed,
    quote: f.quote,
  }));
  const header = [
    `# Suggested: ${entity.count} mention(s), score ${Math.round(entity.score * 10) / 10}.`,
    `# ${TODO}: check the type and the names, write the descriptions, keep 2 to 4 facts with`,
    '# quotes copied from the articles, or delete this file.',
  ].join('\n');
  return `${header}\n${yaml({ id, type: entity.type, name, description, aliases: entity.aliases, facts })}`;
}
