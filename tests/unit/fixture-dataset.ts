import { IDBFactory } from 'fake-indexeddb';
import type { Dataset, Entity } from '@/lib/dataset/types';

/** A small, hand-written dataset for unit tests; `version` and `extra` vary it. */
export function fixtureDataset(version = 'v1', extra: Partial<Entity>[] = []): Dataset {
  const entity = (id: string, en: string, more: Partial<Entity> = {}): Entity => ({
    id,
    type: 'person',
    name: { en, vi: en },
    description: {
      en: `${en} (en)`,
      pl: `${en} (pl)`,
      nl: '',
      fr: '',
      ar: `${en} (ar)`,
      vi: '',
      de: '',
      es: '',
    },
    aliases: [{ text: en, lang: 'en', external: true }],
    facts: [
      {
        text: { en: `${en} did something.`, pl: `${en} coś zrobił.` },
        source: 'paper',
        seed: 'seed-pl',
        quote: 'Ala ma kota',
      },
    ],
    mentions: [{ seed: 'seed-pl', count: 2, firstSentence: 'Ala ma kota.' }],
    related: [],
    ...more,
  });
  return {
    version,
    entities: [
      entity('to-lam', 'To Lam', {
        name: { en: 'To Lam', vi: 'Tô Lâm', ar: 'تو لام' },
        related: [{ id: 'unodc', count: 3 }],
      }),
      entity('unodc', 'UNODC', { type: 'organisation' }),
      ...extra.map((e, i) => entity(`extra-${i}`, `Extra ${i}`, e)),
    ],
    sources: [
      {
        id: 'paper',
        publisher: 'Paper',
        url: 'https://paper.example/article',
        language: 'vi',
        title: 'Title',
        date: '2025-10-25',
        translations: [{ seed: 'seed-pl', lang: 'pl' }],
      },
      {
        id: 'other',
        publisher: 'Other',
        url: 'https://other.example/article',
        language: 'vi',
        title: 'Other title',
        date: '2025-10-13',
        translations: [{ seed: 'seed-nl', lang: 'nl' }],
      },
    ],
    seeds: [
      { id: 'seed-pl', lang: 'pl', source: 'paper', text: 'Ala ma kota. To Lam.' },
      { id: 'seed-nl', lang: 'nl', source: 'other', text: 'Een tekst.' },
    ],
  };
}

/** Gives the next openFactcardDB() an empty database of its own, so tests stay independent. */
export function useFreshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
}
