// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { CardApp } from './CardApp';
import { testCard, testStrings } from './test-card';

test('a related chip opens its card inside the card, and Back returns', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const unodc = testCard({ id: 'unodc', name: 'UNODC', nativeName: undefined, related: [] });
  const load = vi.fn(async () => unodc);
  await act(() => {
    render(
      <CardApp
        card={testCard()}
        strings={testStrings}
        fromKeyboard={false}
        load={load}
        onClose={vi.fn()}
        onReadTranslation={vi.fn()}
        onSources={vi.fn()}
      />,
      root,
    );
  });
  const name = () => root.querySelector('h2')?.textContent;
  expect(name()).toBe('To Lam');
  await act(async () => {
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'UNODC')?.click();
  });
  expect(load).toHaveBeenCalledWith('unodc');
  expect(name()).toBe('UNODC');
  await act(() => root.querySelector<HTMLButtonElement>('[aria-label="card_back"]')?.click());
  expect(name()).toBe('To Lam');
  render(null, root);
});
