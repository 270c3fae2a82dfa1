// Where the extension's main-thread time goes on a page load: a Chromium CPU profile of each of
// LOADS loads (after one to warm up), its samples whose stack holds one of the extension's
// scripts summed by function (self time), largest first. For readable names, profile a build
// made with FACTCARD_NO_MINIFY=1 (wxt.config.ts). With WATCH=name,name the callers of those
// functions are listed too; TOP=n lists n functions (40).
//   FACTCARD_NO_MINIFY=1 npx wxt build && cp -r .output/chrome-mv3 /tmp/readable
//   npx tsx scripts/profile-page.ts /tmp/readable [detect-en.html | none.html]
import { CHROME_BUILD } from '../tests/e2e/helpers/build';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { quietPage } from './bench-cost';

const LOADS = 15;
const OURS = 'chrome-extension://';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time in ms by function, and by caller chain for the watched functions, of one profile. */
function attribute(
  profile: Profile,
  watch: string[],
  self: Map<string, number>,
  callers: Map<string, number>,
): number {
  const byId = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (id: number) => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      if (byId.get(x)?.callFrame.url.startsWith(OURS)) return true;
    }
    return false;
  };
  const name = (n: Node) => n.callFrame.functionName || '(anonymous)';
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    if (!node || !ours(node.id)) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { url, lineNumber } = node.callFrame;
    const key = `${name(node)} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    if (watch.includes(name(node))) {
      const chain = [name(node)];
      for (let x = parent.get(node.id); x !== undefined && chain.length < 6; x = parent.get(x)) {
        const n = byId.get(x);
        if (n) chain.push(`${name(n)}:${n.callFrame.lineNumber + 1}`);
      }
      const joined = chain.join(' <- ');
      callers.set(joined, (callers.get(joined) ?? 0) + ms);
    }
    total += ms;
  }
  return total;
}

const [dir = CHROME_BUILD, pageName = 'detect-en.html'] = process.argv.slice(2);
const watch = (process.env.WATCH ?? '').split(',').filter(Boolean);
const server = await serveFixtures();
server.add('none.html', quietPage());
const session = await launchChromium({ extensionDir: dir });
const self = new Map<string, number>();
const callers = new Map<string, number>();
let total = 0;
try {
  await waitForImport(await session.openExtensionPage('popup.html'));
  for (let run = 0; run <= LOADS; run++) {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(server.url(pageName));
    if (pageName === 'none.html') await page.waitForTimeout(1500);
    else {
      await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length, {
        timeout: 30_000,
      });
      await page.waitForTimeout(300);
    }
    const { profile } = await cdp.send('Profiler.stop');
    if (run > 0) total += attribute(profile, watch, self, callers);
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
const perLoad = (ms: number) => (ms / LOADS).toFixed(2).padStart(7);
console.log(
  `${perLoad(total)} ms a load in the extension's functions (profiled: slower than unprofiled)`,
);
// By script, every function counted: what each of content.js and the chunks costs a load.
const scripts = new Map<string, number>();
for (const [key, ms] of self) {
  const script = key.slice(key.lastIndexOf(' ') + 1).split(':')[0] || '(native)';
  scripts.set(script, (scripts.get(script) ?? 0) + ms);
}
console.log(
  [...scripts]
    .sort((a, b) => b[1] - a[1])
    .map(([script, ms]) => `${script} ${perLoad(ms).trim()}`)
    .join(', '),
);
const top = Number(process.env.TOP ?? 40);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${perLoad(ms)} ${key}`);
}
for (const [key, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${perLoad(ms)} ${key}`);
}
