// Writes docs/card-light.png and docs/card-dark.png: a card opened by hovering a mention.
import { join } from 'node:path';
import { mentionPoint, waitForDialog } from '../tests/e2e/helpers/card';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForHighlights } from '../tests/e2e/helpers/highlights';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { demoPages } from './demo-pages';

const root = join(import.meta.dirname, '..');
const server = await serveFixtures(join(root, 'seeds'));
for (const [path, html] of demoPages(root)) server.add(path, html);

for (const scheme of ['light', 'dark'] as const) {
  const session = await launchChromium({ colorScheme: scheme });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 620 });
  if (scheme === 'dark') {
    await page.emulateMedia({ colorScheme: 'dark' });
  }
  await page.goto(server.url('002_6ba6103c8974e72c.html'));
  if (scheme === 'dark') {
    await page.addStyleTag({ content: 'body{background:#15171b;color:#dfe3ea} a{color:#8ab4ff}' });
  }
  await waitForHighlights(page);
  const { x, y } = await mentionPoint(page, 'secrétaire général To Lam');
  await page.mouse.move(x, y);
  await waitForDialog(page);
  await page.waitForTimeout(300);
  const path = join(root, 'docs', `card-${scheme}.png`);
  await page.screenshot({ path });
  console.log(path);
  await session.close();
}
await server.close();
