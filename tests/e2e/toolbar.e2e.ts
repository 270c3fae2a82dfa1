import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './helpers/chromium';

// What a store reviewer and a new reader see first: the toolbar button and the privacy policy.
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(() => session.close());

interface ActionApi {
  action: { getTitle(details: object): Promise<string> };
  runtime: { getManifest(): { icons: Record<string, string> } };
}

describe('the toolbar button and the privacy page in Chromium', () => {
  test('the button has a translated title and an icon at each size the manifest names', async () => {
    const page = await session.openExtensionPage('options.html');
    const { title, icons } = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: ActionApi }).chrome;
      return {
        title: await chrome.action.getTitle({}),
        icons: chrome.runtime.getManifest().icons,
      };
    });
    expect(title).toBe('Fact cards: sources and names on this page');
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual([
      '16',
      '32',
      '48',
      '128',
    ]);
    for (const [size, path] of Object.entries(icons)) {
      const width = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img.naturalWidth;
      }, `/${path}`);
      expect(width, path).toBe(Number(size));
    }
  });

  test('the options page links to the policy, which the extension shows from its own files', async () => {
    const options = await session.openExtensionPage('options.html');
    const link = options.locator('.privacy-link a');
    await link.waitFor();
    const [policy] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await policy.locator('h1').waitFor();
    expect(new URL(policy.url()).pathname).toBe('/privacy.html');
    expect(await policy.locator('h1').textContent()).toBe('Privacy policy');
    expect(await policy.locator('h2').allTextContents()).toContain('What it sends');
  });
});
