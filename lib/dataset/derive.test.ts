import { expect, test } from 'vitest';
import { derive, sentences } from './derive';

const specs = [
  { text: 'To Lam', entityId: 'to-lam', lang: 'en' },
  { text: 'Ministry of Finance', entityId: 'mof', lang: 'en', generic: true },
];

test('a generic name counts only in a paragraph that names something specific too', () => {
  const text = [
    'The Ministry of Finance published its figures.',
    'To Lam met the Ministry of Finance. To Lam spoke.',
  ].join('\n');
  const derived = derive(specs, [{ id: 'seed', lang: 'en', source: 'paper', text }]);
  expect(derived.get('mof')?.mentions).toEqual([
    { seed: 'seed', count: 1, firstSentence: 'To Lam met the Ministry of Finance.' },
  ]);
  expect(derived.get('to-lam')?.mentions[0].count).toBe(2);
  expect(derived.get('to-lam')?.related).toEqual([{ id: 'mof', count: 1 }]);
});

test('sentences end at a line break or at . ! ? ؟ before a space', () => {
  const text = 'One. Two!\nThree؟ Four';
  expect(sentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
    'One.',
    'Two!',
    'Three؟',
    'Four',
  ]);
});
