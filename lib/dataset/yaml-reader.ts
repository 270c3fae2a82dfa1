import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem } from './problems';

type Path = readonly (string | number)[];

/**
 * A parsed YAML file that remembers where each value came from, so a problem can be reported with
 * its line number.
 */
export class YamlReader {
  readonly problems: Problem[] = [];
  readonly value: unknown;
  private readonly doc;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    for (const error of this.doc.errors) {
      this.problems.push({ file, line: error.linePos?.[0].line, message: error.message });
    }
    this.value = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  lineOf(path: Path): number | undefined {
    for (let end = path.length; end >= 0; end--) {
      const node = this.doc.getIn(path.slice(0, end), true) as Node | undefined;
      if (node?.range) return this.lines.linePos(node.range[0]).line;
      if (end === 0 && this.doc.contents?.range) {
        return this.lines.linePos(this.doc.contents.range[0]).line;
      }
    }
    return undefined;
  }

  problem(path: Path, message: string, entity?: string): void {
    this.problems.push({ file: this.file, line: this.lineOf(path), entity, message });
  }

  /** Keys present in the mapping at `path` that are not in `allowed`. */
  unknownKeys(path: Path, allowed: readonly string[], entity?: string): void {
    const node = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!allowed.includes(key)) this.problem([...path, key], `unknown field "${key}"`, entity);
    }
  }

  isList(path: Path): boolean {
    return isSeq(this.doc.getIn(path, true));
  }
}
