// npm run pack -- build <folder> [--out <file>] | check <file> | draft <folder> [--out <folder>] [--force] [--known <pack>]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CatalogError } from '../lib/dataset/problems';
import { buildPack } from '../lib/pack/build-pack';
import { checkPackText } from '../lib/pack/check';
import { packCounts } from '../lib/pack/counts';
import { formatPackProblem } from '../lib/pack/json-text';
import { runDraft } from './pack-draft';
import { readPackFolder } from './pack-folder';

const [command, target, ...rest] = process.argv.slice(2);
const usage =
  'usage: npm run pack -- build <folder> [--out <file>] | check <file> | draft <folder> [--out <folder>] [--force] [--known <pack file>]';
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!target) fail(usage);
if (command === 'build') {
  const outAt = rest.indexOf('--out');
  const folder = resolve(target);
  if (!existsSync(folder)) fail(`no such folder: ${target}`);
  try {
    const pack = buildPack(readPackFolder(folder));
    const out =
      outAt >= 0 && rest[outAt + 1] ? rest[outAt + 1] : `${basename(folder)}.factpack.json`;
    const text = JSON.stringify(pack);
    writeFileSync(out, text);
    console.log(
      `${out}: ${pack.id} r${pack.revision}, ${JSON.stringify(packCounts(pack))}, ${text.length} bytes`,
    );
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    fail(`The pack has ${error.problems.length} problem(s):\n${error.message}`);
  }
} else if (command === 'check') {
  if (!existsSync(target)) fail(`no such file: ${target}`);
  const result = checkPackText(readFileSync(target, 'utf8'));
  if (!result.ok) fail(result.problems.map(formatPackProblem).join('\n'));
  console.log(
    `${target}: ${result.pack.id} r${result.pack.revision} is a valid pack, ${JSON.stringify(packCounts(result.pack))}`,
  );
} else if (command === 'draft') {
  try {
    const lines = runDraft({
      folder: target,
      out: option('--out'),
      force: rest.includes('--force'),
      known: option('--known'),
    });
    console.log(lines.join('\n'));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
} else {
  fail(usage);
}
