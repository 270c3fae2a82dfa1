import { describe, expect, test } from 'vitest';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { checkPack, checkPackText, checkPackTextInSlices } from './check';
import type { Pack } from './schema';

type Break = (pack: Pack & Record<string, unknown>) => void;
const entity = (pack: Pack, i = 0) =>
  pack.entities[i] as Pack['entities'][number] & Record<string, unknown>;

/** One broken pack per rule: what is broken, how, and the path and words of the problem. */
const BROKEN: [string, Break, string, RegExp][] = [
  ['format', (p) => Object.assign(p, { format: 3 }), '$.format', /must be 1 or 2/],
  [
    'titles in format 1',
    (p) => Object.assign(p, { titles: { fr: 'Bibliothèque' } }),
    '$.titles',
    /unknown field "titles"/,
  ],
  [
    'format 1 date',
    (p) => delete (p.sources[0] as { date?: string }).date,
    '$.sources[0].date',
    /required/,
  ],
  [
    'format 1 fact',
    (p) => Object.assign(entity(p), { facts: [] }),
    '$.entities[0].facts',
    /1 to 4/,
  ],
  ['pack id', (p) => Object.assign(p, { id: 'Eld Moor' }), '$.id', /kebab-case/],
  ['revision', (p) => Object.assign(p, { revision: 0 }), '$.revision', /1/],
  ['language', (p) => Object.assign(p, { languages: ['xx'] }), '$.languages[0]', /one of/],
  ['missing title', (p) => delete (p as Partial<Pack>).title, '$.title', /required/],
  ['unknown field', (p) => Object.assign(p, { extra: 1 }), '$.extra', /unknown field "extra"/],
  [
    'version',
    (p) => Object.assign(p, { minExtensionVersion: 'one' }),
    '$.minExtensionVersion',
    /1\.2\.3/,
  ],
  [
    'non-http URL',
    (p) => Object.assign(p.sources[0], { url: 'javascript:alert(1)' }),
    '$.sources[0].url',
    /http/,
  ],
  [
    'date',
    (p) => Object.assign(p.sources[0], { date: '2 March' }),
    '$.sources[0].date',
    /YYYY-MM-DD/,
  ],
  [
    'empty text',
    (p) => Object.assign(p.sources[0].translations[0], { text: '' }),
    '$.sources[0].translations[0].text',
    /empty/,
  ],
  [
    'entity type',
    (p) => Object.assign(entity(p), { type: 'robot' }),
    '$.entities[0].type',
    /one of/,
  ],
  [
    'English name',
    (p) => Object.assign(entity(p), { name: { fr: 'x' } }),
    '$.entities[0].name.en',
    /required/,
  ],
  ['no alias', (p) => Object.assign(entity(p), { aliases: [] }), '$.entities[0].aliases', /alias/],
  [
    'too many facts',
    (p) => entity(p).facts.push(...Array(4).fill(entity(p).facts[0])),
    '$.entities[0].facts',
    /1 to 4/,
  ],
  [
    'unknown source',
    (p) => Object.assign(entity(p).facts[0], { source: 'nowhere' }),
    '$.entities[0].facts[0].source',
    /unknown source "nowhere"/,
  ],
  [
    'foreign translation',
    (p) => Object.assign(entity(p).facts[0], { translation: 'other' }),
    '$.entities[0].facts[0].translation',
    /not a translation/,
  ],
  [
    'quote not found',
    (p) => Object.assign(entity(p).facts[0].quote, { exact: 'closed on Friday' }),
    '$.entities[0].facts[0].quote.exact',
    /quote not found/,
  ],
  [
    'quote context',
    (p) => Object.assign(entity(p).facts[0].quote, { prefix: 'xyz ' }),
    '$.entities[0].facts[0].quote',
    /prefix and suffix/,
  ],
  [
    'duplicate entity',
    (p) => Object.assign(entity(p, 1), { id: 'harbour-library' }),
    '$.entities[1].id',
    /used twice/,
  ],
  [
    'duplicate source',
    (p) => p.sources.push({ ...p.sources[0], translations: [] }),
    '$.sources[1].translations',
    /translation/,
  ],
  [
    'duplicate translation',
    (p) => p.sources.push({ ...p.sources[0], id: 'copy' }),
    '$.sources[1].translations[0].id',
    /used twice/,
  ],
  [
    'unknown related',
    (p) => Object.assign(entity(p), { related: [{ id: 'nobody', count: 1 }] }),
    '$.entities[0].related[0].id',
    /unknown entity/,
  ],
  [
    'a country that is no ISO code',
    (p) => Object.assign(entity(p), { country: 'Portugal' }),
    '$.entities[0].country',
    /ISO 3166-1 alpha-2/,
  ],
  [
    "a code that is no sovereign state's",
    (p) => Object.assign(entity(p), { type: 'person', country: 'ZZ' }),
    '$.entities[0].country',
    /ZZ is no sovereign state's code/,
  ],
  [
    'a country on what is not a person',
    (p) => Object.assign(entity(p), { type: 'organisation', country: 'PT' }),
    '$.entities[0].country',
    /only a person has a country/,
  ],
  [
    'shared name',
    (p) => entity(p, 1).aliases.push({ text: 'HARBOUR library', lang: 'en' }),
    '$.entities[1].aliases[2].text',
    /also a name of "harbour-library"/,
  ],
];

