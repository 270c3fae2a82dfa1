import { CARD_STRING_KEYS, type CardStrings } from '@/components/card/strings';
import type { CardView } from '@/lib/card/card-view';
import type { PageServices } from '../handoff';

export interface CardData {
  card: CardView;
  strings: CardStrings;
}

const MAX_CARDS = 64;

/**
 * Card view-models and UI strings, fetched from the background once and kept in the page, so the
 * card can be painted in the same frame as the hover dwell ends. Requests in flight are shared.
 */
export function createCardData(ask: PageServices['ask']) {
  const cards = new Map<string, Promise<CardView>>();
  const strings = new Map<string, Promise<CardStrings>>();
  const ready = new Map<string, CardData>();

  function loadStrings(lang: string): Promise<CardStrings> {
    let pending = strings.get(lang);
    if (!pending) {
      pending = ask({ type: 'strings', lang }).then((all) => {
        const picked = {} as CardStrings;
        for (const key of CARD_STRING_KEYS) picked[key] = all[key] ?? key;
        return picked;
      });
      pending.catch(() => strings.delete(lang));
      strings.set(lang, pending);
    }
    return pending;
  }

  function loadCard(id: string, lang: string): Promise<CardView> {
    const key = `${id}\n${lang}`;
    let pending = cards.get(key);
    if (!pending) {
      if (cards.size >= MAX_CARDS) cards.delete(cards.keys().next().value as string);
      pending = ask({ type: 'card', id, lang });
      pending.catch(() => cards.delete(key));
      cards.set(key, pending);
    }
    return pending;
  }

  return {
    /** Starts fetching (or returns) everything a card needs; resolves with it. */
    async load(id: string, lang: string): Promise<CardData> {
      const [card, cardStrings] = await Promise.all([loadCard(id, lang), loadStrings(lang)]);
      const data = { card, strings: cardStrings };
      ready.set(`${id}\n${lang}`, data);
      return data;
    },
    /** What is already in memory, without waiting. */
    peek(id: string, lang: string): CardData | undefined {
      return ready.get(`${id}\n${lang}`);
    },
    loadCard,
  };
}

export type CardDataStore = ReturnType<typeof createCardData>;
