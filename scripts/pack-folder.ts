import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PackFolderFiles } from '../lib/pack/build-pack';

/**
 * Reads a folder laid out like `seeds/`: `articles/*.txt`, `catalog/pack.yaml`,
 * `catalog/sources.yaml` and `catalog/entities/*.yaml`. File names are given relative to `base`,
 * as problems name them.
 */
export function readPackFolder(folder: string, base = process.cwd()): PackFolderFiles {
  const read = (path: string) => ({ file: relative(base, path), text: readFileSync(path, 'utf8') });
  const list = (dir: string, ext: RegExp) =>
    readdirSync(join(folder, dir))
      .filter((name) => ext.test(name))
      .sort()
      .map((name) => join(folder, dir, name));
  return {
    meta: read(join(folder, 'catalog/pack.yaml')),
    sources: read(join(folder, 'catalog/sources.yaml')),
    entities: list('catalog/entities', /\.ya?ml$/).map(read),
    seeds: list('articles', /\.txt$/).map((path) => ({
      id: path.replace(/^.*\//, '').replace(/\.txt$/, ''),
      text: readFileSync(path, 'utf8'),
    })),
  };
}
