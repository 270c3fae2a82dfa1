import { jsonErrorOffset } from './json-position';

/** A problem in a pack file, located by a JSON path such as `$.entities[3].facts[0].quote`. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PackPath = readonly (string | number)[];

export function jsonPath(path: PackPath): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${out}.${key}`
          : `${out}[${JSON.stringify(key)}]`,
    '$',
  );
}

export function formatPackProblem({ path, message }: PackProblem): string {
  return `${path}: ${message}`;
}

/**
 * Parses JSON, or says where it breaks as "line L, column C". V8 reports a character position
 * (newer versions add the line), Firefox a line and column; both are turned into the same words.
 */
export function parseJson(
  input: string,
): { ok: true; value: unknown } | { ok: false; problem: PackProblem } {
  // Some editors begin a UTF-8 file with a byte-order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (lineColumn) where = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
    else if (position) where = lineAndColumn(text, Number(position[1]));
    else where = lineAndColumn(text, jsonErrorOffset(text));
    const reason = message
      .replace(/^JSON\.parse: /, '')
      .replace(/,? ?\(?(at )?line \d+ column \d+( of the JSON data)?\)?/, '')
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .trim();
    return {
      ok: false,
      problem: { path: '$', message: `not valid JSON${where ? ` at ${where}` : ''}: ${reason}` },
    };
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}
