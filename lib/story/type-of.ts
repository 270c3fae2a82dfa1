import type { EntityType, Lang } from '../dataset/types';
import type { Span } from './span';

/**
 * The type of a name from what its mentions show: a known name's own type, a title (before a
 * third of them at least), a head word, capitals, then the shape of the name.
 */
export function typeOf(spans: readonly Span[], words: number, lang: Lang): EntityType {
  if (spans.some((s) => s.evidence.includes('known'))) {
    return spans.find((s) => s.evidence.includes('known'))!.type!;
  }
  // A title before a third of the mentions: "zei dat Vietnam" once does not make Vietnam a person.
  if (spans.filter((s) => s.evidence.includes('title')).length * 3 >= spans.length) return 'person';
  const typed = spans.find((s) => s.type && s.type !== 'place');
  if (typed?.type) return typed.type;
  if (spans.some((s) => s.evidence.includes('capitals'))) return 'organisation';
  // People's names are words of their own; a run of capitals with common words names a body.
  if (spans.some((s) => s.common || s.evidence.includes('link'))) return 'organisation';
  if (spans.some((s) => s.afterPlace)) return 'place';
  if (words === 1) return 'organisation';
  // A capitalised adjective before a noun names a body or a state ("Vereinten Nationen").
  const leading = spans[0].words.slice(0, -1);
  if (lang === 'de' && leading.some((w) => /(?:e|en|er|es|em)$/.test(w))) return 'organisation';
  return words <= 4 ? 'person' : 'organisation';
}
