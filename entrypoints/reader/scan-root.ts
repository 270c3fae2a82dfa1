import type { Mention } from '@/entrypoints/content/detect/page-mention';
import { scanBlock } from '@/entrypoints/content/detect/scan';
import { type Block, listBlocks } from '@/entrypoints/content/detect/text-runs';
import type { Matcher } from '@/lib/match/matcher';
import { createPageAcronyms } from '@/lib/match/page-acronyms';
import { keepNamedShortForms } from '@/lib/match/short-forms';

/**
 * Every mention under `root` at once, open shadow roots included, in one synchronous pass, with
 * the short forms and acronyms the text defines, in text order: for
 * pages the extension renders itself. Web pages go through content/detect/detection.ts, which
 * reads them in slices.
 */
export function scanRoot(root: Block, matcher: Matcher): Mention[] {
  const acronyms = createPageAcronyms();
  const reader: Matcher = {
    find: (text) => acronyms.read(text, matcher.find(text)),
    size: matcher.size,
  };
  const mentions: Mention[] = [];
  const roots: Block[] = [root];
  for (let i = 0; i < roots.length; i++) {
    const next = listBlocks(roots[i], (shadow) => roots.push(shadow));
    for (let unit = next(); unit; unit = next()) {
      mentions.push(...scanBlock(unit.block, reader, unit.leaf));
    }
  }
  return keepNamedShortForms(mentions, new Set(), (m, id) => m.claimedBy(id));
}
