// Screenshots of the toolbar with the extension's button, in Chromium and Firefox, for the store
// listing and the reviewers: headless browsers draw no toolbar, so both run headed on a virtual
// display (Debian's xvfb package) and the display's frame buffer is saved as PNG.
// Run after a build: `npm run toolbar-screenshots` (writes docs/store/toolbar-*.png).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch } from 'puppeteer-core';
import { CHROME_BUILD, FIREFOX_BUILD } from '../tests/e2e/helpers/build';
import { CHROMIUM, launchChromium } from '../tests/e2e/helpers/chromium';
import { FIREFOX } from '../tests/e2e/helpers/firefox';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { demoPages } from './demo-pages';
import { readXwd } from './xwd';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'store');
const SCREEN = { width: 1280, height: 720 };
// The top of the window: tabs, address bar and toolbar buttons.
const STRIP = { width: 1280, height: 96 };

const fbDir = mkdtempSync(join(tmpdir(), 'factcards-xvfb-'));
const display = ':97';
const xvfb: ChildProcess = spawn(
  'Xvfb',
  [
    display,
    '-screen',
    '0',
    `${SCREEN.width}x${SCREEN.height}x24`,
    '-fbdir',
    fbDir,
    '-nolisten',
    'tcp',
  ],
  { stdio: 'ignore' },
);
// Firefox names the button's widget after the add-on's id (gecko id with every other character _).
const FIREFOX_WIDGET = 'factcards_factcards_example';
xvfb.on('error', () => {
  console.error('Xvfb is missing: install Debian\'s package with "apt-get install -y xvfb".');
  process.exit(1);
});
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves the top strip of the virtual display as PNG, encoded by a headless Chromium. */
async function saveScreen(name: string) {
  const { width, height, rgba } = readXwd(readFileSync(join(fbDir, 'Xvfb_screen0')));
  const crop = Buffer.alloc(STRIP.width * STRIP.height * 4);
  for (let y = 0; y < Math.min(STRIP.height, height); y++) {
    rgba.copy(crop, y * STRIP.width * 4, y * width * 4, y * width * 4 + STRIP.width * 4);
  }
  const encoder = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await encoder.newPage();
  const png = await page.evaluate(
    ([data, w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const bytes = Uint8ClampedArray.from(atob(data), (c) => c.charCodeAt(0));
      canvas.getContext('2d')!.putImageData(new ImageData(bytes, w, h), 0, 0);
      return canvas.toDataURL('image/png').split(',')[1];
    },
    [crop.toString('base64'), STRIP.width, STRIP.height] as const,
  );
  await encoder.close();
  const path = join(outDir, name);
  writeFileSync(path, Buffer.from(png, 'base64'));
  console.log(path);
}

const server = await serveFixtures(join(root, 'seeds'));
for (const [path, html] of demoPages(root)) server.add(path, html);
const article = server.url('002_6ba6103c8974e72c.html');

/** Firefox with the add-on installed and its button in the toolbar, on the article. */
async function firefoxScreen(name: string, prefs: Record<string, unknown>) {
  const firefox = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: false,
    args: [`--width=${SCREEN.width}`, `--height=${SCREEN.height}`],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      // Firefox, too, keeps a new add-on's button in the extensions menu: place it in the toolbar.
      'browser.uiCustomization.state': JSON.stringify({
        placements: {
          'nav-bar': [
            'back-button',
            'forward-button',
            'stop-reload-button',
            'urlbar-container',
            `${FIREFOX_WIDGET}-browser-action`,
            'unified-extensions-button',
          ],
        },
        currentVersion: 23,
      }),
      ...prefs,
    },
  });
  await firefox.installExtension(FIREFOX_BUILD);
  const [tab] = await firefox.pages();
  await tab.goto(article);
  await settle(3000);
  await saveScreen(name);
  await firefox.close();
}

try {
  await settle(1000);
  process.env.DISPLAY = display;

  // Chromium leaves an unpacked extension's button in the extensions menu until it is pinned:
  // pin it in the profile's preferences, then start again with that profile.
  const first = await launchChromium({ extensionDir: CHROME_BUILD, headless: false });
  const { extensionId, userDataDir } = first;
  await first.close({ keepProfile: true });
  const prefsPath = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(prefsPath, 'utf8'));
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [extensionId] };
  writeFileSync(prefsPath, JSON.stringify(prefs));
  const session = await launchChromium({ userDataDir, headless: false });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(article);
  // A click in the page takes the focus from the address bar and closes the translation offer.
  await page.mouse.click(600, 400);
  await page.keyboard.press('Escape');
  await settle(2000);
  await saveScreen('toolbar-chromium.png');
  await session.close();

  await firefoxScreen('toolbar-firefox.png', {});
  // Firefox's dark theme shows the light icon of theme_icons.
  await firefoxScreen('toolbar-firefox-dark.png', {
    'extensions.activeThemeID': 'firefox-compact-dark@mozilla.org',
  });
} finally {
  await server.close();
  xvfb.kill();
}
