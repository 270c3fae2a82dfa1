// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { CardLanguageField } from './CardLanguageField';

describe('CardLanguageField', () => {
  const { root } = useComponentTest();

  test('lists automatic and the eight languages, each named in itself', () => {
    show(<CardLanguageField value="pl" onChange={() => {}} />, root());
    const select = root().querySelector('select')!;
    expect(root().querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Card language');
    const options = [...select.options];
    expect(options.map((o) => o.value)).toEqual([
      'auto',
      'en',
      'pl',
      'nl',
      'fr',
      'ar',
      'vi',
      'de',
      'es',
    ]);
    expect(options[2].textContent).toBe('polski');
    expect(options[2].lang).toBe('pl');
    expect(select.value).toBe('pl');
  });

  test('a choice is reported as a language, anything unknown as automatic', () => {
    const onChange = vi.fn();
    show(<CardLanguageField value="auto" onChange={onChange} />, root());
    const select = root().querySelector('select')!;
    for (const value of ['ar', 'auto']) {
      interact(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    expect(onChange.mock.calls).toEqual([['ar'], ['auto']]);
  });
});
