import type { Lang } from '../dataset/types';
import { foldedSets } from './frequent-words';

/**
 * Lower-case words that stand inside one name between its capitalised parts ("Ministry of
 * Foreign Affairs", "Office des Nations Unies", "Konwencja z Hanoi", "Biuro ... ds. Narkotyków",
 * "Verdrag van de Verenigde Naties"), with the particles of people's names ("van", "bin", "de la").
 */
const LINKS: Record<Lang, string> = {
  en: 'of, of the, for, for the, on, de, da, van, von, bin, ibn, al, el',
  pl: 'z, ds, do spraw, na rzecz, w zakresie, w sprawie, im, de, da, van, von',
  nl: 'van, van de, van het, voor, voor de, voor het, tegen, der, de, den, ter',
  fr: "de, du, des, de la, de l', d', pour, pour la, pour le, sur, sur la, contre, contre la, van, von",
  de: 'der, des, für, von, von der, zur, zum, gegen, über, van, de',
  es: 'de, del, de la, de las, de los, para, para la, contra, contra la, sobre, van, von',
  vi: 'của, về',
  ar: '',
};

/** "and" in each language: inside a name only after a link ("Office on Drugs and Crime"). */
const CONJUNCTIONS: Record<Lang, string> = {
  en: 'and',
  pl: 'i',
  nl: 'en',
  fr: 'et, et le, et la',
  de: 'und',
  es: 'y, y el, y la',
  vi: 'và',
  ar: 'و',
};

/**
 * Links after which the name of a body, a document or an event may end on lower-case words, up
 * to a punctuation mark: "Convention des Nations Unies contre la cybercriminalité (...)",
 * "Konwencja Narodów Zjednoczonych przeciwko cyberprzestępczości.".
 */
const TAIL_LINKS: Record<Lang, string> = {
  en: 'against, on, for, against the, on the, for the',
  pl: 'przeciwko, ds, na temat, w sprawie, do spraw',
  nl: 'tegen, voor, over, inzake, tegen de, voor de',
  fr: 'contre, sur, pour, contre la, contre le, sur la, sur le, pour la, pour le, de la, du',
  de: 'gegen, für, über, zur, zum, gegen die, für die',
  es: 'contra, sobre, para, contra la, contra el, sobre la, sobre el',
  vi: 'về, chống, về chống',
  ar: '',
};

export const LINK_PHRASES = /* @__PURE__ */ foldedSets(LINKS, ', ');
export const CONJUNCTION_PHRASES = /* @__PURE__ */ foldedSets(CONJUNCTIONS, ', ');
export const TAIL_LINK_PHRASES = /* @__PURE__ */ foldedSets(TAIL_LINKS, ', ');

/** Prepositions before a place ("in Hanoi", "w Hanoi", "à Hanoï", "tại Hà Nội", "في هانوي"). */
const PLACE_PREPOSITIONS: Record<Lang, string> = {
  en: 'in, at, from',
  pl: 'w, we, z, do',
  nl: 'in, uit, naar',
  fr: 'à, en, au',
  de: 'in, nach, aus',
  es: 'en, a',
  vi: 'tại, ở',
  ar: 'في, إلى',
};

export const PLACE_PREPOSITION_WORDS = /* @__PURE__ */ foldedSets(PLACE_PREPOSITIONS, ', ');
