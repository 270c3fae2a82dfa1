import { act } from 'preact/test-utils';
import type { StorySummary } from '@/lib/builder/types';
import { PACK_FORMAT, type Pack } from '@/lib/pack/schema';

// A small story written for the tests: two articles about a harbour town's new ferry line.

const HARBOUR =
  'The council of Varne approved the ferry line on Monday. Mayor Ilse Brandt said the first boat sails in May.';
const BOATS =
  'Le conseil de Varne a voté la ligne de ferry. La maire Ilse Brandt promet un premier départ en mai.';

/** A story's pack document as the background answers `story`. */
export function testStory(over: Partial<Pack> = {}): Pack {
  return {
    format: PACK_FORMAT,
    id: 'varne-ferry',
    revision: 3,
    title: 'Varne ferry',
    languages: ['en', 'fr'],
    licence: 'Private',
    attribution: 'Collected by the reader',
    minExtensionVersion: '0.1.0',
    sources: [
      {
        id: 'varne-post',
        publisher: 'Varne Post',
        url: 'https://varne.example/ferry',
        language: 'en',
        title: 'Council backs ferry line',
        date: '2026-11-02',
        translations: [{ id: 'varne-post', lang: 'en', text: HARBOUR }],
      },
      {
        id: 'quai-info',
        publisher: 'Quai Info',
        url: 'https://quai.example/ferry',
        language: 'fr',
        title: 'Le ferry de Varne voté',
        author: 'Claire Rivet',
        translations: [{ id: 'quai-info', lang: 'fr', text: BOATS }],
      },
    ] as Pack['sources'],
    entities: [
      {
        id: 'ilse-brandt',
        type: 'person',
        name: { en: 'Ilse Brandt', fr: 'Ilse Brandt' },
        description: { en: 'Mayor of Varne', fr: 'Maire de Varne' },
        aliases: [
          { text: 'Ilse Brandt', lang: 'en' },
          { text: 'Mayor Brandt', lang: 'en' },
          { text: 'Ilse Brandt', lang: 'fr' },
        ],
        facts: [
          {
            text: {
              en: 'Says the first boat sails in May.',
              fr: 'Annonce un premier départ en mai.',
            },
            source: 'varne-post',
            translation: 'varne-post',
            quote: { exact: 'the first boat sails in May', prefix: 'Brandt said ', suffix: '.' },
          },
        ],
        mentions: [],
        related: [],
      },
      {
        id: 'varne-council',
        type: 'organisation',
        name: { en: 'Council of Varne' },
        description: { en: 'The town council' },
        aliases: [{ text: 'council of Varne', lang: 'en' }],
        facts: [
          {
            text: { en: 'Approved the ferry line.' },
            source: 'gone-source',
            translation: 'gone-source',
            quote: { exact: 'approved the ferry line', prefix: 'Varne ', suffix: ' on Monday' },
          },
        ],
        mentions: [],
        related: [],
      },
    ],
    ...over,
  };
}

export const summary = (over: Partial<StorySummary> = {}): StorySummary => ({
  id: 'varne-ferry',
  title: 'Varne ferry',
  articles: 2,
  entities: 2,
  names: 4,
  facts: 2,
  updatedAt: Date.UTC(2026, 10, 3),
  canUndo: false,
  ...over,
});

/** The button whose accessible name (its aria-label, else its text) is `name`. */
export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

/** Types into a field, or picks an option, as a reader would. */
export function fill(
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  act(() => {
    field.value = value;
    field.dispatchEvent(
      new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }),
    );
  });
}

/** The field a <label> names. */
export function field<T extends HTMLElement>(root: HTMLElement, label: string): T {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const target = found?.htmlFor ? root.querySelector<T>(`[id="${found.htmlFor}"]`) : null;
  if (!target) throw new Error(`No field labelled "${label}"`);
  return target;
}
