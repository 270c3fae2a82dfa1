import type { BrowserContext, Frame, Page } from 'playwright-core';

export interface PaintedMention {
  text: string;
  /** Inside an open shadow root. */
  shadow: boolean;
  /** The class of the first element matched by the `marked` selector that the mention touches. */
  marked: string | null;
}

/**
 * Reads the `factcard-mention` highlight as the page itself sees it (the registry belongs to the
 * document, so the page's own world can read the ranges the extension painted), in document
 * order: a shadow tree's mentions where its host is. `marked` is a selector of elements to report
 * overlaps with (for example traps a mention must not touch).
 */
export async function readPainted(target: Page | Frame, marked = ''): Promise<PaintedMention[]> {
  // tsx (the benchmark) names inner functions with an `__name` helper the page does not have.
  await target.evaluate('globalThis.__name ??= (f) => f');
  return target.evaluate(collectPainted, marked);
}

/**
 * The page-side half of `readPainted`, self-contained so that either driver can run it
 * (playwright's `evaluate` or puppeteer's, for Firefox).
 */
export function collectPainted(selector: string): PaintedMention[] {
  const highlight = CSS.highlights.get('factcard-mention');
  if (!highlight) return [];
  const hostPath = (node: Node) => {
    const path = [node];
    for (let r = node.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) {
      path.push(r.host);
    }
    return path;
  };
  const compare = (a: Node, b: Node): number => {
    const p = a.compareDocumentPosition(b);
    if (!(p & Node.DOCUMENT_POSITION_DISCONNECTED)) {
      return p & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : p ? 1 : 0;
    }
    const pa = hostPath(a);
    const pb = hostPath(b);
    let i = pa.length - 1;
    let j = pb.length - 1;
    while (i > 0 && j > 0 && pa[i] === pb[j]) {
      i--;
      j--;
    }
    if (pa[i] === pb[j]) return i - j;
    return pa[i].compareDocumentPosition(pb[j]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  };
  const targets = selector ? [...document.querySelectorAll(selector)] : [];
  const ranges = [...(highlight as unknown as Iterable<AbstractRange>)];
  ranges.sort(
    (a, b) => compare(a.startContainer, b.startContainer) || a.startOffset - b.startOffset,
  );
  return ranges.map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const hit = targets.find((element) => live.intersectsNode(element));
    return {
      text: live.toString(),
      shadow: range.startContainer.getRootNode() instanceof ShadowRoot,
      marked: hit ? hit.className : null,
    };
  });
}

/** The painted mentions' texts in document order. */
export async function readHighlights(target: Page | Frame): Promise<string[]> {
  return (await readPainted(target)).map((m) => m.text);
}

/** Every frame's painted texts (each frame's content script paints its own document). */
export async function readFrames(page: Page): Promise<{ url: string; texts: string[] }[]> {
  return Promise.all(
    page.frames().map(async (frame) => ({ url: frame.url(), texts: await readHighlights(frame) })),
  );
}

/** Waits until the highlight holds at least `count` ranges, then returns their texts. */
export async function waitForHighlights(target: Page | Frame, count = 1, timeout = 10_000) {
  await target.waitForFunction(
    (n) => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= n,
    count,
    { timeout },
  );
  return readHighlights(target);
}

/**
 * Waits for the content script's first complete pass over the page: it marks `factcard-painted`
 * on the page's performance timeline, where the launcher allowed marks (lib/page/marks.ts).
 */
export async function waitForPainted(target: Page | Frame, timeout = 10_000) {
  await target.waitForFunction(
    () => performance.getEntriesByName('factcard-painted').length > 0,
    undefined,
    { timeout },
  );
  return readHighlights(target);
}

/** Opens `url` in a new tab and waits for its first complete pass; page errors go to `errors`. */
export async function openPainted(
  context: BrowserContext,
  url: string,
  errors: string[] = [],
): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitForPainted(page);
  return page;
}

/**
 * Runs `fn(arg)` in the content script's isolated world of the page's main frame (Chromium only,
 * over CDP), where the script leaves its `factcardDetection` for tests; pages cannot see it.
 */
export async function inContentScript<T, A>(
  page: Page,
  fn: (arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const world = contexts.find(
      (c) =>
        c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('No content script world in this page');
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      // The `__name` line: see readPainted.
      expression: `globalThis.__name ??= (f) => f; (${fn.toString()})(${JSON.stringify(arg ?? null)})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * The mentions a fixture page declares it contains: the JSON list in its
 * `<script type="application/json" id="expected">` (scripts are never scanned).
 */
export function expectedMentions(html: string): string[] {
  const json = /<script type="application\/json" id="expected">([\s\S]*?)<\/script>/.exec(html);
  if (!json) throw new Error('The page declares no expected mentions');
  return JSON.parse(json[1]);
}

/** NFC and single spaces: NFD pages and non-breaking spaces compare equal to the list. */
const squash = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * Lines up the painted texts with the expected ones, both in document order (longest common
 * subsequence): `found` of the expected were painted, `missed` were not, `extra` were painted
 * though not expected.
 */
export function alignMentions(expected: readonly string[], painted: readonly string[]) {
  const a = expected.map(squash);
  const b = painted.map(squash);
  const lcs = a.map(() => new Array<number>(b.length + 1).fill(0));
  lcs.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const missed: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      extra.push(b[j++]);
    } else {
      missed.push(a[i++]);
    }
  }
  return { found: lcs[0][0], missed, extra };
}
