// `npm run bench`: every figure of the design's targets beside a baseline measured in the same run,
// printed as a plain table and written to bench-output/bench.md. Builds the extension first
// (skip with --no-build).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBundles } from './bench-bundles';
import { benchCard } from './bench-card';
import { benchCost, MENUS } from './bench-cost';
import { benchDetection } from './bench-detect';
import { benchMatcher, formatTable } from './bench-matcher';
import { benchMemory } from './bench-memory';
import { benchPacks, formatPackFigures } from './bench-packs';
import { benchPatterns, formatPatternRow } from './bench-patterns';

const root = join(import.meta.dirname, '..');

type Row = [figure: string, ours: string, baseline: string, target: string, met: string];

const ms = (v: number) => `${v.toFixed(1)} ms`;
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

function table(rows: Row[]): string {
  const header: Row = ['figure', 'ours', 'baseline (same run)', 'target', 'met'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  // Another build (a copy of .output/chrome-mv3 from an earlier commit), measured beside ours.
  const at = process.argv.indexOf('--compare');
  const compare = at > 0 ? process.argv[at + 1] : undefined;
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension...');
    execSync('npm run build --silent', { cwd: root, stdio: 'ignore' });
  }
  const out: string[] = [];
  const say = (text = '') => {
    console.log(text);
    out.push(text);
  };

  say('## Matcher in Node (lib/match, scripts/bench-matcher.ts)\n');
  const matcher = await benchMatcher();
  say(formatTable(matcher));
  say();
  say('## Name patterns beside 100,000 aliases (scripts/bench-patterns.ts)\n');
  say(formatPatternRow(benchPatterns()));
  say();

  const dataset = JSON.parse(readFileSync(join(root, 'public/dataset.json'), 'utf8'));
  const specs = dataset.entities.flatMap(
    (e: { id: string; aliases: { text: string; lang: string }[] }) =>
      e.aliases.map((a) => ({ text: a.text, lang: a.lang, entityId: e.id })),
  );
  console.log('Detection in Chromium (about two minutes)...');
  const d = await benchDetection(specs);
  console.log('Main-thread cost from traces (about two minutes)...');
  const cost = await benchCost(compare);
  console.log('Card latency...');
  const card = await benchCard(compare);
  const memory = await benchMemory(specs);

  const large = matcher[matcher.length - 1];
  const speedup = d.markJs.ms / d.big.sinceDcl;
  const added = d.article.taskMs - d.article.baselineTaskMs;
  const rows: Row[] = [
    [
      `matcher throughput, ${large.aliases} aliases`,
      `${large.oursMBs.toFixed(1)} MB/s`,
      `modern-ahocorasick ${large.acMBs.toFixed(1)} MB/s; bare pass ${large.bareMBs.toFixed(0)} MB/s`,
      '>= 50 MB/s',
      yes(large.oursMBs >= 50),
    ],
    [
      `matcher build, ${large.aliases} aliases (cold / warm)`,
      `${ms(large.oursColdBuildMs)} / ${ms(large.oursBuildMs)}`,
      `modern-ahocorasick ${ms(large.acBuildMs)}`,
      '< 300 ms',
      yes(large.oursColdBuildMs < 300),
    ],
    [
      `1 MB page (${(d.page.chars / 1e6).toFixed(2)} M chars, ${d.big.mentions} mentions): DOMContentLoaded to all painted`,
      ms(d.big.sinceDcl),
      `bare TreeWalker pass ${ms(d.treeWalkerMs)}; mark.js ${d.markJs.error ?? `${ms(d.markJs.ms)} (${d.markJs.marks} marks)`}`,
      '<= 100 ms',
      yes(d.big.sinceDcl <= 100),
    ],
    [
      '1 MB page: frames showing text before the first mention is painted',
      String(d.big.unpaintedFrames),
      '-',
      '0',
      yes(d.big.unpaintedFrames === 0),
    ],
    [
      '1 MB page: speed-up over mark.js',
      `${speedup.toFixed(0)}x`,
      `mark.js, ${d.page.names} names`,
      '>= 5x',
      yes(speedup >= 5),
    ],
    [
      '1 MB page: longest task, DOMContentLoaded to painted',
      ms(d.big.longestTask),
      `${ms(d.big.baselineLongestTask)} without our content script`,
      '< 50 ms',
      yes(d.big.longestTask < 50),
    ],
    [
      '1 MB page: longest task in the 300 ms after painting',
      ms(d.big.longestTaskAfter),
      `${ms(d.big.baselineLongestTaskAfter)} without our content script`,
      '< 50 ms',
      yes(d.big.longestTaskAfter < 50),
    ],
    [
      '1 MB page: our longest slice / all our slices',
      `${ms(d.big.longestSliceMs)} / ${ms(d.big.busyMs)}`,
      `matcher unpacked in ${ms(d.big.unpackMs)} (once, before)`,
      '~8 ms a slice',
      yes(d.big.longestSliceMs < 50),
    ],
    ['1 MB page: main-thread time of a load', ms(d.big.taskMs), ms(d.big.baselineTaskMs), '-', '-'],
    [
      'article page: main-thread time added',
      ms(added),
      `${ms(d.article.taskMs)} with, ${ms(d.article.baselineTaskMs)} without, ${ms(d.article.emptyScriptTaskMs)} with an empty content script; matcher unpacked in ${ms(d.article.unpackMs)}`,
      '<= 5 ms',
      yes(added <= 5),
    ],
    [
      'hitTest on an article',
      `${d.hitTestUs.toFixed(1)} µs`,
      '-',
      '< 1 ms',
      yes(d.hitTestUs < 1000),
    ],
  ];
  say('## Detection and painting in Chromium (scripts/bench-detect.ts)\n');
  say(table(rows));
  say();
  const [ours, ...baselines] = cost.rows;
  const pages = [
    ['none', 'page with no mention (25 KB)', 2],
    ['menus', `the same page after ${MENUS} menu entries (some 10,000 elements)`, 2],
    ['article', 'article, until the first hover', 5],
  ] as const;
  const costRows: Row[] = pages.map(([key, page, target]) => [
    `${page}: main-thread time in the extension's scripts`,
    ms(ours[key]),
    baselines.map((b) => `${b.variant} ${ms(b[key])}`).join('; '),
    `<= ${target} ms`,
    yes(ours[key] <= target),
  ]);
  for (const m of memory) {
    costRows.push([
      `tab memory for matching, ${m.pack} pack (${m.aliases} aliases)`,
      `${m.prefilterKB.toFixed(0)} KB on a page with nothing to find; ${m.matcherMB.toFixed(2)} MB on an article (matcher of ${m.matcherAliases} aliases)`,
      '-',
      '<= 2 MB',
      yes(m.matcherMB + m.prefilterKB / 1024 <= 2),
    ]);
  }
  say(
    `## Cost where there is nothing to find (scripts/bench-cost.ts, content script ${cost.scriptKiB.toFixed(1)} KiB)\n`,
  );
  say(table(costRows));
  say();
  say('## Scripts in pages (scripts/bench-bundles.ts)\n');
  for (const line of formatBundles(compare)) say(`- ${line}`);
  say();
  say('## Cards (scripts/bench-card.ts)\n');
  for (const row of card) say(`- ${row}`);
  say();
  say(
    'Medians of 9 loads (7 for the traces). Baseline browser: the same Chromium and flags with an ' +
      'empty extension. Main-thread time of a load: CDP TaskDuration from navigation to 600 ms ' +
      "after painting; time in the extension's scripts: trace events and CPU samples naming a " +
      'chrome-extension:// script. Figures depend on the load of the machine.',
  );
  console.log('Packs (about three minutes)...');
  say('\n## Packs (scripts/bench-packs.ts)\n');
  say(formatPackFigures(await benchPacks()));
  mkdirSync(join(root, 'bench-output'), { recursive: true });
  writeFileSync(join(root, 'bench-output', 'bench.md'), `# npm run bench\n\n${out.join('\n')}\n`);
  console.log('\nWritten to bench-output/bench.md');
}

await main();
