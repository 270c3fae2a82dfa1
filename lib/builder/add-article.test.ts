import { describe, expect, test } from 'vitest';
import { FERRY_ARTICLE, HARBOUR_ARTICLE } from '@/tests/unit/fixture-story';
import { addArticle } from './add-article';
import { addFact } from './facts';
import { makeEntity } from './make-entity';
import { newStory, type StoryDoc } from './story-doc';

const mayorFact = {
  entity: 'mara-lindqvist',
  lang: 'en' as const,
  text: 'Opened the library.',
  url: HARBOUR_ARTICLE.url,
  exact: 'cut the ribbon',
  prefix: 'Mayor Mara Lindqvist ',
  suffix: '.',
};

/** The story with a card for the mayor the articles name. */
const withMayor = (doc: StoryDoc) =>
  makeEntity(doc, { name: 'Mara Lindqvist', lang: 'en', type: 'person', description: '' }).doc;

describe('addArticle', () => {
  test('keeps the article as a source with its text as its one translation', () => {
    const { doc, source, created } = addArticle(newStory('s', 'Spring'), HARBOUR_ARTICLE);
    expect(created).toBe(true);
    expect(source).toBe('eldmoor-gazette');
    expect(doc.sources).toEqual([
      {
        id: 'eldmoor-gazette',
        publisher: 'Eldmoor Gazette',
        url: HARBOUR_ARTICLE.url,
        language: 'en',
        title: 'Harbour Library opens in Eldmoor',
        date: '2026-03-02',
        author: 'Ada Quill',
        translations: [{ id: 'eldmoor-gazette-en', lang: 'en', text: HARBOUR_ARTICLE.text }],
      },
    ]);
  });

  test("a person's card gets the country an article added later gives", () => {
    let doc = addArticle(newStory('s', 'Spring'), HARBOUR_ARTICLE).doc;
    doc = withMayor(doc);
    expect(doc.entities[0].country).toBeUndefined();
    const later = {
      ...FERRY_ARTICLE,
      text: `${FERRY_ARTICLE.text} The Swedish engineer Mara Lindqvist rode the first ferry.`,
    };
    doc = addArticle(doc, later).doc;
    expect(doc.entities[0].country).toBe('SE');
  });

  test('a story title is one line, no longer than a pack title may be', () => {
    expect(newStory('s', '  Eldmoor\n spring ').title).toBe('Eldmoor spring');
    expect(newStory('s', 'x'.repeat(300)).title).toHaveLength(200);
    expect(newStory('s', ' ').title).toBe('Untitled story');
  });

  test('an unknown date and author are left out', () => {
    const { doc } = addArticle(newStory('s', 'Spring'), FERRY_ARTICLE);
    expect(doc.sources[0]).not.toHaveProperty('date');
    expect(doc.sources[0]).not.toHaveProperty('author');
  });

  test('two articles of one site get two ids', () => {
    let { doc } = addArticle(newStory('s', 'Spring'), HARBOUR_ARTICLE);
    const second = addArticle(doc, { ...HARBOUR_ARTICLE, url: `${HARBOUR_ARTICLE.url}-2` });
    doc = second.doc;
    expect(doc.sources.map((s) => s.id)).toEqual(['eldmoor-gazette', 'eldmoor-gazette-2']);
  });

  test('the same canonical URL again updates its source, and its facts follow the new text', () => {
    let { doc } = addArticle(newStory('s', 'Spring'), HARBOUR_ARTICLE);
    doc = withMayor(doc);
    doc = addFact(doc, mayorFact);
    const text = `A correction was added on Tuesday.\n\n${HARBOUR_ARTICLE.text}`;
    const again = addArticle(doc, {
      ...HARBOUR_ARTICLE,
      url: `${HARBOUR_ARTICLE.url}#top`,
      title: 'New title',
      text,
    });
    expect(again.created).toBe(false);
    expect(again.source).toBe('eldmoor-gazette');
    expect(again.doc.sources).toHaveLength(1);
    expect(again.doc.sources[0]).toMatchObject({ title: 'New title' });
    expect(again.doc.sources[0].translations[0].text).toBe(text);
    expect(again.doc.entities[0].facts[0].quote.exact).toBe('cut the ribbon');
  });

  test('an update that would leave a fact without its quote is refused with the reason', () => {
    let { doc } = addArticle(newStory('s', 'Spring'), HARBOUR_ARTICLE);
    doc = withMayor(doc);
    doc = addFact(doc, mayorFact);
    expect(() => addArticle(doc, { ...HARBOUR_ARTICLE, text: 'The library opened.' })).toThrow(
      /1 fact quotes words it no longer holds, so the stored version was kept/,
    );
  });

  test('line ends and character forms are stored in one form, so quotes are found again', () => {
    const text = 'Le maire a parle\u0301 du port.\r\n\r\nIl a ri.';
    const { doc } = addArticle(newStory('s', 'Spring'), { ...FERRY_ARTICLE, lang: 'fr', text });
    expect(doc.sources[0].translations[0].text).toBe('Le maire a parlé du port.\n\nIl a ri.');
  });
});
