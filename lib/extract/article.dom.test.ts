// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractArticle } from './article';

const BODY = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main><article>
    <h1>Harbour town opens its new ferry line</h1>
    <p>The harbour town of Westhaven opened a ferry line to the islands on Saturday, after three
       years of planning by the regional council and the shipping company Nordlys.</p>
    <p>Mayor <b>Ilse</b> Brandt said the line would carry some four hundred passengers a day in
       summer, and that the council would review the timetable after the first season.</p>
    <p>The islands have had no regular service since the old ferry was withdrawn, and residents
       had to travel through the city to reach the mainland by bus and boat.</p>
  </article></main>
  <footer>Copyright, contact and other links of the site.</footer>`;

function page(head: string, body = BODY, attrs = 'lang="en"'): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html ${attrs}><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('extractArticle', () => {
  test('keeps the article as paragraphs with the page metadata, and leaves the page as it was', () => {
    const doc = page(
      `<title>Ferry line | Coast Daily</title><meta property="og:site_name" content="Coast Daily">
       <meta name="author" content="Pia Holm">
       <meta property="article:published_time" content="2025-06-14T08:00:00Z">
       <link rel="canonical" href="https://coast.example/ferry">`,
    );
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://coast.example/ferry?ref=home#top');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text, ...meta } = result.value;
    expect(meta).toEqual({
      url: 'https://coast.example/ferry',
      title: 'Ferry line | Coast Daily',
      site: 'Coast Daily',
      author: 'Pia Holm',
      date: '2025-06-14',
      lang: 'en',
    });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'Mayor Ilse Brandt said the line would carry some four hundred passengers a day in summer, and that the council would review the timetable after the first season.',
    );
    expect(paragraphs.at(-1)).toMatch(/^The islands have had no regular service/);
    expect(text).not.toMatch(/Copyright|Sport/);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a page without an article gives a reason and no article', () => {
    const doc = page('<title>Index</title>', '<nav><a href="/a">A</a> <a href="/b">B</a></nav>');
    expect(extractArticle(doc, 'https://coast.example/')).toEqual({
      ok: false,
      reason: 'no-article',
    });
  });

  test('a page in a language the cards are not written in is refused', () => {
    const doc = page('<title>Balsa</title>', BODY, 'lang="pt-BR"');
    expect(extractArticle(doc, 'https://coast.example/balsa')).toEqual({
      ok: false,
      reason: 'language',
      tag: 'pt-BR',
    });
  });

  test('with no language declared, it is guessed from the text', () => {
    const dutch = BODY.replace(
      /<article>[\s\S]*<\/article>/,
      `<article><p>${'De gemeente heeft op zaterdag een nieuwe veerdienst naar de eilanden geopend en de bewoners zijn er blij mee. '.repeat(5)}</p></article>`,
    );
    const result = extractArticle(page('<title>Veer</title>', dutch, ''), 'https://a.example/b');
    expect(result.ok && result.value.lang).toBe('nl');
  });
});
