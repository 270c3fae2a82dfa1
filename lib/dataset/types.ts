import type { NamePattern } from '../match/name-patterns';

/** The eight languages the dataset is written in; seeds are pl, nl, fr and ar. */
export const LANGS = ['en', 'pl', 'nl', 'fr', 'ar', 'vi', 'de', 'es'] as const;
export type Lang = (typeof LANGS)[number];
/**
 * Text per language. The catalogue and format 1 packs give English everywhere; a format 2 pack
 * (a reader's story) may give any of the eight, and readers fall back (lib/card/lang.ts).
 */
export type LangText = Partial<Record<Lang, string>>;

export const ENTITY_TYPES = ['person', 'organisation', 'event', 'document', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Alias {
  text: string;
  lang: Lang;
  /** External forms (English, Vietnamese, ...) are matched on pages but do not occur in the seeds. */
  external: boolean;
  /** Shared by other things too ("Ministry of Finance"): matched only beside another mention. */
  generic?: true;
  /** A short form ("Pinto", "President Cuong"): counted on a page after the full name only. */
  short?: true;
  /** A longer name of something else ("United Nations Office at Vienna"): hides its inside. */
  exclude?: true;
}

/** An alias's matching rules, only those set: the form stored and shipped everywhere. */
export function aliasRules(alias: {
  generic?: boolean;
  short?: boolean;
  exclude?: boolean;
}): Pick<Alias, 'generic' | 'short' | 'exclude'> {
  return {
    ...(alias.generic ? { generic: true } : {}),
    ...(alias.short ? { short: true } : {}),
    ...(alias.exclude ? { exclude: true } : {}),
  };
}

export interface Fact {
  text: LangText;
  source: string;
  seed: string;
  quote: string;
}

/** Derived from the seed text at build time. */
export interface SeedMention {
  seed: string;
  count: number;
  firstSentence: string;
}

export interface Related {
  id: string;
  /** Number of seed sentences in which both entities are mentioned. */
  count: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: LangText;
  description: LangText;
  aliases: Alias[];
  /** Descriptive names as patterns (lib/match/name-patterns.ts), expanded when matchers are built. */
  patterns?: NamePattern[];
  /**
   * A person's country, an ISO 3166-1 alpha-2 code ("PT"): once the person is named, the
   * press points back with its demonym ("der Portugiese", "Egipcjanka"; lib/match/demonyms.ts).
   */
  country?: string;
  facts: Fact[];
  mentions: SeedMention[];
  related: Related[];
}

export interface Translation {
  seed: string;
  lang: Lang;
}

export interface Source {
  id: string;
  publisher: string;
  url: string;
  language: string;
  title: string;
  /** YYYY-MM-DD, '' when the article does not say. */
  date: string;
  author?: string;
  translations: Translation[];
}

export interface Seed {
  id: string;
  lang: Lang;
  source: string;
  text: string;
}

export interface Dataset {
  /** Content hash of everything below it: equal data, equal version. */
  version: string;
  entities: Entity[];
  sources: Source[];
  seeds: Seed[];
}

export interface DatasetCounts {
  entities: number;
  sources: number;
  seeds: number;
  aliases: number;
  facts: number;
}

export function countDataset(dataset: Omit<Dataset, 'version'>): DatasetCounts {
  return {
    entities: dataset.entities.length,
    sources: dataset.sources.length,
    seeds: dataset.seeds.length,
    aliases: dataset.entities.reduce((n, e) => n + e.aliases.length, 0),
    facts: dataset.entities.reduce((n, e) => n + e.facts.length, 0),
  };
}
