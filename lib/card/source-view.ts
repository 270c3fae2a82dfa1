import type { Lang, Source } from '../dataset/types';

export interface SourceView {
  id: string;
  publisher: string;
  url: string;
  title: string;
  date: string;
  translations: { seed: string; lang: Lang }[];
}

/** Sources in date order, newest first, as the popup lists them. */
export function sourceViews(sources: readonly Source[]): SourceView[] {
  return [...sources]
    .sort((a, b) => b.date.localeCompare(a.date) || a.publisher.localeCompare(b.publisher))
    .map(({ id, publisher, url, title, date, translations }) => ({
      id,
      publisher,
      url,
      title,
      date,
      translations: translations.map(({ seed, lang }) => ({ seed, lang })),
    }));
}
