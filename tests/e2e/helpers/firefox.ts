import { type Browser, launch, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild } from './build';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const GECKO_ID = 'factcards@factcards.example';

/**
 * Firefox ESR over WebDriver BiDi with the MV3 build installed as a temporary add-on. With `uuid`,
 * the add-on's internal id is pinned, so a test knows its pages' address
 * (moz-extension://<uuid>/options.html).
 */
export async function launchFirefox(
  options: { uuid?: string } = {},
): Promise<{ browser: Browser; close(): Promise<void> }> {
  const dir = requireBuild(FIREFOX_BUILD);
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: options.uuid ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      // Firefox asks before granting host permissions to MV3 add-ons; tests grant them up front.
      'extensions.originControls.grantByDefault': true,
      ...(options.uuid
        ? { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: options.uuid }) }
        : {}),
    },
  });
  await browser.installExtension(dir);
  return { browser, close: () => browser.close() };
}

/**
 * Waits until `text` is painted as a mention and returns the middle of its first line box and
 * the bottom of it (the card opens below).
 */
export async function waitForMentionPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; bottom: number }> {
  const point = await page.waitForFunction(
    (wanted: string) => {
      for (const r of (CSS.highlights.get('factcard-mention') ?? []) as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== wanted) continue;
        const rect = live.getClientRects()[0];
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          bottom: rect.bottom,
        };
      }
      return null;
    },
    { timeout: 20_000 },
    text,
  );
  return (await point.jsonValue()) as { x: number; y: number; bottom: number };
}

/** Moves the pointer onto a mention and waits for its card to open below it. */
export async function hoverForCard(page: Page, at: { x: number; y: number; bottom: number }) {
  await page.mouse.move(at.x, at.y);
  // The card opens below the mention: the point just under it now belongs to the card host.
  await page.waitForFunction(
    (x: number, y: number) =>
      document.elementFromPoint(x, y)?.nodeName.toLowerCase() === 'factcard-host',
    { timeout: 10_000 },
    at.x,
    at.bottom + 30,
  );
}
