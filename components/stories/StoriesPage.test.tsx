// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import type { StoryEdit } from '@/lib/builder/types';
import type { Request } from '@/lib/messages';
import type { Pack } from '@/lib/pack/schema';
import { StoriesPage } from './StoriesPage';
import { button, field, fill, summary, testStory } from './test-story';

/**
 * The background as the page sees it: a story kept in memory with its earlier versions, a second
 * story to move things to, and `fail` to answer one request type with an error sentence.
 */
function background(fail: Partial<Record<Request['type'], string>> = {}) {
  let stories: Pack[] = [testStory(), testStory({ id: 'harbour-walk', title: 'Harbour walk' })];
  const history: Pack[][] = [];
  const sent: Request[] = [];
  const write = (story: string, change: (pack: Pack) => Pack | null) => {
    history.push(stories);
    stories = stories.flatMap((p) => (p.id === story ? [change(p) ?? []].flat() : [p]));
    return { story };
  };
  const apply = (edit: StoryEdit) => {
    switch (edit.op) {
      case 'rename-story':
        return write(edit.story, (p) => ({ ...p, title: edit.title }));
      case 'delete-story':
        return write(edit.story, () => null);
      case 'delete-entity':
        return write(edit.story, (p) => ({
          ...p,
          entities: p.entities.filter((e) => e.id !== edit.entity),
        }));
      default:
        throw new Error(`not in this fake: ${edit.op}`);
    }
  };
  const answer = (request: Request): unknown => {
    if (fail[request.type]) throw new Error(fail[request.type]);
    switch (request.type) {
      case 'stories':
        return stories.map((p) =>
          summary({ id: p.id, title: p.title, canUndo: history.length > 0 }),
        );
      case 'story':
        return stories.find((p) => p.id === request.id);
      case 'story-edit':
        return apply(request.edit);
      case 'story-undo':
        stories = history.pop() ?? stories;
        return { story: request.story };
      case 'export-pack':
        return JSON.stringify({ id: request.id });
      default:
        throw new Error(`not in this fake: ${request.type}`);
    }
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: Request) => {
    sent.push(request);
    try {
      return { ok: true, value: answer(request) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }) as never);
  return { sent, edits: () => sent.flatMap((r) => (r.type === 'story-edit' ? [r.edit] : [])) };
}

/** Lets the page's requests answer and Preact apply what they change, twice: a change of story
 * made by the first answers starts requests of its own. */
const settle = async () => {
  for (const _ of [1, 2]) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
};

