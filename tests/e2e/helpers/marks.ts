/** A mention a name-rule page declares, and whether the highlight holds exactly it. */
export interface DeclaredMark {
  kind: string;
  entity: string;
  text: string;
  known: boolean;
  hover: boolean;
  painted: boolean;
  /** Where a pointer rests on the mark's first letters, scrolled into view when hovered. */
  id: number;
}

/** A painted range that is no declared mark; `known` when it lies in a trap marked data-known. */
export interface ExtraMark {
  text: string;
  trap: boolean;
  known: boolean;
}

/**
 * The page-side half of the name-rule tests (tests/e2e/names*.e2e.ts), self-contained so that
 * either driver can run it: lines up the `factcard-mention` highlight with the page's
 * <span data-mark> spans by block and character offsets (a range must start and end where its
 * span does), and reports every painted range that is no span.
 */
export function collectMarks(): { marks: DeclaredMark[]; extra: ExtraMark[] } {
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, li, figcaption, td, th, dt, dd')];
  const place = (node: Node, offset: number, length: number) => {
    const element = node instanceof Element ? node : node.parentElement;
    const block = element?.closest('p, h1, h2, h3, li, figcaption, td, th, dt, dd');
    if (!block) return null;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    const start = before.toString().length;
    return `${blocks.indexOf(block)}:${start}:${start + length}`;
  };
  const painted = new Map<string, Range>();
  for (const r of (CSS.highlights.get('factcard-mention') ?? []) as Iterable<AbstractRange>) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const text = live.toString();
    const key = place(r.startContainer, r.startOffset, text.length);
    if (key) painted.set(key, live);
  }
  const spans = [...document.querySelectorAll<HTMLElement>('[data-mark]')];
  const marks = spans.map((span, id) => {
    const text = span.textContent ?? '';
    const key = place(span, 0, text.length);
    const found = key !== null && painted.has(key);
    if (found) painted.delete(key);
    span.dataset.markId = String(id);
    return {
      kind: span.dataset.mark ?? '',
      entity: span.dataset.entity ?? '',
      text,
      known: span.hasAttribute('data-known'),
      hover: span.hasAttribute('data-hover'),
      painted: found,
      id,
    };
  });
  const traps = [...document.querySelectorAll('.trap')];
  const extra = [...painted.values()].map((range) => {
    const trap = traps.find((t) => range.intersectsNode(t));
    return {
      text: range.toString(),
      trap: trap !== undefined,
      known: trap?.hasAttribute('data-known') ?? false,
    };
  });
  return { marks, extra };
}

/**
 * The middle of the first letters of mark `id` (collectMarks numbered them), scrolled into view:
 * the first word of a longer mark is its own, not an inner mark's.
 */
export function markPoint(id: number): { x: number; y: number; bottom: number } | null {
  const span = document.querySelector(`[data-mark-id="${id}"]`);
  const walker = span && document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  const first = walker?.nextNode();
  if (!span || !first) return null;
  span.scrollIntoView({ block: 'center', behavior: 'instant' });
  const word = document.createRange();
  word.setStart(first, 0);
  word.setEnd(first, Math.min(2, (first.textContent ?? '').length));
  const rect = word.getClientRects()[0];
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom };
}
