import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  inContentScript,
  openPainted,
  readFrames,
  readPainted,
  waitForPainted,
} from './helpers/highlights';
import { useChromiumSuite } from './helpers/suite';

// Pages whose DOM is not plain static prose: editable regions, shadow roots, frames, live updates.

const suite = useChromiumSuite();

const open = (path: string) => openPainted(suite.session.context, suite.server.url(path));

describe('what the scanner leaves alone and what it reaches', () => {
  test('nothing is painted in form fields or editable regions, even after typing', async () => {
    const page = await open('detect-editable.html');
    expect((await readPainted(page)).map((m) => m.text)).toEqual([
      'Ghada Waly',
      'Luong Tam Quang',
      'Pham Minh Chinh',
    ]);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Ghada Waly and the UNODC.');
    // A region made editable later: once its text changes, its mentions go.
    await page.evaluate(() =>
      document.getElementById('later')!.setAttribute('contenteditable', ''),
    );
    await page.click('#later');
    await page.keyboard.press('End');
    await page.keyboard.type(' Hanoi!');
    await page.fill('#notes', 'Ghada Waly in the textarea');
    await page.waitForTimeout(500);
    expect((await readPainted(page)).map((m) => m.text)).toEqual(['Ghada Waly', 'Luong Tam Quang']);
    await page.close();
  });

  test('open shadow roots are scanned, watched and styled, and hit-tested', async () => {
    const page = await open('detect-shadow.html');
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= 8);
    const painted = await readPainted(page);
    expect(painted.map((m) => [m.text, m.shadow])).toEqual([
      ['Ghada Waly', false],
      ['To Lam', true],
      ['Luong Tam Quang', true],
      ['Hanoi Convention', false],
      ['UNODC', true],
      ['Vietnam', true],
      ['Pham Minh Chinh', true],
      ['Le Hoai Trung', true],
    ]);
    // Document rules do not reach into a shadow tree: the root adopted the highlight's rules.
    const decoration = await page.evaluate(() => {
      const p = document.querySelector('news-card')!.shadowRoot!.getElementById('declarative')!;
      return getComputedStyle(p, '::highlight(factcard-mention)').textDecorationLine;
    });
    expect(decoration).toBe('underline');
    const hit = await inContentScript(page, () => {
      const detection = (globalThis as unknown as { factcardDetection: Detection })
        .factcardDetection;
      const mention = detection
        .mentions()
        .find((m) => m.range.startContainer.getRootNode() !== document);
      const rect = mention!.rect();
      const found = detection.hitTest(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return found === mention;
    });
    expect(hit).toBe(true);
    await page.close();
  });

  test('a page whose names come only in shadow roots after load is painted', async () => {
    // Nothing to find in the light DOM, so no detection runs until the shadow roots show up:
    // one comes with an element added after load, one when a definition loads late, one while
    // the page is parsed.
    const quiet = '<p>Delegates met in the capital and talked about the weather and the roads.</p>';
    const defineCard = (name: string, text: string) =>
      `customElements.define('${name}', class extends HTMLElement { constructor() { super(); ` +
      `this.attachShadow({ mode: 'open' }).innerHTML = '<p>${text}</p>'; } });`;
    suite.server.add(
      'shadow-added.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Added</title></head><body>${quiet}<script>${defineCard('quote-box', 'A word from Ghada Waly.')} addEventListener('load', () => setTimeout(() => document.body.append(document.createElement('quote-box')), 300));</script></body></html>`,
    );
    suite.server.add(
      'shadow-late.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late</title></head><body>${quiet}<late-card></late-card><script>addEventListener('load', () => setTimeout(() => { ${defineCard('late-card', 'The UNODC spoke.')} }, 300));</script></body></html>`,
    );
    // One is attached while the page is parsed: defined by a script right after its tag.
    suite.server.add(
      'shadow-parsed.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parsed</title></head><body>${quiet}<news-note></news-note><script>${defineCard('news-note', 'Pham Minh Chinh signed.')}</script>${quiet}</body></html>`,
    );
    for (const [path, name] of [
      ['shadow-added.html', 'Ghada Waly'],
      ['shadow-late.html', 'UNODC'],
      ['shadow-parsed.html', 'Pham Minh Chinh'],
    ]) {
      const page = await open(path);
      await page.waitForFunction(
        () => (CSS.highlights.get('factcard-mention')?.size ?? 0) > 0,
        undefined,
        { timeout: 5000 },
      );
      expect((await readPainted(page)).map((m) => [m.text, m.shadow])).toEqual([[name, true]]);
      await page.close();
    }
  });

  test('a page with nothing to find gets no highlight rules; a page with mentions does', async () => {
    // Any ::highlight() rule slows a long page's style work, painted or not.
    suite.server.add(
      'no-rules.html',
      '<!doctype html><html lang="en"><body><p id="p">The weather stayed mild.</p></body></html>',
    );
    const decoration = (page: Page) =>
      page.evaluate(
        () =>
          getComputedStyle(document.getElementById('p')!, '::highlight(factcard-mention)')
            .textDecorationLine,
      );
    const quiet = await open('no-rules.html');
    expect(await decoration(quiet)).toBe('none');
    await quiet.close();
    const article = await open('article-en.html');
    await article.evaluate(() => {
      document.querySelector('p')!.id = 'p';
    });
    expect(await decoration(article)).toBe('underline');
    await article.close();
  });

  test('each frame paints its own document: same-origin, srcdoc and filled-later frames', async () => {
    const page = await open('detect-frame.html');
    for (const frame of page.frames()) await waitForPainted(frame);
    const frames = await readFrames(page);
    const byUrl = (part: string) => frames.find((f) => f.url.includes(part))?.texts;
    expect(byUrl('detect-frame.html')).toEqual(['Ghada Waly', 'Hanoi']);
    expect(byUrl('detect-frame-inner.html')).toEqual(['Hanoi Convention', 'Ecuador']);
    expect(byUrl('srcdoc')).toEqual(['To Lam', 'UNODC']);
    // A frame without text waits for some before asking for the matcher, then paints it.
    expect(byUrl('detect-frame-empty.html')).toEqual(['Luong Tam Quang']);
    await page.close();
  });
});

