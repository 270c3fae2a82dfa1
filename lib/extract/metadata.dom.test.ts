// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isoDate } from './date';
import { canonicalUrl, readMetadata } from './metadata';
import { pageLang } from './page-lang';

const PAGE = 'https://news.example/world/hanoi-signing?utm=1#comments';

function page(head: string, htmlAttrs = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html ${htmlAttrs}><head>${head}</head><body><p>Text.</p></body></html>`,
    'text/html',
  );
}

describe('readMetadata', () => {
  test('reads Open Graph and article meta tags', () => {
    const doc = page(
      `<title>Signing day | Daily Example</title>
       <meta property="og:title" content="Signing day in Hanoi">
       <meta property="og:site_name" content="Daily Example">
       <meta name="author" content="Anna Nowak">
       <meta property="article:published_time" content="2025-10-25T09:30:00+07:00">
       <link rel="canonical" href="/world/hanoi-signing">`,
      'lang="pl-PL"',
    );
    expect(readMetadata(doc, PAGE)).toEqual({
      url: 'https://news.example/world/hanoi-signing',
      title: 'Signing day in Hanoi',
      site: 'Daily Example',
      author: 'Anna Nowak',
      date: '2025-10-25',
      langTag: 'pl-PL',
    });
  });

  test('falls back to a JSON-LD NewsArticle, skipping a block that does not parse', () => {
    const doc = page(
      `<title>Plain title</title>
       <script type="application/ld+json">{ not json</script>
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"WebSite","name":"Site"},
         {"@type":"NewsArticle","headline":"Headline from data","datePublished":"2025-10-26",
          "author":[{"@type":"Person","name":"Jan Smit"},{"@type":"Person","name":"Eva Berg"}],
          "publisher":{"@type":"Organization","name":"Het Voorbeeld"},
          "mainEntityOfPage":{"@id":"https://voorbeeld.example/a/1"}}]}</script>`,
    );
    expect(readMetadata(doc, PAGE)).toMatchObject({
      url: 'https://voorbeeld.example/a/1',
      title: 'Headline from data',
      site: 'Het Voorbeeld',
      author: 'Jan Smit, Eva Berg',
      date: '2025-10-26',
    });
  });

  test('with nothing declared: the document title, the host, the page URL without its fragment', () => {
    const doc = page('<title> Only a title </title>');
    expect(readMetadata(doc, 'https://www.site.example/a?b=1#c')).toEqual({
      url: 'https://www.site.example/a?b=1',
      title: 'Only a title',
      site: 'site.example',
      author: '',
      date: '',
      langTag: '',
    });
  });

  test('a <time datetime> gives the date when no meta tag does; the Content-Language gives the language', () => {
    const doc = page('<meta http-equiv="Content-Language" content="fr">');
    doc.body.innerHTML = '<time datetime="2025-10-24">24 octobre</time>';
    expect(readMetadata(doc, PAGE)).toMatchObject({ date: '2025-10-24', langTag: 'fr' });
  });
});

describe('canonicalUrl', () => {
  test.each([
    [['javascript:alert(1)', 'https://a.example/x#y'], 'https://a.example/x'],
    [['', '  '], 'https://news.example/world/hanoi-signing?utm=1'],
    [['//cdn.example/story'], 'https://cdn.example/story'],
    [['ftp://files.example/a'], 'https://news.example/world/hanoi-signing?utm=1'],
  ])('%j', (candidates, url) => {
    expect(canonicalUrl(candidates, PAGE)).toBe(url);
  });
});

test.each([
  ['2025-10-25T09:30:00+07:00', '2025-10-25'],
  ['2025-02-30', ''],
  ['25 October 2025', ''],
  ['', ''],
])('isoDate(%j) is %j', (value, date) => {
  expect(isoDate(value)).toBe(date);
});

test('pageLang guesses from the text only when no language is declared', () => {
  const dutch =
    'De conventie werd in Hanoi ondertekend en het is een belangrijke stap voor de wereld.';
  expect(pageLang('', () => dutch)).toBe('nl');
  expect(pageLang('de', () => dutch)).toBe('de');
  expect(pageLang('ja', () => dutch)).toBe('');
});