describe('StoriesPage', () => {
  const { root } = useComponentTest();
  afterEach(() => {
    location.hash = '';
  });
  const open = async () => {
    show(<StoriesPage locale="en" />, root());
    await settle();
  };
  const status = () => root().querySelector('[role="status"]')!;
  const entityNames = () => [...root().querySelectorAll('.entity h4')].map((h) => h.textContent);

  test('lists the stories and shows the newest one whole', async () => {
    background();
    await open();
    const links = [...root().querySelectorAll('.story-picker a')];
    expect(links.map((a) => a.textContent)).toEqual(['Varne ferry', 'Harbour walk']);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(root().querySelector('.story-picker')?.textContent).toContain(
      'articles: 2, cards: 2, facts: 2 · changed Nov 3, 2026',
    );
    expect(root().querySelector('.story h2')?.textContent).toBe('Varne ferry');
    const article = root().querySelector('[data-article="https://varne.example/ferry"]')!;
    expect(article.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(article.textContent).toContain('Varne Post · 2026-11-02 · English');
    expect(entityNames()).toEqual(['Ilse Brandt', 'Council of Varne']);
    // The council's fact cites an article the story no longer holds.
    expect(root().querySelector('[data-entity="varne-council"] .source-chip')?.textContent).toBe(
      'Its article is no longer in the story.',
    );
  });

  test('the story the URL names is the one shown', async () => {
    background();
    location.hash = '#harbour-walk';
    await open();
    expect(root().querySelector('.story h2')?.textContent).toBe('Harbour walk');
  });

  test('a deleted entity is gone at once; Undo, focused, brings it back', async () => {
    const { sent } = background();
    await open();
    interact(() => button(root(), 'Delete the card of Ilse Brandt').click());
    await settle();
    expect(entityNames()).toEqual(['Council of Varne']);
    expect(status().textContent).toContain(
      'The card of Ilse Brandt was deleted, with its names and facts.',
    );
    const undo = button(status() as HTMLElement, 'Undo');
    expect(document.activeElement).toBe(undo);
    interact(() => undo.click());
    await settle();
    expect(sent).toContainEqual({ type: 'story-undo', story: 'varne-ferry' });
    expect(entityNames()).toEqual(['Ilse Brandt', 'Council of Varne']);
    expect(status().textContent).toBe('The last change was undone.');
  });

  test('a deleted story comes back with Undo, and is shown again', async () => {
    background();
    await open();
    interact(() => button(root(), 'Delete the story “Varne ferry”').click());
    await settle();
    expect([...root().querySelectorAll('.story-picker a')].map((a) => a.textContent)).toEqual([
      'Harbour walk',
    ]);
    expect(status().textContent).toContain('The story “Varne ferry” was deleted.');
    interact(() => button(status() as HTMLElement, 'Undo').click());
    await settle();
    expect(root().querySelector('.story h2')?.textContent).toBe('Varne ferry');
  });

  test('a rename shows the new title, and the last change can be undone from the header', async () => {
    const { edits } = background();
    await open();
    interact(() => button(root(), 'Rename the story “Varne ferry”').click());
    fill(field(root(), 'Title of the story'), 'Varne ferry line');
    interact(() => button(root(), 'Save').click());
    await settle();
    expect(edits()).toEqual([
      { op: 'rename-story', story: 'varne-ferry', title: 'Varne ferry line' },
    ]);
    expect(root().querySelector('.story h2')?.textContent).toBe('Varne ferry line');
    interact(() => button(root(), 'Undo the last change').click());
    await settle();
    expect(root().querySelector('.story h2')?.textContent).toBe('Varne ferry');
  });

  test("the background's sentence is shown as given when a change is refused", async () => {
    const refusal = 'This entity already has 4 facts, the most a card holds.';
    background({ 'story-edit': refusal });
    await open();
    interact(() => button(root(), 'Merge Ilse Brandt and Council of Varne into one card').click());
    await settle();
    expect(status().textContent).toBe(refusal);
    expect(status().classList.contains('error')).toBe(true);
    expect(status().querySelector('button')).toBeNull();
    expect(entityNames()).toEqual(['Ilse Brandt', 'Council of Varne']);
  });

  test('export saves the pack file as <id>.factpack.json', async () => {
    background();
    const saved: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:story';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved[saved.length - 1].name = this.download;
    });
    await open();
    interact(() => button(root(), 'Export “Varne ferry” as a fact pack').click());
    await settle();
    expect(saved.map((s) => s.name)).toEqual(['varne-ferry.factpack.json']);
    expect(await saved[0].blob.text()).toBe('{"id":"varne-ferry"}');
  });

  test('coming back to the page reads the stories again', async () => {
    const { sent } = background();
    await open();
    const reads = () => sent.filter((r) => r.type === 'stories').length;
    const before = reads();
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await settle();
    expect(reads()).toBe(before + 1);
  });

  test('a failed read says why; no story yet says how to start one', async () => {
    background({ stories: 'The disk is full: nothing was saved.' });
    await open();
    expect(root().querySelector('[role="alert"]')?.textContent).toBe(
      'The stories could not be read: The disk is full: nothing was saved.',
    );
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (await import('@/components/popup/test-helpers')).formatMessage as never,
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: [],
    } as never);
    show(<StoriesPage key="again" locale="en" />, root());
    await settle();
    expect(root().textContent).toContain('No story yet.');
  });
});
