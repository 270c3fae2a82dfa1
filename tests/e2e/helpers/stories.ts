import type { Page } from 'playwright-core';
import { sendFromPage } from './extension';

/** An article written for the tests and screenshots: a harbour town's council and its mayor. */
export const STORY_ARTICLE = {
  url: 'https://varne.example/news/ferry-line',
  title: 'Council backs a ferry line for Varne',
  site: 'Varne Post',
  author: '',
  date: '2026-11-02',
  lang: 'en',
  text: [
    'The Varne Harbour Council approved a ferry line to the islands on Monday evening.',
    'Mayor Ilse Brandt told the meeting that the first boat would sail in May.',
    'Ilse Brandt added that fares would stay below those of the bus.',
  ].join('\n\n'),
} as const;

/** The article as a news page, for a tab to find the story's names in. */
export const storyArticlePage = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_ARTICLE.title}</title></head>
<body><article><h1>${STORY_ARTICLE.title}</h1>${STORY_ARTICLE.text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

/** Sends a request as an extension page would and returns its value, or throws its error. */
export async function request<T>(page: Page, message: unknown): Promise<T> {
  const result = (await sendFromPage(page, message)) as { ok: boolean; value?: T; error?: string };
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

/**
 * Builds the story "Varne ferry" through the background's requests, as the popup would: the
 * article, then a card for the mayor and one for the council, each with a fact quoting it.
 */
export async function makeStory(page: Page): Promise<string> {
  const { story } = await request<{ story: string }>(page, {
    type: 'add-article',
    story: '',
    title: 'Varne ferry',
    article: STORY_ARTICLE,
  });
  const cards = [
    [
      'Ilse Brandt',
      'person',
      'Mayor of Varne',
      'Expects the first boat in May.',
      'the first boat would sail in May',
    ],
    [
      'Varne Harbour Council',
      'organisation',
      'The town council',
      'Approved the ferry line.',
      'approved a ferry line',
    ],
  ];
  for (const [name, type, description, fact, exact] of cards) {
    const made = await request<{ entity: string }>(page, {
      type: 'story-edit',
      edit: { op: 'make-entity', story, name, lang: 'en', type, description },
    });
    await request(page, {
      type: 'story-edit',
      edit: {
        op: 'add-fact',
        story,
        entity: made.entity,
        lang: 'en',
        text: fact,
        url: STORY_ARTICLE.url,
        exact,
        prefix: '',
        suffix: '',
      },
    });
  }
  return story;
}
