import { type Browser, type ElementHandle, launch, type Page } from 'puppeteer-core';
import { PAGE_MARKS_KEY } from '../../../lib/page/marks';
import { FIREFOX_BUILD, requireBuild } from './build';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const GECKO_ID = 'factcards@factcards.example';

/** The add-on's internal id unless a test pins another: its pages' address. */
const UUID = '0d9c2a47-3f5e-4b8a-9c61-7e2f4d1b5a83';

/**
 * Firefox ESR over WebDriver BiDi with the MV3 build installed as a temporary add-on, its
 * internal id pinned (to `uuid` when given), so that its pages' address is known
 * (moz-extension://<uuid>/options.html). Pages leave the performance marks tests wait for
 * (lib/page/marks.ts) unless `pageMarks` is false.
 */
export async function launchFirefox(
  options: { uuid?: string; pageMarks?: boolean } = {},
): Promise<{ browser: Browser; close(): Promise<void> }> {
  const dir = requireBuild(FIREFOX_BUILD);
  const uuid = options.uuid ?? UUID;
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox asks before granting host permissions to MV3 add-ons; tests grant them up front.
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  await browser.installExtension(dir);
  if (options.pageMarks ?? true) await allowPageMarks(browser, uuid);
  return { browser, close: () => browser.close() };
}

/** Sets the storage key that lets pages leave performance marks, from the options page. */
async function allowPageMarks(browser: Browser, uuid: string) {
  const page = await browser.newPage();
  // Firefox does not report the load of a moz-extension page over BiDi: poll until its API
  // answers (an evaluation during the navigation itself can fail: it is tried again).
  void page.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined);
  const set = (key: string) => {
    const api = (globalThis as unknown as { browser?: ExtensionApi }).browser;
    return api?.storage ? api.storage.local.set({ [key]: true }).then(() => true) : false;
  };
  const end = Date.now() + 20_000;
  while (!(await page.evaluate(set, PAGE_MARKS_KEY).catch(() => false))) {
    if (Date.now() > end) throw new Error("The add-on's options page did not load in Firefox");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.close();
}

interface ExtensionApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
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

/**
 * Waits for `selector` on an extension page whose load Firefox does not report over BiDi: polls,
 * as a query sent while the page's document is replaced may fail ("unknown error").
 */
export async function waitForExtensionSelector(
  page: Page,
  selector: string,
  timeout = 20_000,
): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await page.$(selector).catch(() => null);
    if (found) return found;
    if (Date.now() > end) throw new Error(`${selector} did not appear within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