/** The fixture as a format 2 pack written in French alone, as a reader's story may be. */
function frenchPack(): Pack {
  const pack = structuredClone(fixturePack({ format: 2 }));
  for (const e of pack.entities) {
    e.name = { fr: e.name.en };
    e.description = { fr: `${e.description.en} (fr)` };
    for (const fact of e.facts) fact.text = { fr: fact.text.en };
  }
  return pack;
}

const FORMAT_2_BROKEN: [string, Break, string, RegExp][] = [
  [
    'no name at all',
    (p) => Object.assign(entity(p), { name: {} }),
    '$.entities[0].name',
    /at least one of en, pl/,
  ],
  [
    'no fact text at all',
    (p) => Object.assign(entity(p).facts[0], { text: {} }),
    '$.entities[0].facts[0].text',
    /at least one/,
  ],
  [
    'too many facts',
    (p) => entity(p).facts.push(...Array(4).fill(entity(p).facts[0])),
    '$.entities[0].facts',
    /more than 4 facts/,
  ],
  [
    'unknown language title',
    (p) => Object.assign(p, { titles: { it: 'x' } }),
    '$.titles.it',
    /unknown field/,
  ],
];

describe('format 2', () => {
  test('texts in any language, a title per language, a card with no fact, an undated source', () => {
    const pack = frenchPack();
    pack.titles = { fr: 'La bibliothèque' };
    pack.entities[1].facts = [];
    pack.entities[1].description = {};
    const { date: _date, ...undated } = pack.sources[0];
    pack.sources[0] = { ...undated, author: 'Anne Gazette' };
    const result = checkPack(pack);
    expect(result.ok && result.pack).toMatchObject({
      format: 2,
      titles: { fr: 'La bibliothèque' },
      sources: [{ author: 'Anne Gazette' }],
      entities: [{ name: { fr: 'Harbour Library' } }, { facts: [], description: {} }],
    });
    expect(result.ok && 'date' in result.pack.sources[0]).toBe(false);
  });

  test.each(FORMAT_2_BROKEN)('%s', (_name, breakIt, path, message) => {
    const pack = frenchPack() as Pack & Record<string, unknown>;
    breakIt(pack);
    const result = checkPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

describe('checkPack', () => {
  test('a good pack passes, with defaults filled in', () => {
    const result = checkPack(fixturePack());
    expect(result.ok).toBe(true);
  });

  test.each(BROKEN)('%s', (_name, breakIt, path, message) => {
    const pack = structuredClone(fixturePack()) as Pack & Record<string, unknown>;
    breakIt(pack);
    const result = checkPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  test('lists at most 50 problems', () => {
    const pack = fixturePack();
    const bad = Array.from({ length: 200 }, () => ({ ...pack.entities[0], type: 'robot' }));
    const result = checkPack({ ...pack, entities: bad });
    expect(result.ok || result.problems.length).toBe(50);
  });
});

describe('checkPackText', () => {
  test('malformed JSON says where, by line and column', () => {
    const result = checkPackText('{\n  "format": 1,\n  "id": oops\n}');
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: '$', message: expect.stringMatching(/not valid JSON at line 3, column 9/) },
      ],
    });
  });

  test('cut-off JSON says so', () => {
    const result = checkPackText('{"format": 1, "id": "a"');
    expect(result.ok || result.problems[0].message).toMatch(/not valid JSON at line 1/);
  });

  test('in slices, progress is reported and the result is the same', async () => {
    const pack = fixturePack();
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...pack.entities[1],
      id: `person-${i}`,
      aliases: [{ text: `Person ${i}`, lang: 'en' as const }],
    }));
    const shares: number[] = [];
    const result = await checkPackTextInSlices(
      JSON.stringify({ ...pack, entities: many }),
      (share) => shares.push(share),
      async () => undefined,
    );
    expect(result.ok).toBe(true);
    expect(shares).toEqual([500 / 2400, 1000 / 2400, 0.5 + 500 / 2400, 0.5 + 1000 / 2400]);
  });
});
