import type { Page } from 'playwright-core';

export interface AxNode {
  role: string;
  name: string;
}

/** The page's accessibility tree, which shows the card even inside its closed shadow root. */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}

/** The open card's accessible name, or null when no card is open. */
export async function openDialogName(page: Page): Promise<string | null> {
  const dialog = (await accessibilityTree(page)).find((n) => n.role === 'dialog');
  return dialog?.name ?? null;
}

/** Waits for a card named `name` (any card when undefined; any other card with `{ not }`). */
export async function waitForDialog(
  page: Page,
  name?: string | { not: string },
  timeout = 5000,
): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await openDialogName(page);
    const wanted =
      name === undefined || (typeof name === 'string' ? found === name : found !== name.not);
    if (found !== null && wanted) return found;
    if (Date.now() > end)
      throw new Error(`No card ${JSON.stringify(name ?? '')} opened (saw ${found})`);
    await page.waitForTimeout(50);
  }
}

/** Centre of the n-th painted mention whose text is `text` (document order of painting). */
export async function mentionPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const range of CSS.highlights.get('factcard-mention') ?? []) {
      const r = range as AbstractRange;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== wanted) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = live.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`No painted mention "${text}"`);
  return point;
}

/** Links inside the closed shadow root, read through CDP's piercing DOM snapshot. */
export async function cardLinks(
  page: Page,
): Promise<{ href: string; rel: string; target: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const links: { href: string; rel: string; target: string }[] = [];
    const visit = (node: DomNode, inHost: boolean) => {
      const here = inHost || node.nodeName.toLowerCase() === 'factcard-host';
      if (here && node.nodeName === 'A') {
        const attrs = new Map<string, string>();
        for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) {
          attrs.set(node.attributes![i], node.attributes![i + 1]);
        }
        links.push({
          href: attrs.get('href') ?? '',
          rel: attrs.get('rel') ?? '',
          target: attrs.get('target') ?? '',
        });
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])])
        visit(child, here);
    };
    visit(root, false);
    return links;
  } finally {
    await cdp.detach();
  }
}

/** Whether the card host's closed shadow root holds a text node `text` (rendered or hidden). */
export async function cardHostHolds(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const holds = (node: DomNode, inHost: boolean): boolean => {
      const here = inHost || node.nodeName.toLowerCase() === 'factcard-host';
      if (here && node.nodeValue === text) return true;
      return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some((c) => holds(c, here));
    };
    return holds(root, false);
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Size, font size, lang and dir of the open card, read from the closed root with CDP. */
export async function cardBox(
  page: Page,
): Promise<{ width: number; height: number; fontSize: string; lang: string; dir: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode & { nodeId: number };
    };
    let found: (DomNode & { nodeId: number }) | undefined;
    const visit = (node: DomNode & { nodeId: number }) => {
      const attrs = node.attributes ?? [];
      if (!found && attrs.includes('role') && attrs[attrs.indexOf('role') + 1] === 'dialog')
        found = node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        visit(child as DomNode & { nodeId: number });
      }
    };
    visit(root);
    if (!found) return null;
    const attrs = found.attributes ?? [];
    const attr = (name: string) => (attrs.includes(name) ? attrs[attrs.indexOf(name) + 1] : '');
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: found.nodeId })) as {
      model: { width: number; height: number };
    };
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
      nodeId: found.nodeId,
    })) as {
      computedStyle: { name: string; value: string }[];
    };
    const fontSize = computedStyle.find((p) => p.name === 'font-size')?.value ?? '';
    return {
      width: model.width,
      height: model.height,
      fontSize,
      lang: attr('lang'),
      dir: attr('dir'),
    };
  } finally {
    await cdp.detach();
  }
}
