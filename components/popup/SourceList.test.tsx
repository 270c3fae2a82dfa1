// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { SourceView } from '@/lib/card/source-view';
import { SourceList } from './SourceList';
import { show, useComponentTest } from './test-helpers';

const sources: SourceView[] = [
  {
    id: 'vietnamplus',
    publisher: 'VietnamPlus',
    url: 'https://www.vietnamplus.vn/article.vnp',
    title: 'Tổng Bí thư Tô Lâm',
    date: '2025-10-25',
    translations: [
      { seed: '000', lang: 'pl' },
      { seed: '002', lang: 'fr' },
    ],
  },
  {
    id: 'vtv',
    publisher: 'VTV',
    url: 'https://vtv.vn/article.htm',
    title: 'Tiêu đề',
    date: '2025-10-13',
    translations: [{ seed: '004', lang: 'ar' }],
  },
];

describe('SourceList', () => {
  const { root } = useComponentTest();
  const readerUrl = (seed: string) => `ext://reader.html?seed=${seed}`;

  test('links every original article in a new tab, without opener or referrer', () => {
    show(<SourceList sources={sources} locale="en" readerUrl={readerUrl} />, root());
    const links = [...root().querySelectorAll<HTMLAnchorElement>('a.headline')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.vietnamplus.vn/article.vnp',
      'https://vtv.vn/article.htm',
    ]);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(links[0].textContent).toBe('Tổng Bí thư Tô Lâm (opens in a new tab)');
  });

  test('shows publisher and date, and each translation as a link to the reader page', () => {
    show(<SourceList sources={sources} locale="en" readerUrl={readerUrl} />, root());
    const first = root().querySelector('li.source')!;
    expect(first.querySelector('.source-meta')?.textContent).toBe('VietnamPlus · Oct 25, 2025');
    const translations = [...first.querySelectorAll<HTMLAnchorElement>('.inline-list a')];
    expect(translations.map((a) => [a.getAttribute('href'), a.hreflang])).toEqual([
      ['ext://reader.html?seed=000', 'pl'],
      ['ext://reader.html?seed=002', 'fr'],
    ]);
    expect(translations[0].textContent).toContain('Polish');
    expect(root().querySelector('h2')?.textContent).toBe('Source articles');
  });
});
