import type { Matcher } from '@/lib/match/matcher';
import { collectRuns, type TextRun } from './text-runs';

export interface PageMention {
  entityId: string;
  range: AbstractRange;
}

/** Finds the mentions in one run and turns their text offsets into ranges over its text nodes. */
export function mentionsInRun(run: TextRun, matcher: Matcher): PageMention[] {
  return matcher.find(run.text).map((m) => {
    const [startNode, startOffset] = locate(run, m.start, false);
    const [endNode, endOffset] = locate(run, m.end, true);
    const range = new StaticRange({
      startContainer: startNode,
      startOffset,
      endContainer: endNode,
      endOffset,
    });
    return { entityId: m.entityId, range };
  });
}

export function scanRoot(root: Node, matcher: Matcher): PageMention[] {
  const mentions: PageMention[] = [];
  const visit = (node: Node) => {
    for (const run of collectRuns(node, visit)) mentions.push(...mentionsInRun(run, matcher));
  };
  visit(root);
  return mentions;
}

/** The text node and offset of `offset` in a run; an end offset stays in the node it closes. */
function locate(run: TextRun, offset: number, isEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid];
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [run.nodes[lo], offset - run.starts[lo]];
}
