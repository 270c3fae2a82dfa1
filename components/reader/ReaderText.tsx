import type { Ref } from 'preact';
import { direction } from '@/lib/card/lang';
import type { Lang } from '@/lib/dataset/types';

export interface ReaderTextProps {
  text: string;
  lang: Lang;
  /** The article element, for painting: mentions and the quote are ranges over its text. */
  articleRef?: Ref<HTMLElement>;
}

/** Splits a seed's text into its paragraphs (one per line), dropping blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The translation itself, in its own language and direction, one paragraph per line. */
export function ReaderText({ text, lang, articleRef }: ReaderTextProps) {
  return (
    <article ref={articleRef} class="reader-text" lang={lang} dir={direction(lang)}>
      {paragraphsOf(text).map((paragraph, i) => (
        // The text never changes once shown, so a paragraph's position is a stable key.
        <p key={i}>{paragraph}</p>
      ))}
    </article>
  );
}
