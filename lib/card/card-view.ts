import type { Entity, EntityType, Lang, Source } from '../dataset/types';
import { direction, pick } from './lang';

export interface FactView {
  text: string;
  lang: Lang;
  quote: string;
  /** The seed translation the quote is taken from, and its language. */
  seed: string;
  seedLang: Lang;
  publisher: string;
  url: string;
  title: string;
}

export interface CardView {
  id: string;
  type: EntityType;
  lang: Lang;
  dir: 'ltr' | 'rtl';
  name: string;
  /** The name in its own spelling (Vietnamese for Vietnamese people and bodies), when it differs. */
  nativeName?: string;
  description: string;
  facts: FactView[];
  mentionedIn: number;
  sourceCount: number;
  related: { id: string; name: string }[];
  /** The title of the pack the entity comes from. */
  pack?: string;
  /** Entities of other packs known by one of the same names: the reader may switch to one. */
  alternatives?: { id: string; name: string; pack: string }[];
}

const MAX_RELATED = 6;

/**
 * The card for `entity` in `lang`, every text falling back (lib/card/lang.ts `pick`) where `lang`
 * has none.
 */
export function cardView(
  entity: Entity,
  sources: readonly Source[],
  relatedEntities: readonly Entity[],
  lang: Lang,
): CardView {
  const sourceOfSeed = new Map<string, Source>();
  for (const source of sources) {
    for (const translation of source.translations) sourceOfSeed.set(translation.seed, source);
  }
  const name = pick(entity.name, lang).text;
  const native = entity.name.vi;
  // An article quoted by one of the facts speaks of the entity too, even where the matcher saw no
  // mention of its own: "wiceprezydent Ekwadoru" is one mention, of the Vice President, not of
  // Ecuador.
  const seeds = [...entity.mentions, ...entity.facts].map((m) => m.seed);
  const mentionedSources = new Set(seeds.map((seed) => sourceOfSeed.get(seed)?.id));
  mentionedSources.delete(undefined);
  const byId = new Map(relatedEntities.map((e) => [e.id, e]));
  return {
    id: entity.id,
    type: entity.type,
    lang,
    dir: direction(lang),
    name,
    nativeName: native && native !== name ? native : undefined,
    description: pick(entity.description, lang).text,
    facts: entity.facts.flatMap((fact) => {
      const source = sourceOfSeed.get(fact.seed);
      if (!source) return [];
      const translation = source.translations.find((t) => t.seed === fact.seed);
      const text = pick(fact.text, lang);
      return [
        {
          text: text.text,
          lang: text.lang,
          quote: fact.quote,
          seed: fact.seed,
          seedLang: translation?.lang ?? 'en',
          publisher: source.publisher,
          url: source.url,
          title: source.title,
        },
      ];
    }),
    mentionedIn: mentionedSources.size,
    sourceCount: sources.length,
    related: entity.related
      .flatMap((r) => {
        const other = byId.get(r.id);
        return other ? [{ id: other.id, name: pick(other.name, lang).text }] : [];
      })
      .slice(0, MAX_RELATED),
  };
}
