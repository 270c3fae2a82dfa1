import { findSource } from './add-article';
import { uniqueId } from './ids';
import { nameProblem } from './make-entity';
import { locateQuote } from './quote';
import { findEntity, type StoryDoc, type StorySource } from './story-doc';
import { StoryError } from './story-error';

/**
 * Moves a card to another story, with the articles its facts quote: an article the other story
 * has already (the same URL) is used there, its quotes found again in its text; any other is
 * copied. The articles stay in the first story too, for its other cards. Refused when one of the
 * card's names is a name of another card there.
 */
export function moveEntity(
  from: StoryDoc,
  to: StoryDoc,
  id: string,
): { from: StoryDoc; to: StoryDoc; entity: string } {
  if (from.id === to.id) throw new StoryError('The card is in that story already.');
  const entity = findEntity(from, id);
  for (const alias of entity.aliases) {
    const problem = alias.exclude ? undefined : nameProblem(to, alias.text);
    if (problem) throw new StoryError(`${problem.replace('this story', `"${to.title}"`)}`);
  }
  const sources = [...to.sources];
  const moved = new Map<string, StorySource>();
  for (const fact of entity.facts) {
    if (moved.has(fact.source)) continue;
    const source = from.sources.find((s) => s.id === fact.source);
    if (!source) continue;
    const there = findSource(to, source.url);
    if (there) {
      moved.set(source.id, there);
      continue;
    }
    const copyId = uniqueId(source.id, new Set(sources.map((s) => s.id)), 'article');
    const copy = {
      ...source,
      id: copyId,
      translations: source.translations.map((t) => ({ ...t, id: `${copyId}-${t.lang}` })),
    };
    sources.push(copy);
    moved.set(source.id, copy);
  }
  const facts = entity.facts.map((fact) => {
    const source = moved.get(fact.source);
    if (!source) return fact;
    const translation = source.translations[0];
    const quote = locateQuote(translation.text, fact.quote);
    if (!quote) {
      throw new StoryError(
        `"${source.title}" reads differently in "${to.title}": add the article there again first.`,
      );
    }
    return { ...fact, source: source.id, translation: translation.id, quote };
  });
  const newId = uniqueId(entity.id, new Set(to.entities.map((e) => e.id)), entity.type);
  return {
    from: { ...from, entities: from.entities.filter((e) => e !== entity) },
    to: {
      ...to,
      sources,
      entities: [...to.entities, { ...entity, id: newId, facts, mentions: [], related: [] }],
    },
    entity: newId,
  };
}
