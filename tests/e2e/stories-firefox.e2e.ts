import { afterAll, beforeAll, expect, test } from 'vitest';
import { HARBOUR_ARTICLE } from '../unit/fixture-story';
import { hoverForCard, launchFirefox, waitForMentionPoint } from './helpers/firefox';
import { type FixtureServer, serveFixtures } from './helpers/server';

// Pinned so the test knows the options page's address.
const UUID = '6a1d2e3f-8b1c-4d66-8e66-3a5b7c2f1d22';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

test('Firefox: a card made in a story is underlined and opens', async () => {
  const firefox = await launchFirefox({ uuid: UUID });
  try {
    const options = await firefox.browser.newPage();
    // Firefox does not report the load of a moz-extension page over BiDi: poll until it answers.
    void options.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
    const send = async (message: object) => {
      const end = Date.now() + 20_000;
      for (;;) {
        const answer = await options
          .evaluate((m) => {
            const api = (globalThis as unknown as { browser?: RuntimeApi }).browser;
            return api?.runtime ? api.runtime.sendMessage(m) : null;
          }, message)
          .catch(() => null);
        if (answer || Date.now() > end) return answer;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    expect(
      await send({ type: 'add-article', story: '', title: 'Eldmoor', article: HARBOUR_ARTICLE }),
    ).toMatchObject({ ok: true, value: { story: 'eldmoor', created: true } });
    expect(
      await send({
        type: 'story-edit',
        edit: {
          op: 'make-entity',
          story: 'eldmoor',
          name: 'Mara Lindqvist',
          lang: 'en',
          type: 'person',
          description: 'Mayor of Eldmoor',
        },
      }),
    ).toEqual({ ok: true, value: { story: 'eldmoor', entity: 'mara-lindqvist' } });
    const page = await firefox.browser.newPage();
    await page.goto(server.url('packs-en.html'));
    await hoverForCard(page, await waitForMentionPoint(page, 'Mara Lindqvist'));
    expect(await page.evaluate(() => document.querySelectorAll('factcard-host').length)).toBe(1);
  } finally {
    await firefox.close();
  }
});
