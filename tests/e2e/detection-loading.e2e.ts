import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './helpers/chromium';
import { waitForImport } from './helpers/extension';
import { readHighlights, waitForPainted } from './helpers/highlights';

// A page that arrives slowly is scanned while it loads; scripts that change it meanwhile, above
// the point the parser has reached, must not leave stale or missing mentions.

const filler = (i: number) =>
  `<p>Paragraph ${i}: delegates from many countries met the press after the session.</p>`;

/** The page, in the chunks the server sends 150 ms apart. */
const CHUNKS = [
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title>
  <script>addEventListener('DOMContentLoaded', () => {
    window.sizeAtDcl = CSS.highlights.get('factcard-mention')?.size ?? 0;
  });</script></head><body>
  <p id="first">Ghada Waly opened the session.</p>
  <p id="changed">Luong Tam Quang spoke in Hanoi.</p>
  ${Array.from({ length: 200 }, (_, i) => filler(i)).join('\n')}`,
  `<p>To Lam thanked the delegations.</p>`,
  `<script>
    document.getElementById('changed').firstChild.data = 'Only Ecuador is left here.';
    document.body.insertAdjacentHTML('afterbegin', '<p id="banner">Breaking: UNODC statement.</p>');
  </script>
  ${Array.from({ length: 200 }, (_, i) => filler(200 + i)).join('\n')}`,
  `<p id="last">Pham Minh Chinh closed the conference.</p></body></html>`,
];

let server: Server;
let origin: string;
let session: ChromiumSession;
beforeAll(async () => {
  server = createServer((_request, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    CHUNKS.forEach((chunk, i) => {
      setTimeout(() => {
        res.write(chunk);
        if (i === CHUNKS.length - 1) res.end();
      }, i * 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = await launchChromium();
  await waitForImport(await session.openExtensionPage('popup.html'));
  // The first page after an install also compiles the detection code (loaded only where there
  // is something to find), a one-off: the page under test is the second.
  const warm = await session.context.newPage();
  await warm.goto(`${origin}/slow.html`);
  await waitForPainted(warm);
  await warm.close();
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('a page arriving in chunks is painted as it loads, and ends up right', async () => {
  const page = await session.context.newPage();
  await page.goto(`${origin}/slow.html`);
  await waitForPainted(page);
  await page.waitForTimeout(300);
  // Painted before DOMContentLoaded: the first part was scanned while the rest was on its way.
  const atDcl = await page.evaluate(() => (window as unknown as { sizeAtDcl: number }).sizeAtDcl);
  expect(atDcl).toBeGreaterThanOrEqual(3);
  expect(await readHighlights(page)).toEqual([
    'UNODC',
    'Ghada Waly',
    'Ecuador',
    'To Lam',
    'Pham Minh Chinh',
  ]);
  await page.close();
});
