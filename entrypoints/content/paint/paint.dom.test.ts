// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { PageMention } from '../detect/page-mention';
import { standInPageApis } from '../happy-dom-page';
import { createPainter } from './paint';
import { WINDOW_FROM } from './paint-window';

const registry = standInPageApis();

const mention = (name: string) => ({ range: { name }, texts: [] }) as unknown as PageMention;
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

test('past the window threshold only mentions the observer reports near are painted', () => {
  // A stand-in IntersectionObserver, driven by hand: which anchors are within a screen.
  let report: (entries: Partial<IntersectionObserverEntry>[]) => void = () => {};
  const watched = new Set<Element>();
  Object.assign(window, {
    IntersectionObserver: class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe = (el: Element) => watched.add(el);
      unobserve = (el: Element) => watched.delete(el);
      disconnect = () => watched.clear();
    },
  });
  const anchored = (name: string, anchor: Element) =>
    ({ range: { name }, texts: [{ parentNode: anchor }] }) as unknown as PageMention;
  const near = document.createElement('p');
  const far = document.createElement('p');
  const many = Array.from({ length: WINDOW_FROM }, (_, i) =>
    anchored(`m${i}`, i === 0 ? near : far),
  );
  const painter = createPainter(document);
  painter.stage([], many);
  painter.flush();
  expect(painter.windowed).toBe(true);
  expect(painted()).toEqual([]);
  expect(watched).toEqual(new Set([near, far]));
  report([
    { target: near, isIntersecting: true },
    { target: far, isIntersecting: false },
  ]);
  expect(painted()).toEqual(['m0']);
  // What is on screen can be painted before the observer has said so.
  painter.reveal([many[1]]);
  expect(painted()).toEqual(['m0', 'm1']);
  report([{ target: near, isIntersecting: false }]);
  expect(painted()).toEqual(['m1']);
  painter.clear();
  expect(painter.windowed).toBe(false);
  expect(watched.size).toBe(0);
});

test('the document adopts the highlight rules with its first mention and gives them back', () => {
  document.adoptedStyleSheets = [];
  const sheets = () => document.adoptedStyleSheets.length;
  const painter = createPainter(document);
  // A page with nothing painted carries no ::highlight() rule.
  expect(sheets()).toBe(0);
  painter.stage([], [mention('a')]);
  expect(sheets()).toBe(2);
  painter.flush();
  expect(sheets()).toBe(2);
  painter.clear();
  expect(sheets()).toBe(0);
  painter.reveal([mention('b')]);
  expect(sheets()).toBe(2);
  // A page that sets its own adopted sheets drops ours: the next paint brings them back.
  document.adoptedStyleSheets = [];
  painter.stage([], [mention('c')]);
  painter.flush();
  expect(sheets()).toBe(2);
  painter.dispose();
  expect(sheets()).toBe(0);
});