describe('a page that changes after load', () => {
  test('added text is painted, changed and removed text drops its ranges, the rest stays', async () => {
    const page = await open('detect-dynamic.html');
    const texts = async () => (await readPainted(page)).map((m) => m.text);
    expect(await texts()).toEqual(['Ghada Waly', 'Hanoi', 'Ecuador', 'To Lam', 'UNODC']);
    // The live update lands and is painted within the next batch.
    await page.evaluate(() => (window as unknown as { addUpdate(): void }).addUpdate());
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) === 6);
    expect(await texts()).toContain('Luong Tam Quang');
    // Remember the range objects of a paragraph nobody touches: a rescan would make new ones.
    await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('factcard-mention') as unknown as Set<StaticRange>)];
      (window as unknown as { kept: StaticRange }).kept = ranges.find(
        (r) => r.startContainer.parentElement?.id === 'p4',
      )!;
    });
    const started = Date.now();
    await page.evaluate(() => {
      document.getElementById('p1')!.firstChild!.textContent = 'Ghada Waly closed the session.';
      document.getElementById('p2')!.remove();
      document.getElementById('split')!.append('ar');
    });
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) === 3);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await texts()).toEqual(['Ghada Waly', 'UNODC', 'Luong Tam Quang']);
    const kept = await page.evaluate(() =>
      (CSS.highlights.get('factcard-mention') as unknown as Set<StaticRange>).has(
        (window as unknown as { kept: StaticRange }).kept,
      ),
    );
    expect(kept).toBe(true);
    await page.close();
  });
});

interface Detection {
  mentions(): { entityId: string; range: StaticRange; rect(): DOMRect }[];
  hitTest(x: number, y: number): unknown;
  pause(): void;
  resume(): void;
  setStyle(style: string): void;
  ready: Promise<void>;
}
