// Renders assets/icon.svg into the PNGs the manifests name (public/icons/<size>.png), and the
// variant for dark toolbars (public/icons/<size>-light.png, Firefox's theme_icons). The system
// Chromium the tests drive does the rasterising, so no image library or native module is needed.
// Run: `npm run icons` after changing the SVG; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/helpers/chromium';

// The sizes wxt.config.ts names in the manifests.
const ICON_SIZES = [16, 32, 48, 128] as const;

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');

// A light card with dark bars, which stands out more on a dark toolbar than the dark blue card.
const LIGHT = 'svg { --card: #93c5fd; --text: #0b1f4d; --mark: #b45309; }';

const variants = [
  { suffix: '', css: '' },
  { suffix: '-light', css: LIGHT },
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { suffix, css } of variants) {
    // The variant's rules come after the file's own, so they win.
    const source = css ? svg.replace('</style>', `${css}\n</style>`) : svg;
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
      );
      const path = join(root, 'public', 'icons', `${size}${suffix}.png`);
      await page.screenshot({ path, omitBackground: true });
      console.log(path);
    }
  }
} finally {
  await browser.close();
}
