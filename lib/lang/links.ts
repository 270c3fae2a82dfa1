import type { Lang } from '../dataset/types';
import { foldedSets, inAnyLanguage } from './frequent-words';

/**
 * Lower-case words that link the parts of one thing's name between its capitalised parts
 * ("Ministry of Foreign Affairs", "Office des Nations Unies", "Konwencja z Hanoi", "Biuro ... ds.
 * Narkotyków", "Verdrag van de Verenigde Naties") or lead to its subject ("Konwencja o prawach
 * dziecka").
 */
const LINKS: Record<Lang, string> = {
  en: 'of, of the, for, for the, on',
  pl: 'z, o, ds, do spraw, na rzecz, w zakresie, w sprawie',
  nl: 'van, van de, van het, voor, voor de, voor het, tegen, ter',
  fr: "de, du, des, de la, de l', d', pour, pour la, pour le, sur, sur la, contre, contre la",
  de: 'der, des, für, von, von der, zur, zum, gegen, über',
  es: 'de, del, de la, de las, de los, para, para la, contra, contra la, sobre',
  vi: 'của, về',
  ar: '',
};

/**
 * The particles of people's names, which stand inside a name as well ("van", "bin", "de la"):
 * they link no thing's name, and some are common words of another language ("da", "el").
 */
const NAME_PARTICLES: Record<Lang, string> = {
  en: 'de, da, van, von, bin, ibn, al, el',
  pl: 'im, de, da, van, von',
  nl: 'der, de, den',
  fr: 'van, von',
  de: 'van, de',
  es: 'van, von',
  vi: '',
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

/** The links of things' names. */
export const THING_LINK_PHRASES = /* @__PURE__ */ foldedSets(LINKS, ', ');
/** Every word or phrase that may stand inside one name: things' links and names' particles. */
export const LINK_PHRASES = /* @__PURE__ */ foldedSets(
  Object.fromEntries(
    Object.entries(LINKS).map(([lang, links]) => [
      lang,
      [links, NAME_PARTICLES[lang as Lang]].filter(Boolean).join(', '),
    ]),
  ) as Record<Lang, string>,
  ', ',
);
export const CONJUNCTION_PHRASES = /* @__PURE__ */ foldedSets(CONJUNCTIONS, ', ');
export const TAIL_LINK_PHRASES = /* @__PURE__ */ foldedSets(TAIL_LINKS, ', ');

/** The one-word links of things' names in `lang` ("of", "de", "ds"), folded. */
export function oneWordLinks(lang: Lang): string[] {
  return [...THING_LINK_PHRASES[lang]].filter((phrase) => phrase && !phrase.includes(' '));
}

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

/**
 * Words after a link that say when or what for, not what a thing is of: "the convention on the
 * opening day", "on its behalf", "opened the treaty for signature", "une conférence de deux jours", "el convenio para que entre en vigor", "am Rande der
 * Konferenz", "der Vertrag für sie" (a pronoun says for whom). A head word followed by a link
 * and one of them is still the story's thing.
 */
const NOT_OF: Record<Lang, string> = {
  en: 'behalf, two, three, four, five, signature, signing, ratification, day, days, morning, afternoon, evening, night, week, weekend, sidelines, occasion, eve, first, same, opening, closing, that, which, whether, today, yesterday, tomorrow, them, us, him, her, it, you, me',
  fr: 'deux, trois, quatre, cinq, signature, ratification, jour, journée, matin, soir, soirée, semaine, marge, occasion, premier, première, même, que, qui, aujourd, hier, demain, eux, elles, lui, nous, vous, moi',
  es: 'dos, tres, cuatro, cinco, firma, ratificación, día, jornada, mañana, tarde, noche, semana, marco, ocasión, primer, primera, mismo, misma, que, cual, hoy, ayer, ellos, ellas, él, ella, nosotros, ti, mí',
  de: 'zwei, drei, vier, fünf, unterzeichnung, ratifizierung, tag, tages, abend, woche, rande, ersten, selben, dass, heute, gestern, morgen, sie, ihn, ihm, uns, euch, es, mich, dich',
  nl: 'twee, drie, vier, vijf, ondertekening, ratificatie, dag, ochtend, middag, avond, week, marge, eerste, zelfde, dat, vandaag, gisteren, morgen, hen, ons, hem, jou, mij',
  pl: 'dwóch, trzech, dwa, dwie, trzy, podpisu, podpisania, ratyfikacji, dzień, dnia, dniu, tydzień, marginesie, pierwszy, pierwszego, pierwszym, że, aby, dzisiaj, dziś, wczoraj, jutro, nich, niego, niej, nas, was',
  vi: 'hai, ba, ngày, tuần, sáng, chiều, tối',
  ar: '',
};

/** Possessive words, read past like an article after a link ("on its behalf", "en su marco"). */
const POSSESSIVES: Record<Lang, string> = {
  en: 'his, her, its, their, our, your',
  fr: 'son, sa, ses, leur, leurs, notre, nos, votre, vos',
  es: 'su, sus, nuestro, nuestra',
  de: 'sein, seine, seiner, seinem, seinen, ihr, ihre, ihrer, ihrem, ihren, unser, unsere',
  nl: 'zijn, haar, hun, onze',
  pl: 'jego, jej, ich, nasz, nasza',
  vi: '',
  ar: '',
};

/** Where a body sits: "das Ministerium in Quito", "à Pékin", "au Caire", "tại Bắc Kinh". */
const SEATS: Record<Lang, string> = {
  en: 'in, at',
  pl: 'w, we',
  nl: 'in',
  fr: 'à, au',
  de: 'in, im',
  es: 'en',
  vi: 'tại, ở',
  ar: '',
};

/** Whether a folded word after a link, in any language, says when or what for rather than of what. */
export const isNotOfWord = /* @__PURE__ */ inAnyLanguage(NOT_OF);

/** Whether a folded word is a possessive of any language ("its", "su", "ihre"). */
export const isPossessiveWord = /* @__PURE__ */ inAnyLanguage(POSSESSIVES);

/** Whether a folded word says where a body sits, in any language ("in", "à", "tại"). */
export const isSeatWord = /* @__PURE__ */ inAnyLanguage(SEATS);

/** "Between": after a treaty's head word, its parties follow ("the agreement between the EU and"). */
const BETWEEN: Record<Lang, string> = {
  en: 'between',
  pl: 'między',
  nl: 'tussen',
  fr: 'entre',
  de: 'zwischen',
  es: 'entre',
  vi: 'giữa',
  ar: 'بين',
};

/** Whether a folded word is "between" in any language. */
export const isBetweenWord = /* @__PURE__ */ inAnyLanguage(BETWEEN);

/**
 * The links that say what about: after a body's complete name they lead to the subject of what
 * it decided or said ("các nghị quyết của Ban Chấp hành Trung ương Đảng về hội nhập quốc tế", "a
 * Politburo resolution on ..."), not to whose body it is.
 */
const TOPICS: Record<Lang, string> = {
  en: 'on',
  pl: 'o',
  nl: 'over',
  fr: 'sur',
  de: 'über',
  es: 'sobre',
  vi: 'về',
  ar: '',
};

/** Whether a folded word is a link that says what about, in any language ("on", "về"). */
export const isTopicWord = /* @__PURE__ */ inAnyLanguage(TOPICS);

/** Whether a folded word is "and" in any language ("i", "und", "và"). */
export const isConjunctionWord = /* @__PURE__ */ inAnyLanguage(CONJUNCTIONS);
