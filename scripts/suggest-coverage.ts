// npm run suggest-coverage -- [folder]: how many of a built catalogue's people and organisations
// the suggestions find in the folder's articles, and how many candidates each article gets.
// npm run suggest-coverage -- --pages <folder>: the same for pages with hand-made lists (see
// scripts/hand-lists.ts), such as news pages kept outside the project.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../lib/match/matcher';
import { buildPack } from '../lib/pack/build-pack';
import { draftCatalogue } from '../lib/story/draft';
import { readPages, reportPages, scorePage } from './hand-lists';
import { readPackFolder } from './pack-folder';

if (process.argv[2] === '--pages') {
  const folder = process.argv[3];
  if (!folder) throw new Error('usage: npm run suggest-coverage -- --pages <folder>');
  for (const line of reportPages(readPages(folder).map(scorePage))) console.log(line);
  process.exit(0);
}

const folder = process.argv[2] ?? 'seeds';
const pack = buildPack(readPackFolder(folder));
const articles = readdirSync(join(folder, 'articles'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    id: name.replace(/\.txt$/, ''),
    text: readFileSync(join(folder, 'articles', name), 'utf8'),
  }));
const draft = draftCatalogue(articles, { id: 'coverage', minExtensionVersion: '0.0.0' });

// A suggestion finds an entity when one of its forms is, as a whole, a name of that entity
// (matched as pages are, so "To Lama" is To Lam); a surname alone does not.
const matcher = compileMatcher(
  pack.entities.flatMap((e) =>
    e.aliases
      .filter((a) => !a.exclude && !a.short)
      .map((a) => ({ text: a.text, entityId: e.id, lang: a.lang, type: e.type })),
  ),
);
const found = new Set<string>();
for (const entity of draft.entities) {
  for (const form of Object.values(entity.aliases).flat()) {
    for (const m of matcher.find(form ?? '')) {
      if (m.depth === 0 && m.start === 0 && m.end === form?.length) found.add(m.entityId);
    }
  }
}
const wanted = pack.entities.filter((e) => e.type === 'person' || e.type === 'organisation');
const named = wanted.filter((e) => e.mentions.length > 0);
const report = (label: string, list: typeof wanted) => {
  const hit = list.filter((e) => found.has(e.id));
  console.log(`${label}: ${hit.length} of ${list.length} found`);
  console.log(
    `  missed: ${
      list
        .filter((e) => !found.has(e.id))
        .map((e) => e.id)
        .join(', ') || 'none'
    }`,
  );
};
for (const a of draft.articles) console.log(`${a.id} (${a.lang}): ${a.suggestions} candidates`);
report('people and organisations of the catalogue', wanted);
report('  of them named in the articles', named);
