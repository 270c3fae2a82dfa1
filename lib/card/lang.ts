import { LANGS, type Lang } from '../dataset/types';

/** Narrows a BCP 47 tag ("pl-PL", "ar", "en_GB") to a dataset language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === base);
}

/**
 * The text in `lang`, else in English, else in the first of the eight languages that has one (a
 * reader's story may be written in Polish alone); '' in `lang` when there is none at all.
 */
export function pick(
  texts: Partial<Record<Lang, string>>,
  lang: Lang,
): { text: string; lang: Lang } {
  for (const candidate of [lang, 'en' as const, ...LANGS]) {
    const text = texts[candidate];
    if (text) return { text, lang: candidate };
  }
  return { text: '', lang };
}

/** A pack's title in `lang` when the pack gives one, else its own title. */
export function packTitle(
  pack: { title: string; titles?: Partial<Record<Lang, string>> },
  lang: Lang,
) {
  return pack.titles?.[lang] || pack.title;
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
