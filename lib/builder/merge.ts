import { LANGS, type LangText } from '../dataset/types';
import { MAX_FACTS, type PackEntity } from '../pack/schema';
import { displayName, findEntity, nameKey, type StoryDoc } from './story-doc';
import { StoryError } from './story-error';

/** `into`'s text in each language it has, `from`'s in the others. */
function unite(into: LangText, from: LangText): LangText {
  const out: LangText = { ...into };
  for (const lang of LANGS) if (!out[lang] && from[lang]) out[lang] = from[lang];
  return out;
}

type Fact = PackEntity['facts'][number];
const sameFact = (a: Fact, b: Fact) =>
  a.source === b.source && a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix;

/**
 * Makes two cards of one story one: `into` keeps its id, type and texts, gains the names, facts
 * and texts in other languages of `from`, and `from` is removed. Refused when the facts together
 * are more than a card holds. Related entities follow when the story is refreshed.
 */
export function mergeEntities(doc: StoryDoc, edit: { into: string; from: string }): StoryDoc {
  if (edit.into === edit.from) throw new StoryError('A card cannot be merged into itself.');
  const into = findEntity(doc, edit.into);
  const from = findEntity(doc, edit.from);
  const facts = [
    ...into.facts,
    ...from.facts.filter((f) => !into.facts.some((g) => sameFact(f, g))),
  ];
  if (facts.length > MAX_FACTS) {
    throw new StoryError(
      `Together "${displayName(into)}" and "${displayName(from)}" have ${facts.length} facts; a card holds ${MAX_FACTS}: delete ${facts.length - MAX_FACTS} first.`,
    );
  }
  const seen = new Set(into.aliases.map((a) => `${a.lang} ${nameKey(a.text)}`));
  const aliases = [...into.aliases];
  for (const alias of from.aliases) {
    const key = `${alias.lang} ${nameKey(alias.text)}`;
    if (!seen.has(key)) aliases.push(alias);
    seen.add(key);
  }
  const merged: PackEntity = {
    ...into,
    name: unite(into.name, from.name),
    description: unite(into.description, from.description),
    aliases,
    facts,
  };
  // A person's country: A's, else B's.
  const country = into.country ?? from.country;
  if (country && into.type === 'person') merged.country = country;
  return {
    ...doc,
    entities: doc.entities.flatMap((e) => (e === into ? [merged] : e === from ? [] : [e])),
  };
}
