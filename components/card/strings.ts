/** The card's UI strings, in the card's language (keys of public/_locales/<lang>/messages.json). */
export const CARD_STRING_KEYS = [
  'card_type_person',
  'card_type_organisation',
  'card_type_event',
  'card_type_document',
  'card_type_place',
  'card_mentioned_in',
  'card_related',
  'card_back',
  'card_close',
  'card_sources',
  'card_quote_from',
  'card_read_translation',
  'card_opened',
  'card_loading',
  'card_error',
  'card_pack',
  'card_also',
] as const;

export type CardStringKey = (typeof CARD_STRING_KEYS)[number];
export type CardStrings = Record<CardStringKey, string>;

/** Fills $1, $2, ... placeholders, as chrome.i18n does for its messages. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (whole, n: string) => String(values[Number(n) - 1] ?? whole));
}

/** The name of a language in another language ("pl" in French is "polonais"). */
export function languageName(lang: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
