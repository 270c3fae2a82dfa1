import type { Mention } from '@/entrypoints/content/detect/page-mention';
import { scanBlock } from '@/entrypoints/content/detect/scan';
import { type Block, listBlocks } from '@/entrypoints/content/detect/text-runs';
import type { Matcher } from '@/lib/match/matcher';
import { createPageNames } from '@/lib/match/page-names';
import { keepNamedShortForms } from '@/lib/match/short-forms';

/**
 * Every mention under `root` at once, open shadow roots included, in one synchronous pass, with
 * the short forms, acronyms and titles the text defines, in text order: for
 * pages the extension renders itself. Web pages go through content/detect/detection.ts, which
 * reads them in slices.
 */
export function scanRoot(root: Block, matcher: Matcher): Mention[] {
  const pageNames = createPageNames();
  const reader: Matcher = {
    find: (text) => pageNames.read(text, matcher.find(text)),
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
