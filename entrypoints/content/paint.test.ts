// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { PageMention } from './page-mention';
import { createPainter } from './paint';

// happy-dom has neither the Highlight API nor constructed style sheets: a Highlight is a set of
// ranges in a registry, which is all the painter uses of them.
class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();
Object.assign(globalThis, { Highlight: FakeHighlight });
Object.assign(window, { CSS: { highlights: registry } });
globalThis.CSSStyleSheet ??= class {
  replaceSync() {}
} as unknown as typeof CSSStyleSheet;
Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });

const mention = (name: string) => ({ range: { name } }) as unknown as PageMention;
const painted = () =>
  [...(registry.get('factcard-mention') ?? [])].map((r) => (r as unknown as { name: string }).name);

beforeEach(() => registry.clear());

test('staged changes show only at the flush', () => {
  const painter = createPainter(document);
  const [a, b] = [mention('a'), mention('b')];
  painter.stage([], [a, b]);
  expect(painted()).toEqual([]);
  painter.flush();
  expect(painted()).toEqual(['a', 'b']);
  painter.stage([a], []);
  painter.flush();
  expect(painted()).toEqual(['b']);
});

test('a mention replaced before the flush that would paint it is never painted', () => {
  const painter = createPainter(document);
  const [first, second] = [mention('first scan'), mention('rescan')];
  painter.stage([], [first]);
  painter.stage([first], [second]);
  painter.flush();
  expect(painted()).toEqual(['rescan']);
  // Nothing of it is left to take away later either.
  painter.stage([second], []);
  painter.flush();
  expect(painted()).toEqual([]);
});
