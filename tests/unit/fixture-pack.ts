import type { Pack } from '@/lib/pack/schema';

const TEXT_EN =
  'The Harbour Library of Eldmoor opened on Monday. Mayor Mara Lindqvist cut the ribbon. ' +
  'Source: https://news.example.org/eldmoor-library';

/** A small valid pack for unit tests; `over` replaces top-level fields. */
export function fixturePack(over: Partial<Pack> = {}): Pack {
  return {
    format: 1,
    id: 'eldmoor',
    revision: 1,
    title: 'Eldmoor library',
    languages: ['en'],
    licence: 'CC BY 4.0',
    attribution: 'Eldmoor Gazette',
    minExtensionVersion: '0.1.0',
    sources: [
      {
        id: 'gazette',
        publisher: 'Eldmoor Gazette',
        url: 'https://news.example.org/eldmoor-library',
        language: 'en',
        title: 'Library opens',
        date: '2026-03-02',
        translations: [{ id: 'gazette-en', lang: 'en', text: TEXT_EN }],
      },
    ],
    entities: [
      {
        id: 'harbour-library',
        type: 'organisation',
        name: { en: 'Harbour Library' },
        description: { en: 'Public library of Eldmoor' },
        aliases: [{ text: 'Harbour Library', lang: 'en' }],
        facts: [
          {
            text: { en: 'Opened on a Monday.' },
            source: 'gazette',
            translation: 'gazette-en',
            quote: { exact: 'opened on Monday', prefix: 'of Eldmoor ', suffix: '.' },
          },
        ],
        mentions: [{ translation: 'gazette-en', count: 1, firstSentence: 'The Harbour Library…' }],
        related: [{ id: 'mara-lindqvist', count: 1 }],
      },
      {
        id: 'mara-lindqvist',
        type: 'person',
        name: { en: 'Mara Lindqvist' },
        description: { en: 'Mayor of Eldmoor' },
        aliases: [
          { text: 'Mara Lindqvist', lang: 'en' },
          { text: 'To Lam', lang: 'en', external: true },
        ],
        facts: [
          {
            text: { en: 'Cut the ribbon.' },
            source: 'gazette',
            translation: 'gazette-en',
            quote: { exact: 'cut the ribbon', prefix: '', suffix: '' },
          },
        ],
        mentions: [],
        related: [],
      },
    ],
    ...over,
  };
}
