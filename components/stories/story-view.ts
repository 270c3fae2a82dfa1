import type { EntityType, Lang } from '@/lib/dataset/types';
import type { Pack } from '@/lib/pack/schema';

/** A story's pack document as the stories page shows it, in one language. */
export interface StoryView {
  id: string;
  title: string;
  languages: Lang[];
  articles: ArticleView[];
  entities: EntityView[];
}

export interface ArticleView {
  url: string;
  title: string;
  site: string;
  /** '' when the article does not say. */
  author: string;
  date: string;
  /** The language of the text the story keeps. */
  lang: string;
}

export interface EntityView {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  /** A person's country (ISO 3166-1 alpha-2), '' when none is given. */
  country: string;
  /** The entity's names, grouped by language in the pack's order of languages. */
  names: { lang: Lang; texts: string[] }[];
  facts: FactView[];
}

export interface FactView {
  /** The fact's place in the entity's list, which `edit-fact` and `delete-fact` name. */
  index: number;
  text: string;
  /** The article the quote is from; null when the pack no longer holds it. */
  source: { site: string; url: string; lang: string } | null;
  quote: { exact: string; prefix: string; suffix: string };
}

type LangText = Partial<Record<Lang, string>>;

/** The text in `lang`, else in English, else in the first language that has one. */
export function pick(text: LangText, lang: Lang): string {
  return text[lang] ?? text.en ?? Object.values(text).find((t) => t !== undefined) ?? '';
}

/** Reads a story's pack document into what the page shows. */
export function storyView(pack: Pack, lang: Lang): StoryView {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  return {
    id: pack.id,
    title: pack.title,
    languages: pack.languages,
    articles: pack.sources.map((s) => ({
      url: s.url,
      title: s.title,
      site: s.publisher,
      author: s.author ?? '',
      date: s.date ?? '',
      lang: s.translations[0]?.lang ?? s.language,
    })),
    entities: pack.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: pick(e.name, lang),
      description: pick(e.description, lang),
      country: e.country ?? '',
      names: groupNames(e.aliases, pack.languages),
      facts: e.facts.map((f, index) => {
        const source = sources.get(f.source);
        const translation = source?.translations.find((t) => t.id === f.translation);
        return {
          index,
          text: pick(f.text, lang),
          source: source
            ? {
                site: source.publisher,
                url: source.url,
                lang: translation?.lang ?? source.language,
              }
            : null,
          quote: {
            exact: f.quote.exact,
            prefix: lead(f.quote.prefix),
            suffix: tail(f.quote.suffix),
          },
        };
      }),
    })),
  };
}

// The store keeps 32 characters of context either side of a quote (lib/builder/quote.ts), often
// cut inside a word; shorter context reaches the text's edge and is whole. Shown, cut context
// starts and ends at whole words, with an ellipsis where words were left out.
const CUT_CONTEXT = 32;
const lead = (prefix: string) => {
  const cut = prefix.search(/\s/);
  return prefix.length >= CUT_CONTEXT && cut > 0 ? `…${prefix.slice(cut)}` : prefix;
};
const tail = (suffix: string) => {
  const cut = suffix.search(/\s\S*$/);
  return suffix.length >= CUT_CONTEXT && cut >= 0 ? `${suffix.slice(0, cut + 1)}…` : suffix;
};

function groupNames(aliases: { text: string; lang: Lang }[], order: readonly Lang[]) {
  const byLang = new Map<Lang, string[]>();
  for (const alias of aliases) {
    const texts = byLang.get(alias.lang) ?? [];
    if (!texts.includes(alias.text)) texts.push(alias.text);
    byLang.set(alias.lang, texts);
  }
  const rank = (l: Lang) => (order.includes(l) ? order.indexOf(l) : order.length);
  return [...byLang]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([lang, texts]) => ({ lang, texts }));
}

/** The language a story opens in: the reader's own when the story has it, else its first. */
export function firstLang(languages: readonly Lang[], uiLang: string): Lang {
  const ui = uiLang.slice(0, 2).toLowerCase();
  return languages.find((l) => l === ui) ?? languages[0] ?? 'en';
}
