import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CatalogError } from '../dataset/problems';
import { buildPack } from '../pack/build-pack';
import { draftCatalogue } from './draft';
import { draftSources } from './draft-sources';
import { draftFiles } from './draft-yaml';

// Two translations of one short article, written for this test.
const ARTICLES = [
  {
    id: 'gazette-en',
    text: 'On Monday, Mayor Anna Berg opened the Harbour Museum of Eldmoor with the Friends of the Harbour (FOH).\nThe Friends of the Harbour raised the money, and Anna Berg thanked them.\nSource: https://gazette.example.org/museum',
  },
  {
    id: 'gazette-fr',
    text: "Lundi, la maire Anna Berg a ouvert le musée du port d'Eldmoor avec les Amis du Port.\nLes Amis du Port ont réuni l'argent, et Anna Berg les a remerciés.\nSource : https://gazette.example.org/museum",
  },
];

const draft = draftCatalogue(ARTICLES, { id: 'eldmoor-museum', minExtensionVersion: '0.1.0' });
const files = draftFiles(draft);

describe('draftCatalogue', () => {
  test('one source per URL on the source lines, with each translation and its language', () => {
    expect(draft.sources).toEqual([
      {
        id: 'gazette',
        url: 'https://gazette.example.org/museum',
        translations: [
          { seed: 'gazette-en', lang: 'en' },
          { seed: 'gazette-fr', lang: 'fr' },
        ],
      },
    ]);
    expect(draft.languages).toEqual(['en', 'fr']);
  });

  test('reads the source line in each language', () => {
    const lines = [
      'Quelle: https://a.example/1',
      'Fuente: https://b.example/2',
      'Nguồn: https://c.example/3',
    ];
    const sources = draftSources(
      lines.map((line, i) => ({ id: `a${i}`, text: `Text.\n${line}` })),
      ['de', 'es', 'vi'],
    );
    expect(sources.map((s) => s.url)).toEqual(lines.map((l) => l.replace(/^.*: /, '')));
  });

  test('a name shared by the translations is one entity, with a quote from each', () => {
    const berg = draft.entities.find((e) => e.names.en === 'Anna Berg');
    expect(berg).toMatchObject({ type: 'person', names: { en: 'Anna Berg', fr: 'Anna Berg' } });
    expect(berg?.facts.map((f) => f.seed)).toEqual(['gazette-en', 'gazette-fr']);
    for (const fact of berg?.facts ?? []) {
      expect(ARTICLES.find((a) => a.id === fact.seed)?.text).toContain(fact.quote);
    }
  });

  test('an acronym defined in brackets is an alias of its name', () => {
    const friends = draft.entities.find((e) => e.aliases.en?.includes('FOH'));
    expect(friends?.aliases.en).toContain('Friends of the Harbour');
  });
});

describe('draftFiles', () => {
  test('writes the header, the sources and one file per entity, as YAML', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'catalog/pack.yaml',
        'catalog/sources.yaml',
        'catalog/entities/anna-berg.yaml',
      ]),
    );
    const berg = parse(files.get('catalog/entities/anna-berg.yaml')!);
    expect(berg).toMatchObject({ id: 'anna-berg', type: 'person', aliases: { en: ['Anna Berg'] } });
    expect(berg.description.fr).toMatch(/^TODO/);
  });

  test('the build refuses the draft until every TODO is written', () => {
    const build = () => buildPack(folderFiles(files));
    expect(build).toThrow(CatalogError);
    expect(build).toThrow(/catalog\/pack\.yaml:\d+: still to write: title/);
  });

  test('once written (and entities with one quote left out), the build accepts it', () => {
    let n = 0;
    const written = new Map<string, string>();
    for (const [path, text] of files) {
      if (path.startsWith('catalog/entities/') && (text.match(/quote:/g) ?? []).length < 2)
        continue;
      written.set(
        path,
        text
          .replace('"TODO: YYYY-MM-DD"', '"2026-03-02"')
          .replace('"TODO: language of the original article"', 'en')
          .replace(/"TODO[^"]*"/g, () => `"Written ${++n}"`),
      );
    }
    const pack = buildPack(folderFiles(written));
    expect(pack.entities.map((e) => e.id)).toContain('anna-berg');
  });
});

function folderFiles(catalogue: Map<string, string>) {
  const file = (path: string) => ({ file: path, text: catalogue.get(path)! });
  return {
    meta: file('catalog/pack.yaml'),
    sources: file('catalog/sources.yaml'),
    entities: [...catalogue.keys()].filter((p) => p.includes('/entities/')).map(file),
    seeds: ARTICLES,
  };
}
