import type { Lang } from '../dataset/types';
import { inAnyLanguage } from './frequent-words';

/**
 * Words for a work, which a title in quotation marks follows: "the film “Good morning,
 * Vietnam”", "bộ phim “Chào buổi sáng, Việt Nam”", "فيلم «صباح الخير يا فيتنام»". After one
 * of them a quotation is a title whatever its case (Arabic has none).
 */
const WORK_NOUNS: Record<Lang, string> = {
  en: 'film, movie, book, novel, song, album, series, play, documentary, show',
  fr: 'film, livre, roman, chanson, album, série, pièce, documentaire, émission',
  es: 'película, filme, libro, novela, canción, álbum, serie, obra, documental, programa',
  de: 'film, buch, roman, lied, song, album, serie, stück, dokumentarfilm, sendung',
  nl: 'film, boek, roman, lied, nummer, album, serie, toneelstuk, documentaire, programma',
  pl: 'film, filmu, książka, książki, powieść, piosenka, piosenki, album, serial, sztuka, dokument',
  vi: 'phim, sách, tiểu thuyết, bài hát, ca khúc, album, vở kịch',
  ar: 'فيلم, الفيلم, كتاب, رواية, أغنية, ألبوم, مسلسل',
};

/** Whether a folded word, in any language, is a word for a work. */
export const isWorkNoun = /* @__PURE__ */ inAnyLanguage(WORK_NOUNS);
