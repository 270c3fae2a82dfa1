// Builds public/dataset.json from seeds/catalog and seeds/articles, or fails naming every problem.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset } from '../lib/dataset/build';
import { CatalogError } from '../lib/dataset/problems';
import { countDataset } from '../lib/dataset/types';

const root = join(import.meta.dirname, '..');
const read = (path: string) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
const list = (dir: string, ext: RegExp) =>
  readdirSync(join(root, dir))
    .filter((name) => ext.test(name))
    .sort()
    .map((name) => join(root, dir, name));

const out = join(root, 'public');
const outputs = [join(out, 'dataset.json'), join(out, 'dataset-version.json')];

try {
  const dataset = buildDataset(
    {
      sources: read(join(root, 'seeds/catalog/sources.yaml')),
      entities: list('seeds/catalog/entities', /\.ya?ml$/).map(read),
      seeds: list('seeds/articles', /\.txt$/).map((path) => ({
        id: path.replace(/^.*\//, '').replace(/\.txt$/, ''),
        text: readFileSync(path, 'utf8'),
      })),
    },
    (content) => createHash('sha256').update(content).digest('hex').slice(0, 16),
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(outputs[0], JSON.stringify(dataset));
  writeFileSync(outputs[1], JSON.stringify({ version: dataset.version }));
  const counts = countDataset(dataset);
  console.log(`dataset ${dataset.version}: ${JSON.stringify(counts)}`);
} catch (error) {
  // A broken catalogue must not leave a stale dataset behind for the extension build to pick up.
  for (const path of outputs) rmSync(path, { force: true });
  if (!(error instanceof CatalogError)) throw error;
  console.error(`The catalogue has ${error.problems.length} problem(s):\n${error.message}`);
  process.exit(1);
}
