// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { PagePanel } from './PagePanel';
import type { PageState } from './page-state';
import { show, useComponentTest } from './test-helpers';

const ready = (entities: { id: string; name: string; count: number }[]): PageState => ({
  kind: 'ready',
  hostname: 'news.example',
  entities,
});

describe('PagePanel', () => {
  const { root } = useComponentTest();
  const render = (page: PageState, enabled = true) =>
    show(
      <PagePanel page={page} enabled={enabled} onToggle={() => {}} onReveal={() => {}} />,
      root(),
    );
  const note = () => root().querySelector('.note')?.textContent;

  test.each<[PageState, RegExp]>([
    [{ kind: 'loading' }, /^Loading/],
    [{ kind: 'unavailable', reloadable: false }, /cannot read this page/],
    [{ kind: 'unavailable', reloadable: true }, /Reload it/],
    [ready([]), /None of the story's people/],
  ])('explains an empty state: %j', (page, text) => {
    render(page);
    expect(note()).toMatch(text);
    expect(root().querySelector('.mentions')).toBeNull();
  });

  test('offers the site switch only once the page answered', () => {
    render({ kind: 'unavailable', reloadable: false });
    expect(root().querySelector('[role="switch"]')).toBeNull();
    render(ready([]));
    expect(root().querySelector('[role="switch"]')).not.toBeNull();
  });

  test('lists the entities when the site is on, and hides them when it is off', () => {
    const page = ready([{ id: 'to-lam', name: 'To Lam', count: 2 }]);
    render(page);
    expect(root().querySelectorAll('.mentions button')).toHaveLength(1);
    render(page, false);
    expect(root().querySelector('.mentions')).toBeNull();
    expect(note()).toMatch(/off on this site/);
  });
});
