// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractedArticle, StoryEdit } from '@/lib/builder/types';
import type { PageSelection } from '@/lib/extract/page-reader';
import { interact, show, useComponentTest } from '../popup/test-helpers';
import { Builder } from './Builder';

const ARTICLE: ExtractedArticle = {
  url: 'https://coast.example/ferry',
  title: 'Ferry line opens',
  site: 'Coast Daily',
  author: '',
  date: '2025-06-14',
  lang: 'en',
  text: 'Mayor Ilse Brandt opened the ferry line. Mayor Ilse Brandt said the Nordlys Shipping Company would run it.',
};
const SELECTION: PageSelection = {
  ok: true,
  value: { text: 'Ilse Brandt opened the ferry line.', prefix: 'Mayor ', suffix: ' Mayor' },
  lang: 'en',
};

const entity = (id: string, name: string) => ({
  id,
  type: 'person',
  name: { en: name },
  description: { en: '' },
  aliases: [{ text: name, lang: 'en' }],
  facts: [],
});

/** A background and a page that answer as the real ones do, recording what they were asked. */
function fakes(options: { sources?: string[]; article?: unknown; error?: string } = {}) {
  const asked: Record<string, unknown>[] = [];
  const pack = {
    sources: (options.sources ?? []).map((url) => ({ url })),
    entities: [entity('nordlys', 'Nordlys'), entity('ilse-brandt', 'Ilse Brandt')],
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (
    request: Record<string, unknown>,
  ) => {
    asked.push(request);
    if (options.error && request.type === 'story-edit') return { ok: false, error: options.error };
    const value = {
      stories: [{ id: 'ferries', title: 'Ferries', articles: 1, entities: 2 }],
      story: pack,
      'add-article': { story: 'ferries', source: 'coast-daily', created: true },
      'story-edit': { story: 'ferries' },
      matcher: { version: '1', aliases: [] },
    }[request.type as string];
    return { ok: true, value };
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    request: { type: string },
  ) => ({
    ok: true,
    value:
      request.type === 'selection' ? SELECTION : (options.article ?? { ok: true, value: ARTICLE }),
  })) as never);
  const edits = () => asked.filter((r) => r.type === 'story-edit').map((r) => r.edit as StoryEdit);
  return { asked, edits };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('Builder', () => {
  const { root } = useComponentTest();
  const button = (text: string) =>
    [...root().querySelectorAll('button')].find((b) => b.textContent === text)!;
  const open = async (action?: 'card' | 'fact' | 'name') => {
    show(<Builder tab={{ id: 4 }} action={action} uiLang="en" />, root());
    await settle();
  };

  test('"Add as a fact" offers the entity the selection names first and adds the article first', async () => {
    const { asked, edits } = fakes();
    await open('fact');
    const options = [...root().querySelectorAll('#builder-entity option')].map(
      (o) => o.textContent,
    );
    expect(options).toEqual(['Ilse Brandt', 'Nordlys']);
    const fact = root().querySelector<HTMLTextAreaElement>('#builder-fact')!;
    expect(fact.value).toBe(SELECTION.ok && SELECTION.value.text);
    interact(() => {
      fact.value = 'Ilse Brandt opened the line.';
      fact.dispatchEvent(new Event('input'));
    });
    interact(() => root().querySelector('form')!.requestSubmit());
    await settle();
    const types = asked.map((r) => r.type);
    expect(types.indexOf('add-article')).toBeLessThan(types.indexOf('story-edit'));
    expect(asked.find((r) => r.type === 'add-article')).toMatchObject({
      story: 'ferries',
      article: ARTICLE,
    });
    expect(edits()).toEqual([
      {
        op: 'add-fact',
        story: 'ferries',
        entity: 'ilse-brandt',
        lang: 'en',
        text: 'Ilse Brandt opened the line.',
        url: ARTICLE.url,
        exact: 'Ilse Brandt opened the ferry line.',
        prefix: 'Mayor ',
        suffix: ' Mayor',
      },
    ]);
    expect(root().querySelector('[role="status"]')?.textContent).toBe(
      'The fact was added to “Ferries”.',
    );
  });

  test('an article already in the story is not added again', async () => {
    const { asked } = fakes({ sources: [ARTICLE.url] });
    await open('fact');
    interact(() => root().querySelector('form')!.requestSubmit());
    await settle();
    expect(asked.map((r) => r.type)).not.toContain('add-article');
  });

  test('adding the article lists its names, and one button makes a card of one', async () => {
    const { edits } = fakes();
    await open();
    interact(() => button('Add this article').click());
    await settle();
    expect(root().querySelector('[role="status"]')?.textContent).toBe(
      'The article was added to “Ferries”.',
    );
    const names = [...root().querySelectorAll('.suggestion-name')].map((n) => n.textContent);
    expect(names).toContain('Nordlys Shipping Company');
    // The story has a card for Ilse Brandt already.
    const made = [...root().querySelectorAll('.suggestions li')].find((li) =>
      li.textContent?.startsWith('Ilse Brandt'),
    );
    expect(made?.querySelector('button')).toBeNull();
    interact(() =>
      root()
        .querySelector<HTMLButtonElement>(
          '[aria-label="Make a card for Nordlys Shipping Company"]',
        )!
        .click(),
    );
    await settle();
    expect(edits()).toEqual([
      {
        op: 'make-entity',
        story: 'ferries',
        name: 'Nordlys Shipping Company',
        type: 'organisation',
        lang: 'en',
        description: '',
      },
    ]);
  });

  test('a page with no article says so, and nothing is stored', async () => {
    const { asked } = fakes({ article: { ok: false, reason: 'no-article' } });
    await open();
    interact(() => button('Add this article').click());
    await settle();
    expect(root().querySelector('[role="alert"]')?.textContent).toBe(
      'No article was found on this page, so nothing was stored.',
    );
    expect(asked.map((r) => r.type)).not.toContain('add-article');
  });

  test('when the stories cannot be read, the reason is shown', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'The database could not be opened.',
    } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      value: SELECTION,
    } as never);
    await open();
    expect(root().querySelector('[role="alert"]')?.textContent).toBe(
      'The database could not be opened.',
    );
  });

  test("the background's refusal is shown as it is written", async () => {
    fakes({
      sources: [ARTICLE.url],
      error: 'This entity already has 4 facts, the most a card holds.',
    });
    await open('fact');
    interact(() => root().querySelector('form')!.requestSubmit());
    await settle();
    expect(root().querySelector('[role="alert"]')?.textContent).toBe(
      'This entity already has 4 facts, the most a card holds.',
    );
  });

  test('"Make a card" is filled from the selection and sends the form as edited', async () => {
    const { edits } = fakes({ sources: [ARTICLE.url] });
    await open('card');
    const name = root().querySelector<HTMLInputElement>('#builder-name')!;
    expect(name.value).toBe('Ilse Brandt opened the ferry line.');
    interact(() => {
      name.value = '<b>Ilse</b> Brandt';
      name.dispatchEvent(new Event('input'));
      const description = root().querySelector<HTMLInputElement>('#builder-description')!;
      description.value = 'Mayor of Westhaven';
      description.dispatchEvent(new Event('input'));
    });
    interact(() => root().querySelector('form')!.requestSubmit());
    await settle();
    expect(edits()).toEqual([
      {
        op: 'make-entity',
        story: 'ferries',
        name: '<b>Ilse</b> Brandt',
        type: 'organisation',
        lang: 'en',
        description: 'Mayor of Westhaven',
      },
    ]);
    // What the reader typed comes back as text, never as markup.
    expect(root().querySelector('[role="status"]')?.textContent).toBe(
      'Card made for “<b>Ilse</b> Brandt”.',
    );
    expect(root().querySelector('b')).toBeNull();
  });
});
