import type { Lang } from '../dataset/types';
import { foldedSets } from './frequent-words';

/**
 * Month and weekday names (with the Polish genitive, which dates use). Capitalised in English and
 * German, and at the start of a sentence everywhere, they look like names and never are.
 */
const CALENDAR: Record<Lang, string> = {
  en: 'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo',
  pl: 'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia poniedziałek wtorek środa czwartek piątek sobota niedziela',
  // Vietnamese months and weekdays are "tháng" or "Thứ" and a number word ("Thứ Hai" is Monday,
  // but "Hai" is also a given name): the word after them is part of the date (see chains.ts).
  vi: 'tháng thứ',
  ar: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد',
};

const sets = /* @__PURE__ */ foldedSets(CALENDAR);

/** Whether a folded word names a month or a weekday in `lang`. */
export function isCalendarWord(folded: string, lang: Lang): boolean {
  return sets[lang].has(folded);
}
