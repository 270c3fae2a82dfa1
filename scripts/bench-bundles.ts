// The three scripts that run in pages, in bytes and gzipped: content.js on every page, detector.js
// where the prefilter finds something, cards.js with the first card. Run by `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../tests/e2e/helpers/build';

const SCRIPTS = {
  'content.js': 'content-scripts/content.js',
  'detector.js': 'detector.js',
  'cards.js': 'cards.js',
};

export interface BundleSize {
  script: string;
  bytes: number;
  gzip: number;
}

export function bundleSizes(build = CHROME_BUILD): BundleSize[] {
  return Object.entries(SCRIPTS).map(([script, path]) => {
    const file = join(build, path);
    const code = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { script, bytes: code.length, gzip: gzipSync(code).length };
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** One line per script, beside the same script of a `compare` build when given. */
export function formatBundles(compare?: string): string[] {
  const ours = bundleSizes();
  const other = compare ? bundleSizes(compare) : undefined;
  return ours.map((size, i) => {
    const line = `${size.script}: ${size.bytes} B (${kib(size.bytes)}, ${kib(size.gzip)} gzip)`;
    const then = other?.[i];
    return then ? `${line}; compared build ${then.bytes} B (${kib(then.gzip)} gzip)` : line;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--compare');
  for (const line of formatBundles(at > 0 ? process.argv[at + 1] : undefined)) console.log(line);
}
