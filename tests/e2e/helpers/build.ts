import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');

/** The e2e tests run against the built extension; `npm test` builds it first. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run "npm run build" first.`);
  }
  return dir;
}
