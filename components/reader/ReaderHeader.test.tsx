// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { show, useComponentTest } from '@/components/popup/test-helpers';
import type { SeedView } from '@/lib/messages';
import { ReaderHeader } from './ReaderHeader';

const seed: SeedView = {
  id: '004',
  lang: 'ar',
  text: 'نص',
  publisher: 'VTV',
  url: 'https://vtv.vn/article.htm',
  title: 'Tổng Bí thư Tô Lâm',
  date: '2025-10-25',
};

describe('ReaderHeader', () => {
  const { root } = useComponentTest();

  test('names the source, links the original and says which translation this is', () => {
    show(<ReaderHeader seed={seed} locale="en" quote={null} quoteFound />, root());
    expect(root().querySelector('h1')?.textContent).toBe('Tổng Bí thư Tô Lâm');
    expect(root().querySelector('.kicker')?.textContent).toBe('VTV · October 25, 2025');
    const link = root().querySelector('a')!;
    expect([link.getAttribute('href'), link.target, link.rel]).toEqual([
      'https://vtv.vn/article.htm',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(root().textContent).toContain('Translation into Arabic');
    expect(root().querySelector('blockquote')).toBeNull();
  });

  test('shows the cited passage in the language of the text, and says when it is missing', () => {
    show(<ReaderHeader seed={seed} locale="en" quote="اتفاقية هانوي" quoteFound />, root());
    const quote = root().querySelector('blockquote')!;
    expect([quote.textContent, quote.lang, quote.dir]).toEqual(['اتفاقية هانوي', 'ar', 'rtl']);
    expect(root().querySelector('[role="status"]')).toBeNull();
    show(<ReaderHeader seed={seed} locale="en" quote="nope" quoteFound={false} />, root());
    expect(root().querySelector('[role="status"]')?.textContent).toMatch(/not found/);
  });
});
