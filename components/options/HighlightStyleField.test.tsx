// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { HighlightStyleField } from './HighlightStyleField';

describe('HighlightStyleField', () => {
  const { root } = useComponentTest();

  test('offers the three styles as a named radio group, the current one checked', () => {
    show(<HighlightStyleField value="background" onChange={() => {}} />, root());
    expect(root().querySelector('fieldset legend')?.textContent).toBe('Highlight style');
    const radios = [...root().querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['underline', false],
      ['background', true],
      ['off', false],
    ]);
    expect(radios[2].closest('label')?.textContent).toBe('None');
  });

  test('choosing a style reports it', () => {
    const onChange = vi.fn();
    show(<HighlightStyleField value="underline" onChange={onChange} />, root());
    interact(() => root().querySelector<HTMLInputElement>('input[value="off"]')!.click());
    expect(onChange).toHaveBeenCalledWith('off');
  });
});
