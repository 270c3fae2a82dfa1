import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPackFolder } from '@/scripts/pack-folder';
import { CatalogError } from '../dataset/problems';
import { buildPack } from './build-pack';
import { checkPack } from './check';
import { packJsonSchema } from './json-schema';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'eldmoor-library');

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('buildPack', () => {
  test('builds the example pack, which passes the import check', () => {
    const pack = buildPack(readPackFolder(example, root));
    expect(pack).toMatchObject({ id: 'eldmoor-library', revision: 1, languages: ['en', 'fr'] });
    expect(pack.entities.map((e) => e.id)).toEqual([
      'eldmoor',
      'eldmoor-book-festival',
      'harbour-library',
      'mara-lindqvist',
    ]);
    expect(checkPack(JSON.parse(JSON.stringify(pack))).ok).toBe(true);
    const library = pack.entities.find((e) => e.id === 'harbour-library');
    expect(library?.facts[0].quote).toEqual({
      exact: 'The Harbour Library opened on Monday in the old customs house on the quay of Eldmoor',
      prefix: ' Eldmoor ELDMOOR, 2 March 2026. ',
      suffix: ', after three years of building ',
    });
  });

  // The whole catalogue is read, checked and matched against the seeds, name patterns expanded:
  // on a machine shared with other builds that takes more than the default 5 s.
  test('builds the bundled pack from seeds/', { timeout: 30_000 }, () => {
    const pack = buildPack(readPackFolder(join(root, 'seeds'), root));
    expect(pack.id).toBe('hanoi-convention');
    expect(pack.entities.length).toBeGreaterThan(30);
    expect(pack.entities.find((e) => e.id === 'hanoi-convention')?.patterns).toHaveLength(2);
  });

  test('a broken header is reported as file:line', () => {
    const files = readPackFolder(example, root);
    const meta = { ...files.meta, text: files.meta.text.replace('revision: 1', 'revision: first') };
    expect(problemsOf(() => buildPack({ ...files, meta }))).toEqual([
      expect.stringMatching(/^examples\/eldmoor-library\/catalog\/pack\.yaml:4: revision: /),
    ]);
  });

  test('catalogue problems are reported as file:line: entity: reason', () => {
    const files = readPackFolder(example, root);
    const entities = files.entities.map((f) =>
      f.file.endsWith('eldmoor.yaml')
        ? { ...f, text: f.text.replace('the town will fund', 'the city will pay for') }
        : f,
    );
    expect(problemsOf(() => buildPack({ ...files, entities }))).toEqual([
      expect.stringMatching(
        /^examples\/eldmoor-library\/catalog\/entities\/eldmoor\.yaml:\d+: eldmoor: quote does not occur in seed coastal-courier-en/,
      ),
    ]);
  });

  test('a description is needed in every language of the pack', () => {
    const files = readPackFolder(example, root);
    const entities = files.entities.map((f) =>
      f.file.endsWith('mara-lindqvist.yaml')
        ? { ...f, text: f.text.replace("  fr: Maire d'Eldmoor\n", '') }
        : f,
    );
    expect(problemsOf(() => buildPack({ ...files, entities }))).toEqual([
      expect.stringMatching(/mara-lindqvist\.yaml:6: mara-lindqvist: missing language "fr"/),
    ]);
  });
});

test('docs/factpack.schema.json is up to date (npm run pack-schema writes it)', () => {
  const published = JSON.parse(readFileSync(join(root, 'docs', 'factpack.schema.json'), 'utf8'));
  expect(published).toEqual(JSON.parse(JSON.stringify(packJsonSchema())));
});
