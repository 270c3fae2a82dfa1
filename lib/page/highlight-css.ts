import type { HighlightStyle } from '../settings';

/** The CSS.highlights entry every mention is painted in: a public name page authors rely on. */
export const MENTION_HIGHLIGHT = 'factcard-mention';

/**
 * Rules laid over the painter's underline (entrypoints/content/style.css) for each highlight
 * style. They are `!important` so that the reader's choice also wins over a page that styles
 * `::highlight(factcard-mention)` itself. 'off' keeps the ranges (the keyboard command still walks
 * them) and only makes them invisible.
 */
export function mentionStyleCss(style: HighlightStyle): string {
  const rule = (body: string) => `::highlight(${MENTION_HIGHLIGHT}) { ${body} }`;
  switch (style) {
    case 'underline':
      return '';
    case 'background':
      // Translucent amber: a marker on white, a warm glow on black, text readable on both.
      return rule(
        'text-decoration: none !important; background-color: rgb(255 196 0 / 0.3) !important;',
      );
    case 'off':
      return rule(
        'text-decoration: none !important; background-color: transparent !important; text-shadow: none !important;',
      );
  }
}
