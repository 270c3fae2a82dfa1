// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { show, useComponentTest } from '@/components/popup/test-helpers';
import { PolicyText } from './PolicyText';

describe('PolicyText', () => {
  const { root } = useComponentTest();

  test('shows headings, paragraphs, lists, code and bold as elements', () => {
    show(<PolicyText markdown={'# Policy\n\nSent: **nothing**.\n\n- `storage.local`\n'} />, root());
    expect(root().querySelector('h1')?.textContent).toBe('Policy');
    expect(root().querySelector('p strong')?.textContent).toBe('nothing');
    expect(root().querySelector('li code')?.textContent).toBe('storage.local');
  });

  test('shows markup in the text as text', () => {
    show(<PolicyText markdown={'<img src=x onerror=alert(1)>'} />, root());
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test("renders the repository's PRIVACY.md with its sections", () => {
    const policy = readFileSync(join(import.meta.dirname, '..', '..', 'PRIVACY.md'), 'utf8');
    show(<PolicyText markdown={policy} />, root());
    const headings = [...root().querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['What it reads', 'What it sends']));
  });
});
