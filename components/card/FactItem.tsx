import type { FactView } from '@/lib/card/card-view';
import { type CardStrings, fill, languageName } from './strings';

interface Props {
  fact: FactView;
  cardLang: string;
  strings: CardStrings;
  onReadTranslation: (fact: FactView) => void;
}

/**
 * One fact and its citation chip. The chip links to the original article; its supporting quote
 * shows while the chip is hovered or focused (CSS), and is also the chip's accessible description.
 */
export function FactItem({ fact, cardLang, strings, onReadTranslation }: Props) {
  const translation = languageName(fact.seedLang, cardLang);
  const quoteId = `quote-${fact.seed}-${hash(fact.quote)}`;
  return (
    <li class="fact" lang={fact.lang}>
      <p class="fact-text">{fact.text}</p>
      <span class="citation">
        <a
          class="chip"
          href={fact.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby={quoteId}
          title={fact.title}
        >
          {fact.publisher} · {translation}
        </a>
        <span class="quote" id={quoteId} role="tooltip">
          <span class="quote-label">{fill(strings.card_quote_from, translation)}</span>{' '}
          <q lang={fact.seedLang}>{fact.quote}</q>
        </span>
        <button type="button" class="link-button" onClick={() => onReadTranslation(fact)}>
          {fill(strings.card_read_translation, translation)}
        </button>
      </span>
    </li>
  );
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
