import { LANGS, type Lang } from '../dataset/types';

/** Narrows a BCP 47 tag ("pl-PL", "ar", "en_GB") to a dataset language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === base);
}

/** The text in `lang`, else in English: the dataset requires English everywhere. */
export function pick(texts: Partial<Record<Lang, string>> & { en: string }, lang: Lang) {
  const text = texts[lang];
  return text ? { text, lang } : { text: texts.en, lang: 'en' as Lang };
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The card's language: a fixed choice from the settings, else the language of the text around the
 * mention when the dataset has it, else the browser's UI language, else English.
 */
export function resolveCardLang(
  setting: string,
  pageLang: string | null,
  uiLang: string | null,
): Lang {
  return (setting !== 'auto' && toLang(setting)) || toLang(pageLang) || toLang(uiLang) || 'en';
}
