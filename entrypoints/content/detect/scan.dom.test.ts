// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { scanRoot } from '@/entrypoints/reader/scan-root';
import { compileMatcher } from '@/lib/match/matcher';
import { standInPageApis } from '../happy-dom-page';
import { createMentionIndex } from './mention-index';

standInPageApis();

const matcher = compileMatcher([
  { text: 'To Lam', entityId: 'to-lam', lang: 'en' },
  { text: 'Ghada Waly', entityId: 'ghada-waly', lang: 'en' },
  { text: 'Hanoi', entityId: 'hanoi', lang: 'en' },
]);

function scan(html: string) {
  document.body.innerHTML = html;
  return scanRoot(document.body, matcher);
}

const textOf = (m: { range: StaticRange }) => {
  const live = document.createRange();
  live.setStart(m.range.startContainer, m.range.startOffset);
  live.setEnd(m.range.endContainer, m.range.endOffset);
  return live.toString();
};

test('a mention split by inline markup is one range over its text nodes', () => {
  const [mention] = scan('<p>Then To <b>Lam</b> spoke</p>');
  expect(textOf(mention)).toBe('To Lam');
  expect(mention.texts.map((t) => t.data)).toEqual(['Then To ', 'Lam']);
  expect([mention.range.startOffset, mention.range.endOffset]).toEqual([5, 3]);
});

test('mentions come in document order, open shadow roots included', () => {
  document.body.innerHTML = '<p>Hanoi</p><div id="h"></div><p>Ghada Waly</p>';
  const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>To Lam</p>';
  const found = scanRoot(document.body, matcher);
  const index = createMentionIndex();
  index.set(
    shadow,
    found.filter((m) => m.range.startContainer.getRootNode() === shadow),
  );
  index.set(
    document.body,
    found.filter((m) => m.range.startContainer.getRootNode() !== shadow),
  );
  expect(index.list().map(textOf)).toEqual(['Hanoi', 'To Lam', 'Ghada Waly']);
});

test('the index finds mentions by text node and forgets a dropped block', () => {
  const mentions = scan('<p>To <b>Lam</b> in Hanoi</p>');
  const block = document.querySelector('p')!;
  const index = createMentionIndex();
  index.set(block, mentions);
  const lam = document.querySelector('b')!.firstChild as Text;
  expect(index.at(lam)?.map(textOf)).toEqual(['To Lam']);
  expect(index.at(block.lastChild as Text)?.map(textOf)).toEqual(['Hanoi']);
  expect(index.size).toBe(2);
  expect(index.drop(block)).toEqual(mentions);
  expect(index.at(lam)).toBeUndefined();
  expect(index.size).toBe(0);
});

test('an event’s head word counts once the document its name holds is named, as in the matcher', () => {
  const events = compileMatcher([
    { text: 'Hanoi Convention', entityId: 'convention', lang: 'en', type: 'document' },
    {
      text: 'signing ceremony of the Hanoi Convention',
      entityId: 'ceremony',
      lang: 'en',
      type: 'event',
    },
    { text: 'the ceremony', entityId: 'ceremony', lang: 'en', type: 'event', short: true },
  ]);
  document.body.innerHTML =
    '<h1>The Hanoi Convention opens for signature</h1><p>Reporters covered the ceremony.</p>';
  const found = scanRoot(document.body, events);
  expect(found.map((m) => `${m.entityId}: ${textOf(m)}`)).toEqual([
    'convention: Hanoi Convention',
    'ceremony: the ceremony',
  ]);
});
