// The name-rule fixture pages (tests/e2e/fixtures/names-*.html) say what a reader counts in the
// markup itself: every mention is a <span data-mark="plain|long|generic" data-entity="...">, every
// look-alike a <span class="trap">. This reads them in Node, block by block, for the unit tables;
// the browser test reads the same spans from the DOM.

/** The languages of the name-rule pages: a story page and a page of other news each. */
export const NAME_LANGS = ['en', 'pl', 'nl', 'fr', 'de', 'es', 'vi', 'ar'];
export const NAME_PAGES = NAME_LANGS.flatMap((lang) => [
  `names-${lang}.html`,
  `names-elsewhere-${lang}.html`,
]);

export type MarkKind = 'plain' | 'long' | 'generic';

export interface Mark {
  kind: MarkKind;
  entity: string;
  text: string;
  start: number;
  end: number;
  /** A miss the rules do not fix yet, reported rather than failed. */
  known: boolean;
}

export interface Trap {
  text: string;
  start: number;
  end: number;
  known: boolean;
}

export interface MarkedBlock {
  text: string;
  marks: Mark[];
  traps: Trap[];
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'li', 'figcaption', 'td', 'th', 'dt', 'dd']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);

const attribute = (attrs: string, name: string): string | null => {
  const found = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return found ? decode(found[1]) : null;
};

interface Open {
  tag: string;
  attrs: string;
  start: number;
}

/** The page's blocks with their marks and traps (offsets into the block's text). */
export function markedBlocks(html: string): MarkedBlock[] {
  const body = html.slice(html.indexOf('<body'));
  const blocks: MarkedBlock[] = [];
  let block: MarkedBlock | null = null;
  const open: Open[] = [];
  const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (block) block.text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    if (name === 'script' || name === 'style') {
      const close = body.indexOf(`</${name}>`, last);
      last = close + name.length + 3;
      tag.lastIndex = last;
      continue;
    }
    if (BLOCKS.has(name)) {
      if (m[1]) {
        if (block) blocks.push(trimmed(block));
        block = null;
      } else block = { text: '', marks: [], traps: [] };
      continue;
    }
    if (!block || name === 'br') continue;
    if (!m[1]) {
      open.push({ tag: name, attrs: m[3], start: block.text.length });
      continue;
    }
    const span = open.pop();
    if (!span) continue;
    const text = block.text.slice(span.start);
    const known = /\bdata-known\b/.test(span.attrs);
    const kind = attribute(span.attrs, 'data-mark');
    const end = block.text.length;
    if (kind) {
      block.marks.push({
        kind: kind as MarkKind,
        entity: attribute(span.attrs, 'data-entity') ?? '',
        text,
        start: span.start,
        end,
        known,
      });
    } else if (/\bclass="[^"]*\btrap\b/.test(span.attrs)) {
      block.traps.push({ text, start: span.start, end, known });
    }
  }
  return blocks;
}

/** The block without its leading space, offsets moved with it. */
function trimmed(block: MarkedBlock): MarkedBlock {
  const lead = block.text.length - block.text.trimStart().length;
  const shift = <T extends { start: number; end: number }>(x: T) => ({
    ...x,
    start: x.start - lead,
    end: x.end - lead,
  });
  return {
    text: block.text.trim(),
    marks: block.marks.map(shift).sort((a, b) => a.start - b.start || b.end - a.end),
    traps: block.traps.map(shift),
  };
}
