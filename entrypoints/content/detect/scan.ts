import type { Matcher } from '@/lib/match/matcher';
import type { Mention as FoundMention } from '@/lib/match/types';
import { Mention } from './page-mention';
import { type Block, isLeaf, leafRun, ownRuns, type TextRun } from './text-runs';

/**
 * The mentions in a block's own text, in text order. A leaf block (inline content only, the
 * common paragraph) is read with one `textContent`, and its text nodes are only looked up when
 * the matcher found something in it.
 */
export function scanBlock(block: Block, matcher: Matcher, leaf = isLeaf(block)): Mention[] {
  const mentions: Mention[] = [];
  if (leaf) {
    const text = block.textContent ?? '';
    const found = matcher.find(text);
    if (found.length === 0) return mentions;
    const run = leafRun(block, text);
    for (const m of found) mentions.push(toMention(run, m));
    return mentions;
  }
  for (const run of ownRuns(block)) {
    for (const m of matcher.find(run.text)) {
      mentions.push(toMention(run, m));
    }
  }
  return mentions;
}

/** Turns a found mention's text offsets in a run into a StaticRange over its text nodes. */
function toMention(run: TextRun, found: FoundMention): Mention {
  const { start, end } = found;
  const first = nodeAt(run, start, false);
  const last = nodeAt(run, end, true);
  const range = new StaticRange({
    startContainer: run.nodes[first],
    startOffset: start - run.starts[first],
    endContainer: run.nodes[last],
    endOffset: end - run.starts[last],
  });
  const texts = first === last ? [run.nodes[first]] : run.nodes.slice(first, last + 1);
  const { entityId, depth, short, also, alone, after, evokes } = found;
  const shortForm = short === true;
  const opens = found.first === true;
  return new Mention(
    entityId,
    range,
    texts,
    depth,
    shortForm,
    also,
    alone === true,
    after,
    opens,
    evokes,
  );
}

/** The index of the node holding `offset`; an end offset stays in the node it closes. */
function nodeAt(run: TextRun, offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid];
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
