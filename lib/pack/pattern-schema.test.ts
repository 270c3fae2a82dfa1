import * as v from 'valibot';
import { expect, test } from 'vitest';
import { patternSchema } from './pattern-schema';

test('a pack’s pattern names known vocabularies and lists its subject (and modifier) per language', () => {
  const ok = { head: 'treaty', body: 'un', link: ['against', 'on'], subject: { en: ['piracy'] } };
  expect(v.safeParse(patternSchema, ok).success).toBe(true);
  expect(v.safeParse(patternSchema, { ...ok, modifier: { en: ['piracy'] } }).success).toBe(true);
  for (const bad of [
    { ...ok, head: 'statute' },
    { ...ok, link: [] },
    { ...ok, subject: { xx: ['piracy'] } },
    { ...ok, subject: { en: [''] } },
    { ...ok, extra: true },
    { ...ok, modifier: { xx: ['piracy'] } },
    { ...ok, modifier: ['piracy'] },
  ]) {
    expect(v.safeParse(patternSchema, bad).success, JSON.stringify(bad)).toBe(false);
  }
});
