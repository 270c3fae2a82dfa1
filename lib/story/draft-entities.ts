import { sentences } from '../dataset/derive';
import type { EntityType, Lang } from '../dataset/types';
import { foldText } from '../match/fold';
import type { Suggestion } from './rank';

/** The suggestions of one article, with where it comes from. */
export interface ArticleSuggestions {
  seed: string;
  source: string;
  lang: Lang;
  text: string;
  suggestions: readonly Suggestion[];
}

export interface DraftFact {
  source: string;
  seed: string;
  quote: string;
}

export interface DraftEntity {
  type: EntityType;
  score: number;
  count: number;
  /** The name in each language it was found in (its commonest form there). */
  names: Partial<Record<Lang, string>>;
  aliases: Partial<Record<Lang, string[]>>;
  facts: DraftFact[];
}

/**
 * One entity per name, across the story's articles: suggestions that share a form ("Ghada Waly"
 * in Polish, Dutch and French; "UNODC") are one entity with names in each language. No alias is
 * given to two entities, as the build would refuse it. Best first.
 */
export function draftEntities(articles: readonly ArticleSuggestions[]): DraftEntity[] {
  const owner = new Map<string, DraftEntity>();
  const entities: DraftEntity[] = [];
  const facts = new Map<DraftEntity, Set<string>>();
  for (const article of articles) {
    for (const s of article.suggestions) {
      const keys = s.forms.map((f) => foldText(f).folded);
      let entity = keys.map((k) => owner.get(k)).find((e) => e !== undefined);
      if (!entity) {
        entity = { type: s.type, score: 0, count: 0, names: {}, aliases: {}, facts: [] };
        entities.push(entity);
        facts.set(entity, new Set());
      }
      entity.score += s.score;
      entity.count += s.count;
      entity.names[article.lang] ??= s.name;
      const list = entity.aliases[article.lang] ?? [];
      s.forms.forEach((form, i) => {
        if (owner.has(keys[i]) && owner.get(keys[i]) !== entity) return;
        if (!list.includes(form)) list.push(form);
        owner.set(keys[i], entity);
      });
      entity.aliases[article.lang] = list;
      const quote = firstSentence(article.text, s.forms);
      const seen = facts.get(entity)!;
      if (quote && entity.facts.length < 2 && !seen.has(quote)) {
        seen.add(quote);
        entity.facts.push({ source: article.source, seed: article.seed, quote });
      }
    }
  }
  return entities.sort((a, b) => b.score - a.score);
}

/** The first sentence naming one of the forms, verbatim, cut at a word near 400 characters. */
function firstSentence(text: string, forms: readonly string[]): string | undefined {
  const at = Math.min(...forms.map((f) => text.indexOf(f)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  const span = sentences(text).find((s) => s.start <= at && at < s.end);
  if (!span) return undefined;
  let quote = text.slice(span.start, span.end).trim();
  if (quote.length > 400) quote = quote.slice(0, quote.lastIndexOf(' ', 400));
  return quote.split('\n')[0].trim() || undefined;
}
