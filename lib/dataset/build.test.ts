import { describe, expect, test } from 'vitest';
import { buildDataset, type CatalogFiles } from './build';
import { CatalogError } from './problems';

const SEED_PL = `Sekretarz Generalny To Lam przyjął delegacje. UNODC i To Lam rozmawiali w Hanoi.
Ghada Waly z UNODC pochwaliła To Lama.
Źródło: https://paper.example/article-1`;
const SEED_NL = `Secretaris-generaal Lam ontving de delegaties.
Bron: https://paper.example/article-1`;

const SOURCES = `- id: paper
  publisher: Paper
  url: https://paper.example/article-1
  language: vi
  title: "Tiêu đề"
  date: "2025-10-25"
  translations:
    - seed: seed-pl
      lang: pl
    - seed: seed-nl
      lang: nl
`;

const descriptions = (what: string) =>
  ['en', 'pl', 'nl', 'fr', 'ar', 'vi', 'de', 'es'].map((l) => `  ${l}: ${what} ${l}`).join('\n');

function entity(id: string, aliases: string, extra = ''): string {
  return `id: ${id}
type: person
name:
  en: ${id}
  vi: ${id}
description:
${descriptions(id)}
aliases:
${aliases}
facts:
  - text:
      en: Received delegations.
    source: paper
    seed: seed-pl
    quote: "przyjął delegacje"
  - text:
      en: Talked in Hanoi.
    source: paper
    seed: seed-pl
    quote: "rozmawiali   w Hanoi"
${extra}`;
}

const TO_LAM = entity('to-lam', '  pl: [To Lam, To Lama]\n  nl: [secretaris-generaal Lam]');
const UNODC = entity('unodc', '  pl: [UNODC]');

function files(entities: Record<string, string>, sources = SOURCES): CatalogFiles {
  return {
    sources: { file: 'seeds/catalog/sources.yaml', text: sources },
    entities: Object.entries(entities).map(([name, text]) => ({
      file: `seeds/catalog/entities/${name}.yaml`,
      text,
    })),
    seeds: [
      { id: 'seed-pl', text: SEED_PL },
      { id: 'seed-nl', text: SEED_NL },
    ],
  };
}

const hash = (content: string) => `h${content.length}`;

