// Builds public/dataset.json from seeds/catalog and seeds/articles, or fails naming every problem.
// The bundled dataset is the pack `npm run pack -- build seeds` makes, stored in the shape the
// extension reads, so the bundled data and readers' packs pass the same checks.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityPatterns, expandPatterns } from '../lib/dataset/alias-specs';
import { CatalogError } from '../lib/dataset/problems';
import { countDataset } from '../lib/dataset/types';
import { buildPack } from '../lib/pack/build-pack';
import { packToDataset } from '../lib/pack/convert';
import { readPackFolder } from './pack-folder';

const root = join(import.meta.dirname, '..');

const out = join(root, 'public');
const outputs = [join(out, 'dataset.json'), join(out, 'dataset-version.json')];

try {
  const pack = buildPack(readPackFolder(join(root, 'seeds'), root));
  const packText = JSON.stringify(pack);
  const version = createHash('sha256').update(packText).digest('hex').slice(0, 16);
  const dataset = packToDataset(pack, version);
  mkdirSync(out, { recursive: true });
  const { sources: _s, entities: _e, $schema: _x, ...meta } = pack;
  // The header travels along so the options page can list the bundled pack like any other.
  writeFileSync(outputs[0], JSON.stringify({ ...dataset, meta }));
  writeFileSync(outputs[1], JSON.stringify({ version: dataset.version }));
  const counts = countDataset(dataset);
  const patterns = entityPatterns(dataset.entities);
  console.log(
    `dataset ${dataset.version}: ${JSON.stringify(counts)}; as a pack file ${packText.length} bytes`,
  );
  // Patterns are expanded only when a matcher is built: their parts are not in the count above.
  console.log(
    `name patterns: ${patterns.length}, expanding to ${expandPatterns(patterns).length} parts (fronts and backs)`,
  );
} catch (error) {
  // A broken catalogue must not leave a stale dataset behind for the extension build to pick up.
  for (const path of outputs) rmSync(path, { force: true });
  if (!(error instanceof CatalogError)) throw error;
  console.error(`The catalogue has ${error.problems.length} problem(s):\n${error.message}`);
  process.exit(1);
}
