import { type Block, type Inline, parseBlocks, parseInline } from '@/lib/markdown';

export interface PolicyTextProps {
  /** The policy as written in PRIVACY.md. */
  markdown: string;
}

/** The privacy policy the extension ships with, shown as elements (no HTML is parsed). */
export function PolicyText({ markdown }: PolicyTextProps) {
  return <article class="policy">{parseBlocks(markdown).map(renderBlock)}</article>;
}

function renderBlock(block: Block, index: number) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(block.level, 6)}` as 'h1';
      return <Heading key={index}>{renderInline(block.text)}</Heading>;
    }
    case 'paragraph':
      return <p key={index}>{renderInline(block.text)}</p>;
    case 'list':
      return (
        <ul key={index}>
          {block.items.map((item) => (
            <li key={item}>{renderInline(item)}</li>
          ))}
        </ul>
      );
  }
}

function renderInline(text: string) {
  return parseInline(text).map((part: Inline, index) =>
    part.kind === 'code' ? (
      <code key={index}>{part.text}</code>
    ) : part.kind === 'strong' ? (
      <strong key={index}>{part.text}</strong>
    ) : (
      part.text
    ),
  );
}
