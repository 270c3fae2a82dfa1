/** One reason the catalogue cannot be built, pointing at the file, line and entity concerned. */
export interface Problem {
  file: string;
  line?: number;
  entity?: string;
  message: string;
}

export function formatProblem({ file, line, entity, message }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return entity ? `${where}: ${entity}: ${message}` : `${where}: ${message}`;
}

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CatalogError';
  }
}
