import { addArticle } from '../../lib/builder/add-article';
import { newStory, type StoryDoc } from '../../lib/builder/story-doc';
import type { ExtractedArticle } from '../../lib/builder/types';

/** Two short articles about an invented harbour town, written for these tests. */
export const HARBOUR_ARTICLE: ExtractedArticle = {
  url: 'https://gazette.example.org/2026/03/harbour-library',
  title: 'Harbour Library opens in Eldmoor',
  site: 'Eldmoor Gazette',
  author: 'Ada Quill',
  date: '2026-03-02',
  lang: 'en',
  text:
    'The Harbour Library of Eldmoor opened on Monday after four years of building work.\n\n' +
    'Mayor Mara Lindqvist cut the ribbon. Lindqvist said the library would stay open late.\n\n' +
    'The library holds sixty thousand books. The library was paid for by the port fund.',
};

export const FERRY_ARTICLE: ExtractedArticle = {
  url: 'https://courier.example.net/ferry-strike',
  title: 'Ferry crews stop work',
  site: 'Coast Courier',
  author: '',
  date: '',
  lang: 'pl',
  text:
    'Załogi promów w Eldmoor przerwały pracę w środę.\n\n' +
    'Burmistrz Mara Lindqvist wezwała obie strony do rozmów.',
};

/** A story holding both articles and no card yet. */
export function twoArticleStory(id = 'eldmoor'): StoryDoc {
  let doc = newStory(id, 'Eldmoor this spring');
  doc = addArticle(doc, HARBOUR_ARTICLE).doc;
  return addArticle(doc, FERRY_ARTICLE).doc;
}
