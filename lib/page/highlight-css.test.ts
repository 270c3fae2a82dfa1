import { expect, test } from 'vitest';
import { HIGHLIGHT_STYLES } from '../settings';
import { MENTION_HIGHLIGHT, mentionStyleCss } from './highlight-css';

test('the public highlight name', () => {
  expect(MENTION_HIGHLIGHT).toBe('factcard-mention');
});

test.each(HIGHLIGHT_STYLES)('%s: only rules for the mention highlight', (style) => {
  const css = mentionStyleCss(style);
  for (const selector of css.match(/[^{}]+(?=\{)/g) ?? []) {
    expect(selector.trim()).toBe('::highlight(factcard-mention)');
  }
});

test("underline adds nothing to the painter's style.css; the others override it", () => {
  expect(mentionStyleCss('underline')).toBe('');
  expect(mentionStyleCss('background')).toMatch(/background-color: rgb/);
  expect(mentionStyleCss('off')).toMatch(/text-decoration: none !important/);
  expect(mentionStyleCss('off')).toMatch(/background-color: transparent !important/);
});
