// npm start: opens Chromium with the built extension on the seed articles served as news pages.
// With no display (or --headless) it runs headless, hovers a mention and saves a screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForHighlights } from '../tests/e2e/helpers/highlights';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { demoPages } from './demo-pages';

const root = join(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const server = await serveFixtures(join(root, 'seeds'));
for (const [path, html] of demoPages(root)) server.add(path, html);
const first = server.url('000_b52fa35cbc56eae7.html');

const session = await launchChromium({ headless, pageMarks: false });
const page = await session.context.newPage();
await page.goto(first);
const mentions = await waitForHighlights(page);
console.log(`Painted ${mentions.length} mentions on ${first}`);

if (headless) {
  const out = join(root, 'demo-output');
  mkdirSync(out, { recursive: true });
  const box = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('factcard-mention') ?? [])][0] as
      | AbstractRange
      | undefined;
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = live.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(800);
  }
  const shot = join(out, 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`Screenshot: ${shot}`);
  await session.close();
  await server.close();
} else {
  console.log(`Demo index: ${server.url('/')} — close the browser window to stop.`);
  session.context.on('close', () => void server.close());
}
