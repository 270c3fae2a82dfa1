import * as v from 'valibot';
import { buildDataset, type CatalogFiles } from '../dataset/build';
import { CatalogError, type Problem } from '../dataset/problems';
import type { Lang } from '../dataset/types';
import { YamlReader } from '../dataset/yaml-reader';
import { checkPack } from './check';
import { datasetToPack } from './convert';
import { PACK_FORMAT, type Pack, type PackMeta, packHeaderSchema } from './schema';

export interface PackFolderFiles extends Omit<CatalogFiles, 'languages'> {
  /** catalog/pack.yaml: id, revision, title, languages, licence, attribution, minExtensionVersion. */
  meta: { file: string; text: string };
}

const metaSchema = v.omit(packHeaderSchema.options[1], [
  '$schema',
  'format',
  'sources',
  'entities',
]);

/**
 * Builds a pack from a folder laid out like `seeds/`, with every check of the catalogue build, or
 * throws a CatalogError listing each problem as `file:line: entity: reason`. The result is then
 * checked as any imported pack would be: what passes here imports.
 */
export function buildPack(files: PackFolderFiles): Pack {
  const todo = todoProblems([files.meta, files.sources, ...files.entities]);
  if (todo.length) throw new CatalogError(todo);
  const meta = readMeta(files.meta);
  const dataset = buildDataset({ ...files, languages: meta.languages as Lang[] }, () => '');
  const { version: _version, ...content } = dataset;
  const pack = datasetToPack(content, meta);
  const checked = checkPack(pack);
  if (!checked.ok) {
    throw new CatalogError(
      checked.problems.map((p) => ({ file: files.meta.file, message: `${p.path}: ${p.message}` })),
    );
  }
  return checked.pack;
}

/**
 * A drafted catalogue (`npm run pack -- draft`) marks with TODO what only its editor can write;
 * a pack must not ship "TODO: one line" as a description, so every one left is a problem.
 */
function todoProblems(files: readonly { file: string; text: string }[]): Problem[] {
  return files.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        /\bTODO\b/.test(line) && !/^\s*#/.test(line)
          ? [{ file, line: i + 1, message: `still to write: ${line.trim()}` }]
          : [],
      ),
  );
}

function readMeta(file: { file: string; text: string }): PackMeta {
  const reader = new YamlReader(file.file, file.text);
  if (reader.problems.length) throw new CatalogError(reader.problems);
  const result = v.safeParse(metaSchema, reader.value);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((p) => p.key as string | number);
      reader.problem(path, `${path.join('.') || 'pack.yaml'}: ${issue.message}`);
    }
    throw new CatalogError(reader.problems);
  }
  return { format: PACK_FORMAT, ...result.output };
}
