// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { SiteSwitch } from './SiteSwitch';
import { interact, show, useComponentTest } from './test-helpers';

describe('SiteSwitch', () => {
  const { root } = useComponentTest();

  test.each([
    [true, 'On for this site', false],
    [false, 'Off for this site', true],
  ])('when enabled is %s it reads "%s" and a press asks for %s', (enabled, label, next) => {
    const onToggle = vi.fn();
    show(<SiteSwitch hostname="news.example" enabled={enabled} onToggle={onToggle} />, root());
    const button = root().querySelector('button')!;
    expect(button.getAttribute('role')).toBe('switch');
    expect(button.getAttribute('aria-checked')).toBe(String(enabled));
    expect(button.textContent).toBe(label);
    expect(root().querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'news.example',
    );
    interact(() => button.click());
    expect(onToggle).toHaveBeenCalledWith(next);
  });
});
