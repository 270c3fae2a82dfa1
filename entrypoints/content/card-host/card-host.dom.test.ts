// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { testCard, testStrings } from '@/components/card/test-card';
import { createCardHost } from './card-host';

const anchor = () => new DOMRect(10, 10, 40, 12);
const data = { card: testCard(), strings: testStrings };
const other = { card: testCard({ id: 'ghada-waly', name: 'Ghada Waly' }), strings: testStrings };

function setUp() {
  const onClosed = vi.fn();
  const host = createCardHost(document, {
    load: async () => testCard(),
    onReadTranslation: () => {},
    onSources: () => {},
    onClosed,
    marks: false,
  });
  const element = () => document.querySelector('factcard-host');
  return { host, onClosed, element };
}

test('a card drawn ahead is hidden, shown at the dwell, and closed once', () => {
  const { host, onClosed, element } = setUp();
  expect(element()).toBeNull();
  host.prepare(data, anchor);
  // The host exists, the card is drawn, but nothing is open yet.
  expect(element()).not.toBeNull();
  expect(host.isOpen()).toBe(false);
  host.show(data, anchor, false);
  expect(host.isOpen()).toBe(true);
  // A card shown is not drawn ahead over, nor discarded.
  host.prepare(other, anchor);
  host.discard();
  expect(host.isOpen()).toBe(true);
  host.close();
  host.close();
  expect(host.isOpen()).toBe(false);
  expect(onClosed).toHaveBeenCalledOnce();
  host.remove();
  expect(element()).toBeNull();
});

test('a card drawn ahead and discarded never opens; closing it is no close', () => {
  const { host, onClosed } = setUp();
  host.prepare(data, anchor);
  host.discard();
  host.close();
  expect(host.isOpen()).toBe(false);
  expect(onClosed).not.toHaveBeenCalled();
  host.remove();
});
