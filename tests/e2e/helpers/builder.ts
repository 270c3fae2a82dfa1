import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';

/**
 * Selects the `n`th occurrence of `text` in the element with id `id`, as a reader's drag would.
 * Written to run in the page (Playwright's and Puppeteer's evaluate both pass it there).
 */
export function selectText([id, text]: readonly [string, string]): boolean {
  const element = document.getElementById(id);
  const walker = document.createTreeWalker(element!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
}

/** Runs `npm run pack -- check` on a pack file's text; returns its output, throws on refusal. */
export function checkPack(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcards-story-'));
  const file = join(dir, 'story.factpack.json');
  writeFileSync(file, text);
  return execFileSync('npx', ['tsx', 'scripts/pack.ts', 'check', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}
