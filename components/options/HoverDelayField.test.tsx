// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { HoverDelayField } from './HoverDelayField';

describe('HoverDelayField', () => {
  const { root } = useComponentTest();
  const enter = (value: string) => {
    const input = root().querySelector('input')!;
    interact(() => {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return input;
  };

  test('is a labelled number input with its range', () => {
    show(<HoverDelayField value={250} onChange={() => {}} />, root());
    const input = root().querySelector('input')!;
    expect(root().querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/Hover delay/);
    expect([input.type, input.min, input.max, input.value]).toEqual(['number', '0', '2000', '250']);
  });

  test.each([
    ['0', 0],
    ['2000', 2000],
    ['412.4', 412],
  ])('saves %s as %d', (typed, saved) => {
    const onChange = vi.fn();
    show(<HoverDelayField value={250} onChange={onChange} />, root());
    expect(enter(typed).getAttribute('aria-invalid')).toBe('false');
    expect(onChange).toHaveBeenCalledWith(saved);
  });

  test.each([['-5'], ['2001'], ['']])('refuses %j and says why', (typed) => {
    const onChange = vi.fn();
    show(<HoverDelayField value={250} onChange={onChange} />, root());
    const input = enter(typed);
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const hint = root().querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toMatch(/from 0 to 2000/);
  });
});
