// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { PageMention } from '../detect/page-mention';
import { createPaintWindow, GROUP, WINDOW_FROM } from './paint-window';

// A page of paragraphs 200 px apart in a window 1000 px high, scrolled by hand: happy-dom lays
// nothing out, so each element's box comes from `top` and the scroll position.
const HEIGHT = 1000;
const LINE = 200;
const top = new Map<Element, number>();
let scrollY = 0;
Object.defineProperty(window, 'innerHeight', { value: HEIGHT, configurable: true });
Element.prototype.getBoundingClientRect = function (this: Element) {
  const at = top.get(this);
  if (at === undefined) return new DOMRect(0, 0, 0, 0);
  return new DOMRect(0, at - scrollY, 500, LINE / 2);
};

// A stand-in IntersectionObserver with the window's margin (a screen above and below), which
// reports every element it watches when asked.
const watched = new Set<Element>();
let report = () => {};
Object.assign(window, {
  IntersectionObserver: class {
    constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
      report = () =>
        callback(
          [...watched].map((target) => {
            const box = target.getBoundingClientRect();
            return { target, isIntersecting: box.bottom > -HEIGHT && box.top < 2 * HEIGHT };
          }),
        );
    }
    observe = (el: Element) => watched.add(el);
    unobserve = (el: Element) => watched.delete(el);
    disconnect = () => watched.clear();
  },
});

const highlight = new Set<AbstractRange>() as unknown as Highlight;
const painted = () =>
  [...(highlight as unknown as Set<{ name: string }>)].map((r) => r.name).sort();
const mentionIn = (p: Element) =>
  ({ range: { name: p.id }, texts: [{ parentNode: p }] }) as unknown as PageMention;

/** `count` paragraphs, one mention each, all tracked; the window engages on the way. */
function page(count: number) {
  const win = createPaintWindow(document, highlight);
  const mentions: PageMention[] = [];
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.id = `p${i}`;
    top.set(p, i * LINE);
    document.body.append(p);
    mentions.push(mentionIn(p));
    win.track(mentions[i]);
    win.settle();
    return p;
  });
  return { win, paragraphs, mentions };
}

/** The ids of the paragraphs within a screen of the viewport. */
function within(count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = i * LINE - scrollY;
    if (y + LINE / 2 > -HEIGHT && y < 2 * HEIGHT) ids.push(`p${i}`);
  }
  return ids.sort();
}

beforeEach(() => {
  document.body.replaceChildren();
  (highlight as unknown as Set<unknown>).clear();
  watched.clear();
  top.clear();
  scrollY = 0;
});

test('watches the anchors of the groups near the viewport only, and paints what is within it', () => {
  const count = 20 * GROUP;
  expect(count).toBeGreaterThan(WINDOW_FROM);
  const { win } = page(count);
  expect(win.windowed).toBe(true);
  win.regroup();
  report();
  expect(painted()).toEqual(within(count));
  expect(watched.size).toBeLessThanOrEqual(2 * GROUP);
});

test('follows a jump into the middle of a group far down the page', () => {
  const count = 20 * GROUP;
  const { win } = page(count);
  win.regroup();
  report();
  // Between the samples of groups 10 and 11, neither of them within a screen.
  scrollY = 10 * GROUP * LINE + 3000;
  win.regroup();
  report();
  expect(painted()).toEqual(within(count));
  expect(painted()).not.toContain('p0');
  expect(watched.size).toBeLessThanOrEqual(3 * GROUP);
});

test('a mention added later joins its place in document order, not the end', () => {
  const count = 20 * GROUP;
  const { win, paragraphs } = page(count);
  scrollY = 10 * GROUP * LINE + 3000;
  win.regroup();
  report();
  const late = document.createElement('p');
  late.id = 'late';
  top.set(late, 340 * LINE + LINE / 2);
  paragraphs[340].after(late);
  win.track(mentionIn(late));
  win.settle();
  report();
  expect(painted()).toContain('late');
});

test('a group keeps its place when its first anchor goes away', () => {
  const count = 20 * GROUP;
  const { win, paragraphs, mentions } = page(count);
  scrollY = 10 * GROUP * LINE + 3000;
  win.regroup();
  report();
  const first = paragraphs[10 * GROUP];
  win.remove(mentions[10 * GROUP]);
  paragraphs[10 * GROUP].remove();
  top.delete(first);
  win.regroup();
  report();
  expect(painted()).toEqual(within(count));
  win.clear();
  expect(watched.size).toBe(0);
});
