import { describe, expect, test } from 'vitest';
import { compileMatcher } from './matcher';
import { aliasesWithKeys, buildPrefilter, type Prefilter } from './prefilter';
import { createProbe, probeText } from './prefilter-probe';
import { syntheticAliases, syntheticParagraphs } from './synthetic';
import type { AliasSpec } from './types';

const spec = (text: string, lang = 'en', generic = false): AliasSpec => ({
  text,
  entityId: text,
  lang,
  generic,
});

/** Whether a text fed in these pieces (text nodes) holds a key, checked exactly as the background does. */
function hits(filter: Prefilter, pieces: string[]): boolean {
  let hit = false;
  const probe = createProbe(filter, (hash) => {
    if (filter.worth.has(hash)) hit = true;
  });
  for (const piece of pieces) probe.feed(piece);
  probe.end();
  return hit;
}

describe('the prefilter', () => {
  const filter = buildPrefilter([
    spec('To Lam'),
    spec('Ghada Waly'),
    spec('UN'),
    spec('Konwencja z Hanoi', 'pl'),
    spec('اتفاقية هانوي', 'ar'),
    spec('Ministry of Finance', 'en', true),
  ]);

  test.each([
    ['folded forms', ['Tô Lâm spoke']],
    ['a name split by inline elements', ['Mr To ', 'Lam', ' said']],
    ['a first letter in an element of its own', ['G', 'hada Waly']],
    ['blocks joined without space (a node start is a word start)', ['The end.', 'Ghada Waly']],
    ['white space split over two nodes', ['To ', ' Lam']],
    ['an acronym in capitals', ['the UN said']],
    ['a headline in capitals', ['GHADA WALY SPEAKS']],
    ['a Polish inflected inner word', ['Konwencji z Hanoi']],
    ['an Arabic proclitic', ['واتفاقية هانوي']],
  ])('finds %s', (_, pieces) => {
    expect(hits(filter, pieces)).toBe(true);
  });

  test.each([
    ['ordinary text', ['Under the sun the ministers met in Paris.']],
    ['an acronym written in lower case', ['under un tunnel']],
    ['a generic name alone', ['the Ministry of Finance said']],
  ])('does not find %s', (_, pieces) => {
    expect(hits(filter, pieces)).toBe(false);
  });

  test('finds every paragraph the matcher finds a mention in', () => {
    const specs = syntheticAliases(2000, 5);
    const matcher = compileMatcher(specs);
    const exact = buildPrefilter(specs);
    const paragraphs = syntheticParagraphs(200_000, specs, 9);
    let withMentions = 0;
    for (const paragraph of paragraphs) {
      if (matcher.find(paragraph).length === 0) continue;
      withMentions++;
      expect(hits(exact, [paragraph])).toBe(true);
    }
    expect(withMentions).toBeGreaterThan(50);
  });

  test('a matcher of the aliases whose keys a text holds finds what the full matcher finds', () => {
    const specs = syntheticAliases(2000, 5);
    const full = compileMatcher(specs);
    const filter = buildPrefilter(specs);
    const paragraphs = syntheticParagraphs(100_000, specs, 11);
    const keys = new Set<number>();
    const probe = createProbe(filter, (hash) => {
      if (filter.exact.has(hash)) keys.add(hash);
    });
    for (const paragraph of paragraphs) probeText(probe, paragraph);
    const picked = aliasesWithKeys(filter, keys);
    expect(picked.length).toBeGreaterThan(20);
    expect(picked.length).toBeLessThan(specs.length / 2);
    const subset = compileMatcher(picked.map((i) => specs[i]));
    for (const paragraph of paragraphs) {
      // `alias` indexes the list compiled: the subset's list maps back to the full one.
      const found = subset.find(paragraph).map((m) => ({ ...m, alias: picked[m.alias] }));
      expect(found).toEqual(full.find(paragraph));
    }
  });

  test('stays small: 16 KB for a small pack, at most 256 KB', () => {
    expect(filter.bits.byteLength).toBeLessThanOrEqual(16_384);
    expect(buildPrefilter(syntheticAliases(100_000, 3)).bits.byteLength).toBeLessThanOrEqual(
      262_144,
    );
  });
});

test('for pages that get the whole matcher, only keys worth scanning for are in the bits', () => {
  const specs: AliasSpec[] = [
    spec('Ghada Waly'),
    { text: 'Waly', entityId: 'Ghada Waly', lang: 'en', short: true },
    spec('Vietnam', 'en', true),
  ];
  const all = buildPrefilter(specs);
  const worthOnly = buildPrefilter(specs, { worthOnly: true });
  // Any hit at all, worth it or not: what makes a page ask.
  const anyHit = (filter: Prefilter, text: string) => {
    let hit = false;
    probeText(
      createProbe(filter, () => {
        hit = true;
      }),
      text,
    );
    return hit;
  };
  const quiet = 'Waly wrote from Vietnam.';
  expect(anyHit(all, quiet)).toBe(true);
  expect(anyHit(worthOnly, quiet)).toBe(false);
  expect(hits(worthOnly, ['Ghada Waly wrote from Vietnam.'])).toBe(true);
  // The background still knows every key, for the matcher's subsets and its checks.
  expect(worthOnly.exact).toEqual(all.exact);
});
