import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

// `import type { X } from`, `import { type X, type Y } from` and `export type ... from` bring no
// code into a bundle; any other import or re-export does.
const IMPORT = /^(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)'|^import\s+'([^']+)'/gm;

function isTypeOnly(typeKeyword: string | undefined, names: string): boolean {
  if (typeKeyword) return true;
  const inner = names.match(/^\{([\s\S]*)\}$/)?.[1];
  if (inner === undefined) return false;
  const parts = inner
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => part.startsWith('type '));
}

function resolve(from: string, spec: string): string | undefined {
  const bare = spec.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = join(root, bare.slice(2));
  else if (bare.startsWith('.')) base = join(dirname(from), bare);
  else return undefined; // A package: not the project's own code.
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // A folder: try the next candidate.
      }
    }
  }
  return undefined;
}

/**
 * The project's files a bundle starting at `entry` holds: every file reached through imports that
 * bring code (type-only imports are erased), as paths relative to the project root.
 */
export function bundleFiles(entry: string, aliases: Record<string, string> = {}): Set<string> {
  const seen = new Set<string>();
  const queue = [join(root, entry)];
  while (queue.length) {
    const found = relative(root, queue.pop() as string);
    const name = aliases[found] ?? found;
    const file = join(root, name);
    if (seen.has(name)) continue;
    seen.add(name);
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const [, typeKeyword, names, spec, sideEffect] of source.matchAll(IMPORT)) {
      if (!sideEffect && isTypeOnly(typeKeyword, names.trim())) continue;
      const target = resolve(file, spec ?? sideEffect);
      if (target) queue.push(target);
    }
  }
  return seen;
}
