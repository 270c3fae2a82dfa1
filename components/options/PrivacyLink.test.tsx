// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { show, useComponentTest } from '@/components/popup/test-helpers';
import { PrivacyLink } from './PrivacyLink';

describe('PrivacyLink', () => {
  const { root } = useComponentTest();

  test('links to the privacy policy in a new tab, with the translated text', () => {
    show(<PrivacyLink href="chrome-extension://id/privacy.html" />, root());
    const link = root().querySelector('a')!;
    expect(link.textContent).toBe('Privacy policy');
    expect(link.getAttribute('href')).toBe('chrome-extension://id/privacy.html');
    expect(link.target).toBe('_blank');
    expect(root().querySelector('.note')?.textContent).toMatch(/nothing is sent/);
  });
});