function problems(input: CatalogFiles): string[] {
  try {
    buildDataset(input, hash);
  } catch (error) {
    if (error instanceof CatalogError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the build did not fail');
}

describe('buildDataset', () => {
  test('builds a valid catalogue, deterministically', () => {
    const input = files({ 'to-lam': TO_LAM, unodc: UNODC });
    const dataset = buildDataset(input, hash);
    expect(dataset.entities.map((e) => e.id)).toEqual(['to-lam', 'unodc']);
    expect(buildDataset(input, hash)).toEqual(dataset);
  });

  test('derives mentions per seed, first sentences and co-mentions', () => {
    const dataset = buildDataset(files({ 'to-lam': TO_LAM, unodc: UNODC }), hash);
    const toLam = dataset.entities.find((e) => e.id === 'to-lam')!;
    expect(toLam.mentions).toEqual([
      {
        seed: 'seed-nl',
        count: 1,
        firstSentence: 'Secretaris-generaal Lam ontving de delegaties.',
      },
      { seed: 'seed-pl', count: 3, firstSentence: 'Sekretarz Generalny To Lam przyjął delegacje.' },
    ]);
    expect(toLam.related).toEqual([{ id: 'unodc', count: 2 }]);
  });

  test.each([
    [
      'a quote not in its seed',
      { 'to-lam': TO_LAM.replace('przyjął delegacje', 'przyjął gości') },
      /to-lam.yaml:\d+: to-lam: quote does not occur in seed seed-pl/,
    ],
    [
      "a quote from the seed's source line",
      { 'to-lam': TO_LAM.replace('rozmawiali   w Hanoi', 'paper.example/article-1') },
      /to-lam.yaml:\d+: to-lam: quote lies in or after the source line of seed seed-pl/,
    ],
    [
      'a quote running from the article into the source line',
      { 'to-lam': TO_LAM.replace('rozmawiali   w Hanoi', 'pochwaliła To Lama. Źródło') },
      /to-lam.yaml:\d+: to-lam: quote lies in or after the source line of seed seed-pl/,
    ],
    [
      'an internal alias found in no seed',
      { 'to-lam': TO_LAM.replace('To Lama]', 'To Lamowi]') },
      /to-lam.yaml:\d+: to-lam: alias "To Lamowi" does not occur in any pl seed/,
    ],
    [
      'an alias shared with another entity',
      { 'to-lam': TO_LAM, unodc: entity('unodc', '  pl: [UNODC, To Lam]') },
      /unodc.yaml:\d+: unodc: alias "To Lam" is also claimed by to-lam/,
    ],
    [
      'a missing language',
      { 'to-lam': TO_LAM.replace('  ar: to-lam ar\n', '') },
      /to-lam.yaml:\d+: to-lam: missing language "ar"/,
    ],
    [
      'a missing field',
      { 'to-lam': TO_LAM.replace(/^type: person\n/m, '') },
      /to-lam.yaml:\d+: to-lam: type must be one of/,
    ],
    [
      'an id that is not the file name',
      { 'to-lam': TO_LAM, copy: TO_LAM },
      /copy.yaml:1: to-lam: id must equal the file name "copy"/,
    ],
    [
      'an unknown source',
      { 'to-lam': TO_LAM.replace('source: paper', 'source: tabloid') },
      /to-lam: unknown source "tabloid"/,
    ],
    [
      'a country that is no ISO code',
      { 'to-lam': TO_LAM.replace(/^type: person\n/m, 'type: person\ncountry: Vietnam\n') },
      /to-lam.yaml:\d+: to-lam: country must be an ISO 3166-1 alpha-2 code/,
    ],
    [
      'a country no state has',
      { 'to-lam': TO_LAM.replace(/^type: person\n/m, 'type: person\ncountry: UK\n') },
      /to-lam.yaml:\d+: to-lam: country UK is no sovereign state's code/,
    ],
    [
      'a country on what is not a person',
      { unodc: UNODC.replace(/^type: person\n/m, 'type: organisation\ncountry: AT\n') },
      /unodc.yaml:\d+: unodc: only a person has a country/,
    ],
    ['malformed YAML', { 'to-lam': `${TO_LAM}\n  - : [` }, /to-lam.yaml:\d+:/],
  ])('fails on %s, naming file, line and entity', (_what, entities, reason) => {
    expect(problems(files(entities))).toEqual(
      expect.arrayContaining([expect.stringMatching(reason)]),
    );
  });

  test('a credit line that names no URL is part of the article', () => {
    const input = files({ 'to-lam': TO_LAM.replace('rozmawiali   w Hanoi', 'Ghada Waly z UNODC') });
    input.seeds[0].text = SEED_PL.replace('\nGhada', '\nŹródło: PAP\nGhada');
    expect(() => buildDataset(input, hash)).not.toThrow();
  });

  test('a generic alias is checked against the seeds alone and kept marked', () => {
    const unodc = entity('unodc', '  pl: [UNODC, { text: Hanoi, generic: true }]');
    const dataset = buildDataset(files({ 'to-lam': TO_LAM, unodc }), hash);
    const aliases = dataset.entities.find((e) => e.id === 'unodc')?.aliases;
    expect(aliases).toEqual([
      { text: 'UNODC', lang: 'pl', external: false },
      { text: 'Hanoi', lang: 'pl', external: false, generic: true },
      // The display names (here the id) are aliases too.
      { text: 'unodc', lang: 'en', external: true },
      { text: 'unodc', lang: 'vi', external: true },
    ]);
  });

  test('a display name already listed as an alias in its language is not added again', () => {
    const waly = entity('waly', '  pl: [Ghada Waly]').replace('en: waly', 'en: Ghada Waly');
    const aliases = buildDataset(files({ 'to-lam': TO_LAM, waly }), hash).entities.find(
      (e) => e.id === 'waly',
    )?.aliases;
    expect(aliases?.map((a) => `${a.lang}:${a.text}`)).toEqual([
      'pl:Ghada Waly',
      'en:Ghada Waly',
      'vi:waly',
    ]);
  });

  test('short forms and excluded names are kept marked; excluded names may be shared', () => {
    const exclude = 'exclude:\n  en: [Hanoi University]\n';
    const waly = entity('waly', '  pl: [Ghada Waly, { text: Waly, short: true }]', exclude);
    const hanoi = entity('hanoi', '  pl: [Hanoi]', exclude);
    const dataset = buildDataset(files({ 'to-lam': TO_LAM, waly, hanoi }), hash);
    const aliases = dataset.entities.find((e) => e.id === 'waly')?.aliases;
    expect(aliases).toEqual(
      expect.arrayContaining([
        { text: 'Waly', lang: 'pl', external: false, short: true },
        { text: 'Hanoi University', lang: 'en', external: true, exclude: true },
      ]),
    );
  });

  test("a person's country is kept", () => {
    const withCountry = TO_LAM.replace(/^type: person\n/m, 'type: person\ncountry: VN\n');
    const dataset = buildDataset(files({ 'to-lam': withCountry }), hash);
    expect(dataset.entities[0].country).toBe('VN');
  });

  test('an unknown alias field fails', () => {
    const unodc = entity('unodc', '  pl: [UNODC, { text: Hanoi, vague: true }]');
    expect(problems(files({ 'to-lam': TO_LAM, unodc }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/unodc.yaml:\d+: unodc: .*vague/)]),
    );
  });

  test('a shared alias is allowed when one entity prefers it', () => {
    const unodc = entity('unodc', '  pl: [UNODC, { text: To Lam, prefer: true }]');
    const dataset = buildDataset(files({ 'to-lam': TO_LAM, unodc }), hash);
    const owners = dataset.entities.filter((e) => e.aliases.some((a) => a.text === 'To Lam'));
    expect(owners.map((e) => e.id)).toEqual(['unodc']);
  });

  test.each([
    [
      'a URL that is not https',
      SOURCES.replaceAll('https://paper.example/article-1', 'http://paper.example/article-1'),
      /sources.yaml:\d+: paper: source URL must be https/,
    ],
    [
      'a URL on no seed source line',
      SOURCES.replace('url: https://paper.example/article-1', 'url: https://paper.example/other'),
      /paper: URL is not on the source line of seed seed-pl/,
    ],
    [
      'a seed that belongs to no source',
      SOURCES.replace('    - seed: seed-nl\n      lang: nl\n', ''),
      /seed seed-nl.txt belongs to no source/,
    ],
  ])('fails on %s in the sources', (_what, sources, reason) => {
    const input = files({ 'to-lam': TO_LAM }, sources);
    expect(problems(input)).toEqual(expect.arrayContaining([expect.stringMatching(reason)]));
  });
});
