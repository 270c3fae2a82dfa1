// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { SourceItem } from './SourceItem';
import { show, useComponentTest } from './test-helpers';

describe('SourceItem', () => {
  const { root } = useComponentTest();

  test('names its translations with a label the list is tied to', () => {
    show(
      <ul>
        <SourceItem
          source={{
            id: 'dantri',
            publisher: 'Dân trí',
            url: 'https://dantri.com.vn/a.htm',
            title: 'Tiêu đề',
            date: '2025-10-25',
            translations: [{ seed: '001', lang: 'nl' }],
          }}
          formatDate={(date) => `on ${date}`}
          languageName={(lang) => `lang:${lang}`}
          readerUrl={(seed) => `reader:${seed}`}
        />
      </ul>,
      root(),
    );
    const list = root().querySelector('.inline-list')!;
    const label = root().querySelector(`#${list.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Translations:');
    const link = list.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('reader:001');
    expect(link.textContent).toBe('lang:nl (opens in a new tab)');
    expect(root().querySelector('time')?.getAttribute('datetime')).toBe('2025-10-25');
    expect(root().querySelector('time')?.textContent).toBe('on 2025-10-25');
  });
});
