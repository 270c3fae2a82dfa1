import { type Browser, launch } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild } from './build';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox ESR over WebDriver BiDi with the MV3 build installed as a temporary add-on. */
export async function launchFirefox(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const dir = requireBuild(FIREFOX_BUILD);
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Firefox asks before granting host permissions to MV3 add-ons; tests grant them up front.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(dir);
  return { browser, close: () => browser.close() };
}
