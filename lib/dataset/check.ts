import { foldText } from '../match/fold';
import { compileMatcher } from '../match/matcher';
import type { CatalogEntity } from './read-entity';
import { seedBody, seedSourceUrls } from './read-sources';
import type { Seed, Source } from './types';
import type { YamlReader } from './yaml-reader';

export const collapseSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Source URLs must be https and printed on the source line of each of their seed translations. */
export function checkSources(
  reader: YamlReader,
  sources: Source[],
  seedTexts: Map<string, string>,
) {
  const seen = new Set<string>();
  sources.forEach((source, i) => {
    if (seen.has(source.id)) reader.problem([i, 'id'], 'source id is used twice', source.id);
    seen.add(source.id);
    if (!source.url.startsWith('https://')) {
      reader.problem([i, 'url'], 'source URL must be https', source.id);
    }
    source.translations.forEach(({ seed }, j) => {
      const text = seedTexts.get(seed);
      if (text === undefined) {
        reader.problem([i, 'translations', j], `no seed file ${seed}.txt`, source.id);
      } else if (!seedSourceUrls(text).includes(source.url)) {
        reader.problem([i, 'url'], `URL is not on the source line of seed ${seed}`, source.id);
      }
    });
  });
  const claimed = new Set(sources.flatMap((s) => s.translations.map((t) => t.seed)));
  for (const seed of seedTexts.keys()) {
    if (!claimed.has(seed)) reader.problem([], `seed ${seed}.txt belongs to no source`);
  }
}

/** Facts must cite a known source and a seed of it, and quote that seed's article verbatim. */
export function checkFacts(entity: CatalogEntity, sources: Source[], seeds: Map<string, Seed>) {
  entity.facts.forEach((fact, i) => {
    const problem = (key: string, message: string) =>
      entity.reader.problem(['facts', i, key], message, entity.id);
    const source = sources.find((s) => s.id === fact.source);
    const seed = seeds.get(fact.seed);
    if (!source) problem('source', `unknown source "${fact.source}"`);
    else if (!source.translations.some((t) => t.seed === fact.seed)) {
      problem('seed', `seed ${fact.seed} is not a translation of ${source.id}`);
    } else if (seed) {
      const quote = collapseSpace(fact.quote);
      if (collapseSpace(seedBody(seed.text)).includes(quote)) return;
      problem(
        'quote',
        collapseSpace(seed.text).includes(quote)
          ? `quote lies in or after the source line of seed ${fact.seed}, not in the article: "${fact.quote}"`
          : `quote does not occur in seed ${fact.seed}: "${fact.quote}"`,
      );
    }
  });
}

/** Every alias that is not marked external must be found, by the matcher itself, in a seed of its language. */
export function checkAliasesInSeeds(entity: CatalogEntity, seeds: Seed[]) {
  for (const alias of entity.aliases) {
    if (alias.external) continue;
    // With the entity's type: the rules for other things' names apply to places and bodies only.
    const matcher = compileMatcher([
      { text: alias.text, entityId: entity.id, lang: alias.lang, type: entity.type },
    ]);
    const texts = seeds.filter((s) => s.lang === alias.lang);
    if (!texts.some((seed) => matcher.find(seed.text).length > 0)) {
      entity.reader.problem(
        alias.path,
        `alias "${alias.text}" does not occur in any ${alias.lang} seed (mark it external?)`,
        entity.id,
      );
    }
  }
}

/**
 * Two entities may claim the same alias (after folding) only when exactly one of them marks it
 * `prefer: true`; the other entity's copy is then dropped. Returns the aliases to drop.
 */
export function checkSharedAliases(
  entities: CatalogEntity[],
): Set<CatalogEntity['aliases'][number]> {
  const owners = new Map<
    string,
    { entity: CatalogEntity; alias: CatalogEntity['aliases'][number] }[]
  >();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      // Two entities may well both say that a longer name is neither of them.
      if (alias.exclude) continue;
      const key = foldText(alias.text).folded;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entity === entity)) list.push({ entity, alias });
      owners.set(key, list);
    }
  }
  const dropped = new Set<CatalogEntity['aliases'][number]>();
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    const preferred = list.filter((o) => o.alias.prefer);
    if (preferred.length === 1) {
      for (const o of list) if (o !== preferred[0]) dropped.add(o.alias);
      continue;
    }
    for (const { entity, alias } of list) {
      const others = list.filter((o) => o.entity !== entity).map((o) => o.entity.id);
      entity.reader.problem(
        alias.path,
        `alias "${alias.text}" is also claimed by ${others.join(', ')}; mark one "prefer: true"`,
        entity.id,
      );
    }
  }
  return dropped;
}
