import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedMentions } from './helpers/highlights';
import { FIXTURES } from './helpers/server';

/** The pages of short forms by rule and acronyms the page defines, one per language. */
export const SHORT_FORM_LANGS = ['en', 'vi', 'pl', 'nl', 'fr', 'de', 'es', 'ar'];

export const shortFormPage = (lang: string) => `short-forms-${lang}.html`;

export const expectedOn = (path: string) =>
  expectedMentions(readFileSync(join(FIXTURES, path), 'utf8'));

/**
 * Per language, the short forms a reader hovers and the card each opens (the entity's name in
 * the page's language): a titled given name, a surname, a head word, a page-defined acronym and
 * a demonym.
 */
export const HOVERS: Record<string, [string, string][]> = {
  en: [
    ['President Cuong', 'Luong Cuong'],
    ['the convention', 'United Nations Convention against Cybercrime (Hanoi Convention)'],
    ['MPS', 'Ministry of Public Security'],
  ],
  vi: [
    ['Chủ tịch nước Cường', 'Lương Cường'],
    ['BCA', 'Bộ Công an'],
  ],
  pl: [
    ['Guterres', 'António Guterres'],
    ['MBP', 'Ministerstwo Bezpieczeństwa Publicznego'],
    ['Portugalczyk', 'António Guterres'],
  ],
  nl: [
    ['het verdrag', 'Verdrag van de Verenigde Naties tegen cybercriminaliteit (Verdrag van Hanoi)'],
    ['MOV', 'Ministerie van Openbare Veiligheid'],
  ],
  fr: [
    ['la cérémonie', 'Cérémonie de signature de la Convention de Hanoi'],
    ['MSP', 'ministère de la Sécurité publique'],
  ],
  de: [
    ['die Zeremonie', 'Unterzeichnungszeremonie der Hanoi-Konvention'],
    ['MÖS', 'Ministerium für Öffentliche Sicherheit'],
    ['Der Portugiese', 'António Guterres'],
  ],
  es: [
    ['presidente Cuong', 'Luong Cuong'],
    ['MSP', 'Ministerio de Seguridad Pública'],
  ],
  ar: [
    ['الرئيس كوونغ', 'لونغ كوونغ'],
    ['MPS', 'وزارة الأمن العام'],
  ],
};
