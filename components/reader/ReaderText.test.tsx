// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { show, useComponentTest } from '@/components/popup/test-helpers';
import { paragraphsOf, ReaderText } from './ReaderText';

describe('ReaderText', () => {
  const { root } = useComponentTest();

  test('splits the text into paragraphs, one per non-blank line', () => {
    expect(paragraphsOf('\nFirst.\r\n\n  Second. \n\n\n')).toEqual(['First.', 'Second.']);
  });

  test.each([
    ['pl', 'ltr'],
    ['ar', 'rtl'],
  ] as const)('sets lang=%s and dir=%s on the article', (lang, dir) => {
    show(<ReaderText text={'Jeden.\nDwa.'} lang={lang} />, root());
    const article = root().querySelector('article')!;
    expect([article.lang, article.dir]).toEqual([lang, dir]);
    expect([...article.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Jeden.',
      'Dwa.',
    ]);
  });

  test('hands the article element to the caller, for painting', () => {
    const ref = { current: null as HTMLElement | null };
    show(<ReaderText text="Tekst." lang="pl" articleRef={ref} />, root());
    expect(ref.current?.tagName).toBe('ARTICLE');
  });
});
