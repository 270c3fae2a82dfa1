import { uniqueId } from './ids';
import { storyCountry } from './make-entity';
import { locateQuote } from './quote';
import { displayName, type StoryDoc, type StorySource } from './story-doc';
import { StoryError } from './story-error';
import type { ExtractedArticle } from './types';

/** The URL a source is known by: the canonical URL without its fragment. */
export function sourceKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

export function findSource(doc: StoryDoc, url: string): StorySource | undefined {
  const key = sourceKey(url);
  return doc.sources.find((s) => sourceKey(s.url) === key);
}

/** Text as stored: one form of each character (NFC) and \n line ends, so quotes are found again. */
export const storedText = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/**
 * Adds an article to the story as a source with its text as its one translation. The same
 * canonical URL again updates that source (title, text…) rather than adding a second one; the
 * facts quoting it are anchored again in the new text, and the update is refused when one of
 * their quotes is no longer in it.
 */
export function addArticle(
  doc: StoryDoc,
  article: ExtractedArticle,
): { doc: StoryDoc; source: string; created: boolean } {
  const text = storedText(article.text);
  if (!text) throw new StoryError('The article has no text to keep.');
  const existing = findSource(doc, article.url);
  const id =
    existing?.id ?? uniqueId(article.site, new Set(doc.sources.map((s) => s.id)), 'article');
  const source: StorySource = {
    id,
    publisher: article.site,
    url: article.url,
    language: article.lang,
    title: article.title,
    ...(article.date ? { date: article.date } : {}),
    ...(article.author ? { author: article.author } : {}),
    translations: [{ id: `${id}-${article.lang}`, lang: article.lang, text }],
  };
  if (!existing) {
    const added = { ...doc, sources: [...doc.sources, source] };
    return { doc: withCountries(added), source: id, created: true };
  }
  const translation = source.translations[0].id;
  let lost = 0;
  const entities = doc.entities.map((entity) => ({
    ...entity,
    facts: entity.facts.map((fact) => {
      if (fact.source !== id) return fact;
      const quote = locateQuote(text, fact.quote);
      if (!quote) lost++;
      return { ...fact, translation, quote: quote ?? fact.quote };
    }),
  }));
  if (lost) {
    throw new StoryError(
      `The article now reads differently: ${lost === 1 ? '1 fact quotes' : `${lost} facts quote`} words it no longer holds, so the stored version was kept. Delete ${lost === 1 ? 'that fact' : 'those facts'} first to store the new one.`,
    );
  }
  const sources = doc.sources.map((s) => (s === existing ? source : s));
  return { doc: withCountries({ ...doc, sources, entities }), source: id, created: false };
}

/** The story with each person without a country given the one its articles now say. */
function withCountries(doc: StoryDoc): StoryDoc {
  if (!doc.entities.some((e) => e.type === 'person' && !e.country)) return doc;
  return {
    ...doc,
    entities: doc.entities.map((entity) => {
      if (entity.type !== 'person' || entity.country) return entity;
      const country = storyCountry(doc, displayName(entity));
      return country ? { ...entity, country } : entity;
    }),
  };
}
