// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { DisabledSites } from './DisabledSites';

describe('DisabledSites', () => {
  const { root } = useComponentTest();

  test('says how to switch a site off when none is', () => {
    show(<DisabledSites sites={[]} onRemove={() => {}} />, root());
    expect(root().querySelector('.note')?.textContent).toMatch(/toolbar/);
    expect(root().querySelector('ul')).toBeNull();
  });

  test('lists each site with a remove button named after it', () => {
    const onRemove = vi.fn();
    show(<DisabledSites sites={['a.example', 'b.example']} onRemove={onRemove} />, root());
    const buttons = [...root().querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Remove a.example', 'Remove b.example']);
    interact(() => buttons[1].click());
    expect(onRemove).toHaveBeenCalledWith('b.example');
  });
});
