import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkPackText } from '../lib/pack/check';
import { draftCatalogue } from '../lib/story/draft';
import { kebab } from '../lib/story/draft-sources';
import { draftFiles } from '../lib/story/draft-yaml';
import { knownNames } from '../lib/story/known';

export interface DraftArgs {
  folder: string;
  /** Where to write the catalogue (and a copy of the articles); the folder itself by default. */
  out?: string;
  /** Replace an existing catalogue. */
  force?: boolean;
  /** A pack whose names count as known (`--known other.factpack.json`). */
  known?: string;
}

/** `npm run pack -- draft`: writes a catalogue skeleton; returns what to print, or throws. */
export function runDraft({ folder, out = folder, force = false, known }: DraftArgs): string[] {
  const articlesDir = join(folder, 'articles');
  if (!existsSync(articlesDir)) throw new Error(`no articles folder: ${articlesDir}`);
  const catalog = join(out, 'catalog');
  if (existsSync(catalog) && !force) {
    throw new Error(`${catalog} exists: add --force to replace it (its entity files are deleted)`);
  }
  const articles = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.txt$/, ''),
      text: readFileSync(join(articlesDir, name), 'utf8'),
    }));
  if (!articles.length) throw new Error(`no .txt articles in ${articlesDir}`);
  const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const draft = draftCatalogue(articles, {
    id: kebab(basename(resolve(folder))) || 'my-story',
    minExtensionVersion: packageJson.version,
    known: known ? knownNames(namesOf(known)) : undefined,
  });
  if (force) rmSync(join(catalog, 'entities'), { recursive: true, force: true });
  for (const [path, text] of draftFiles(draft)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  if (resolve(out) !== resolve(folder))
    cpSync(articlesDir, join(out, 'articles'), { recursive: true });
  return [
    ...draft.articles.map((a) => `${a.id} (${a.lang}): ${a.suggestions} suggestions`),
    `${catalog}: ${draft.sources.length} sources, ${draft.entities.length} entities drafted; fill in every TODO, then npm run pack -- build ${out}`,
  ];
}

function namesOf(file: string) {
  const checked = checkPackText(readFileSync(file, 'utf8'));
  if (!checked.ok) throw new Error(`${file} is not a valid pack`);
  return checked.pack.entities.flatMap((e) =>
    e.aliases
      .filter((a) => !a.exclude && !a.short)
      .map((a) => ({ text: a.text, lang: a.lang, type: e.type })),
  );
}
