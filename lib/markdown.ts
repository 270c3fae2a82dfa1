/**
 * The little Markdown that PRIVACY.md is written in (headings, paragraphs, bullet lists, `code`
 * and **bold**), read into plain data so that the extension can show the policy it ships with
 * as elements, never as HTML.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

export interface Inline {
  kind: 'text' | 'code' | 'strong';
  text: string;
}

export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  // A line continues the block before it unless a blank line, a heading or a bullet starts anew.
  let open: Block | null = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line) {
      open = null;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      open = null;
    } else if (line.startsWith('- ')) {
      if (open?.kind !== 'list') {
        open = { kind: 'list', items: [] };
        blocks.push(open);
      }
      open.items.push(line.slice(2));
    } else if (open?.kind === 'list') {
      open.items[open.items.length - 1] += ` ${line}`;
    } else if (open?.kind === 'paragraph') {
      open.text += ` ${line}`;
    } else {
      open = { kind: 'paragraph', text: line };
      blocks.push(open);
    }
  }
  return blocks;
}

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(/`([^`]+)`|\*\*([^*]+)\*\*/g)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push(
      match[1] !== undefined
        ? { kind: 'code', text: match[1] }
        : { kind: 'strong', text: match[2] },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
