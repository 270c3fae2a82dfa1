import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkPackText } from '../../lib/pack/check';
import { sendFromPage } from './helpers/extension';
import { makeStory, request, STORY_ARTICLE } from './helpers/stories';
import { useChromiumSuite } from './helpers/suite';

const suite = useChromiumSuite();
let story = '';
let stories: Page;

beforeAll(async () => {
  story = await makeStory(suite.control);
  stories = await suite.session.openExtensionPage(`stories.html#${story}`);
});

/** Waits for what the page shows: a write goes through the background and back, slower under load. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

const entityNames = () => stories.locator('.entity h4').allTextContents();

describe('the stories page in Chromium', () => {
  test('shows the story made through the background: its article and its entities', async () => {
    await poll(entityNames).toEqual(['Ilse Brandt', 'Varne Harbour Council']);
    const article = stories.locator(`[data-article="${STORY_ARTICLE.url}"]`);
    expect(await article.locator('a').getAttribute('href')).toBe(STORY_ARTICLE.url);
    expect(await article.textContent()).toContain('Varne Post · 2026-11-02 · English');
    expect(await stories.locator('.entity mark').allTextContents()).toEqual([
      'the first boat would sail in May',
      'approved a ferry line',
    ]);
  });

  test('renames the story from the keyboard', async () => {
    await stories.getByRole('button', { name: 'Rename the story “Varne ferry”' }).click();
    await stories.getByLabel('Title of the story').fill('Varne ferry line');
    await stories.keyboard.press('Enter');
    await poll(() => stories.locator('.story h2').textContent()).toBe('Varne ferry line');
    const pack = await request<{ title: string }>(suite.control, { type: 'story', id: story });
    expect(pack.title).toBe('Varne ferry line');
  });

  test('deletes an entity, and Undo brings it back', async () => {
    await stories.getByRole('button', { name: 'Delete the card of Ilse Brandt' }).click();
    await poll(entityNames).toEqual(['Varne Harbour Council']);
    const status = stories.getByRole('status');
    expect(await status.textContent()).toContain('The card of Ilse Brandt was deleted');
    // Undo has the focus: Enter presses it.
    await poll(() => stories.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await stories.keyboard.press('Enter');
    await poll(entityNames).toEqual(['Ilse Brandt', 'Varne Harbour Council']);
    await poll(() => status.textContent()).toBe('The last change was undone.');
  });

  test('merges two entities, keeping the one chosen', async () => {
    const council = stories.locator('.entity', {
      has: stories.locator('h4', { hasText: /^Varne Harbour Council$/ }),
    });
    await council.getByLabel('Keep Varne Harbour Council').check();
    await council
      .getByRole('button', { name: 'Merge Varne Harbour Council and Ilse Brandt into one card' })
      .click();
    await poll(entityNames).toEqual(['Varne Harbour Council']);
    expect(await stories.locator('.entity .name-chip').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Ilse Brandt')]),
    );
  });

  test('exports the story as a pack file that pack check accepts', async () => {
    const download = stories.waitForEvent('download');
    await stories.getByRole('button', { name: 'Export “Varne ferry line” as a fact pack' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${story}.factpack.json`);
    const text = readFileSync((await file.path())!, 'utf8');
    const checked = checkPackText(text);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({ id: story, title: 'Varne ferry line' });
  });

  test('a name the background refuses is not saved, and its sentence is shown as given', async () => {
    await stories.getByRole('button', { name: 'Edit the name of Varne Harbour Council' }).click();
    await stories.getByLabel('Name (English)').fill('the');
    await stories.keyboard.press('Enter');
    const status = stories.locator('.notice.error');
    await poll(() => status.count()).toBe(1);
    const sentence = await status.textContent();
    // The page adds nothing to the background's sentence.
    const answer = (await sendFromPage(suite.control, {
      type: 'story-edit',
      edit: { op: 'edit-entity', story, entity: await councilId(), lang: 'en', name: 'the' },
    })) as { ok: boolean; error?: string };
    expect(answer.ok).toBe(false);
    expect(sentence).toBe(answer.error);
    expect(await entityNames()).toEqual(['Varne Harbour Council']);
  });
});

async function councilId(): Promise<string> {
  const pack = await request<{ entities: { id: string }[] }>(suite.control, {
    type: 'story',
    id: story,
  });
  return pack.entities[0].id;
}
