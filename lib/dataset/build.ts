import { aliasSpecs, entityPatterns, expandPatterns } from './alias-specs';
import { checkAliasesInSeeds, checkFacts, checkSharedAliases, checkSources } from './check';
import { derive } from './derive';
import { CatalogError, type Problem } from './problems';
import { type CatalogEntity, readEntity } from './read-entity';
import { readSources } from './read-sources';
import { aliasRules, type Dataset, type Entity, type Lang, type Seed } from './types';
import { YamlReader } from './yaml-reader';

export interface CatalogFiles {
  /** seeds/catalog/sources.yaml */
  sources: { file: string; text: string };
  /** seeds/catalog/entities/*.yaml */
  entities: { file: string; text: string }[];
  /** seeds/articles/*.txt, id = file name without .txt */
  seeds: { id: string; text: string }[];
  /** The pack's languages: each entity needs a description in every one (default: all). */
  languages?: readonly Lang[];
}

/**
 * Builds the dataset from the catalogue and the seeds, or throws a CatalogError listing every
 * problem found (file, line, entity, reason). `hash` turns the content into its version string.
 */
export function buildDataset(files: CatalogFiles, hash: (content: string) => string): Dataset {
  const sourceReader = new YamlReader(files.sources.file, files.sources.text);
  const sources = readSources(sourceReader);
  const seedTexts = new Map(files.seeds.map((s) => [s.id, s.text]));
  checkSources(sourceReader, sources, seedTexts);
  const seeds: Seed[] = sources
    .flatMap((source) =>
      source.translations.flatMap(({ seed, lang }) => {
        const text = seedTexts.get(seed);
        return text === undefined ? [] : [{ id: seed, lang, source: source.id, text }];
      }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  const seedById = new Map(seeds.map((s) => [s.id, s]));

  const readers = files.entities.map((f) => new YamlReader(f.file, f.text));
  const catalog: CatalogEntity[] = [];
  const firstFile = new Map<string, string>();
  readers.forEach((reader, i) => {
    const fileId = files.entities[i].file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const entity = readEntity(reader, fileId, files.languages);
    if (!entity) return;
    const earlier = firstFile.get(entity.id);
    if (earlier) reader.problem(['id'], `id is already used in ${earlier}`, entity.id);
    else firstFile.set(entity.id, reader.file);
    catalog.push(entity);
  });
  for (const entity of catalog) {
    checkFacts(entity, sources, seedById);
    checkAliasesInSeeds(entity, seeds);
  }
  const dropped = checkSharedAliases(catalog);
  const problems: Problem[] = [sourceReader, ...readers].flatMap((r) => r.problems);
  if (problems.length) throw new CatalogError(problems);

  const entities: Entity[] = catalog
    .map(({ reader: _reader, aliases, ...entity }) => ({
      ...entity,
      aliases: aliases
        .filter((a) => !dropped.has(a))
        .map((alias) => ({
          text: alias.text,
          lang: alias.lang,
          external: alias.external,
          ...aliasRules(alias),
        })),
      mentions: [],
      related: [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const specs = [...aliasSpecs(entities), ...expandPatterns(entityPatterns(entities))];
  const derived = derive(specs, seeds);
  for (const entity of entities) Object.assign(entity, derived.get(entity.id));
  const content = { entities, sources, seeds };
  return { version: hash(JSON.stringify(content)), ...content };
}
