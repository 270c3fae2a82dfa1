import { foldText } from '../match/fold';

/** An entity as a picker lists it: its id, the name shown, and every name it is known by. */
export interface EntityChoice {
  id: string;
  name: string;
  names: readonly string[];
}

const fold = (text: string) => ` ${foldText(text).folded} `;

/**
 * The entities with those named in `text` first, in the order they are named there, the others
 * after them as they were. Names are compared folded (case and diacritics aside) and as whole
 * words, so "To Lam" in a selection names the entity "Tô Lâm", and "Lam" alone names no "Lamar".
 */
export function namedFirst<E extends EntityChoice>(entities: readonly E[], text: string): E[] {
  const folded = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const where = (entity: E) => {
    const places = entity.names
      .map((name) => folded.indexOf(fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ')))
      .filter((at) => at >= 0);
    return places.length ? Math.min(...places) : Number.POSITIVE_INFINITY;
  };
  return entities
    .map((entity, order) => ({ entity, order, at: where(entity) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ entity }) => entity);
}
