import type { CardView } from '@/lib/card/card-view';
import { CARD_STRING_KEYS, type CardStrings } from './strings';

/** English-like strings whose text is their key, with the placeholders the real ones have. */
export const testStrings = Object.fromEntries(
  CARD_STRING_KEYS.map((key) => [
    key,
    key.includes('mentioned') ? 'in $1 of $2' : key === 'card_pack' ? 'pack $1' : key,
  ]),
) as CardStrings;

export function testCard(overrides: Partial<CardView> = {}): CardView {
  return {
    id: 'to-lam',
    type: 'person',
    lang: 'pl',
    dir: 'ltr',
    name: 'To Lam',
    nativeName: 'Tô Lâm',
    description: 'Sekretarz Generalny',
    facts: [
      {
        text: 'Przyjął szefów delegacji.',
        lang: 'pl',
        quote: 'Sekretarz Generalny To Lam przyjął szefów delegacji',
        seed: '000_b52fa35cbc56eae7',
        seedLang: 'pl',
        publisher: 'VietnamPlus',
        url: 'https://www.vietnamplus.vn/article.vnp',
        title: 'Tổng Bí thư Tô Lâm',
      },
    ],
    mentionedIn: 3,
    sourceCount: 4,
    related: [{ id: 'unodc', name: 'UNODC' }],
    ...overrides,
  };
}
