import { collapseSpace } from '../dataset/check';
import { aliasRules, type Dataset, type Entity, type Seed, type Source } from '../dataset/types';
import { PACK_FORMAT, type Pack, type PackMeta } from './schema';

/** Characters of context kept either side of a quote, as Hypothesis stores them. */
const CONTEXT = 32;

/**
 * The text-quote selector of `quote` in `text`: the quote and a little of the (whitespace-
 * collapsed) text either side, so the place can be found again even when the quote recurs.
 */
export function quoteSelector(text: string, quote: string) {
  const whole = collapseSpace(text);
  const exact = collapseSpace(quote);
  const at = whole.indexOf(exact);
  if (at < 0) return { exact, prefix: '', suffix: '' };
  return {
    exact,
    prefix: whole.slice(Math.max(0, at - CONTEXT), at),
    suffix: whole.slice(at + exact.length, at + exact.length + CONTEXT),
  };
}

/** A built catalogue as a pack file: the seeds travel inside their sources as translations. */
export function datasetToPack(dataset: Omit<Dataset, 'version'>, meta: PackMeta): Pack {
  const seeds = new Map(dataset.seeds.map((s) => [s.id, s]));
  return {
    ...meta,
    format: PACK_FORMAT,
    sources: dataset.sources.map(({ translations, date, ...source }) => ({
      ...source,
      ...(date ? { date } : {}),
      translations: translations.map(({ seed, lang }) => ({
        id: seed,
        lang,
        text: seeds.get(seed)?.text ?? '',
      })),
    })),
    entities: dataset.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      description: entity.description,
      aliases: entity.aliases.map(({ text, lang, external, ...alias }) => ({
        text,
        lang,
        ...(external ? { external } : {}),
        ...aliasRules(alias),
      })),
      ...(entity.patterns?.length ? { patterns: entity.patterns } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      facts: entity.facts.map((fact) => ({
        text: fact.text,
        source: fact.source,
        translation: fact.seed,
        quote: quoteSelector(seeds.get(fact.seed)?.text ?? '', fact.quote),
      })),
      mentions: entity.mentions.map(({ seed, count, firstSentence }) => ({
        translation: seed,
        count,
        firstSentence,
      })),
      related: entity.related,
    })),
  };
}

/**
 * A checked pack in the shape the extension stores and shows. Every id is prefixed with `prefix`
 * (`<pack id>/` for an imported pack), so two packs may use the same ids without meeting.
 */
export function packToDataset(pack: Pack, version: string, prefix = ''): Dataset {
  const q = (id: string) => prefix + id;
  const sources: Source[] = pack.sources.map(({ translations, ...source }) => ({
    ...source,
    date: source.date ?? '',
    id: q(source.id),
    translations: translations.map((t) => ({ seed: q(t.id), lang: t.lang })),
  }));
  const seeds: Seed[] = pack.sources.flatMap((source) =>
    source.translations.map((t) => ({
      id: q(t.id),
      lang: t.lang,
      source: q(source.id),
      text: t.text,
    })),
  );
  const entities: Entity[] = pack.entities.map((entity) => ({
    id: q(entity.id),
    type: entity.type,
    name: entity.name,
    description: entity.description,
    aliases: entity.aliases.map(({ text, lang, external, ...alias }) => ({
      text,
      lang,
      external: external ?? false,
      ...aliasRules(alias),
    })),
    ...(entity.patterns?.length ? { patterns: entity.patterns } : {}),
    ...(entity.country ? { country: entity.country } : {}),
    facts: entity.facts.map((fact) => ({
      text: fact.text,
      source: q(fact.source),
      seed: q(fact.translation),
      quote: fact.quote.exact,
    })),
    mentions: entity.mentions.map((m) => ({
      seed: q(m.translation),
      count: m.count,
      firstSentence: m.firstSentence,
    })),
    related: entity.related.map((r) => ({ id: q(r.id), count: r.count })),
  }));
  return { version, entities, sources, seeds };
}

/** Drops the `prefix` packToDataset added, for exporting a stored pack. */
export function unprefixDataset(
  dataset: Omit<Dataset, 'version'>,
  prefix: string,
): Omit<Dataset, 'version'> {
  if (!prefix) return dataset;
  const u = (id: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
  return {
    sources: dataset.sources.map((s) => ({
      ...s,
      id: u(s.id),
      translations: s.translations.map((t) => ({ ...t, seed: u(t.seed) })),
    })),
    seeds: dataset.seeds.map((s) => ({ ...s, id: u(s.id), source: u(s.source) })),
    entities: dataset.entities.map((e) => ({
      ...e,
      id: u(e.id),
      facts: e.facts.map((f) => ({ ...f, source: u(f.source), seed: u(f.seed) })),
      mentions: e.mentions.map((m) => ({ ...m, seed: u(m.seed) })),
      related: e.related.map((r) => ({ ...r, id: u(r.id) })),
    })),
  };
}
