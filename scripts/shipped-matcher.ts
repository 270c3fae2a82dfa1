/**
 * lib/match as the extension ships it: bundled and minified by Vite, as WXT builds the scripts a
 * page runs. The benchmarks time this rather than the modules as tsx loads them: tsx keeps every
 * function's name by wrapping each function it creates (esbuild's keepNames) and adds a source
 * map, which costs the matcher's hot paths a few per cent that no page pays.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as Matcher from '../lib/match/matcher';
import type * as Synthetic from '../lib/match/synthetic';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'node_modules', '.cache', 'factcards-shipped-matcher');
const entries = {
  matcher: join(root, 'lib/match/matcher.ts'),
  synthetic: join(root, 'lib/match/synthetic.ts'),
};
const fileOf = (name: keyof typeof entries) => pathToFileURL(join(outDir, `${name}.js`)).href;

let built: Promise<void> | undefined;

function bundle(): Promise<void> {
  built ??= build({
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    build: {
      lib: { entry: entries, formats: ['es'], fileName: (_, name) => `${name}.js` },
      outDir,
      emptyOutDir: true,
      minify: true,
    },
  }).then(() => undefined);
  return built;
}

/** The shipped matcher's modules, bundled once per process. */
export async function shippedMatcher(): Promise<typeof Matcher & typeof Synthetic> {
  await bundle();
  const [matcher, synthetic] = await Promise.all([
    import(fileOf('matcher')),
    import(fileOf('synthetic')),
  ]);
  return { ...matcher, ...synthetic };
}

/**
 * compileMatcher() of the shipped matcher on `size` synthetic aliases in a fresh Node process
 * (nothing compiled or warmed up yet, as in a page), in wall ms.
 */
export async function shippedColdBuildMs(size: number): Promise<number> {
  await bundle();
  const script = `
    const { compileMatcher } = await import(${JSON.stringify(fileOf('matcher'))});
    const { syntheticAliases } = await import(${JSON.stringify(fileOf('synthetic'))});
    const specs = syntheticAliases(${size}, ${size});
    const start = performance.now();
    compileMatcher(specs);
    console.log(performance.now() - start);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const ms = Number.parseFloat(child.stdout);
  if (!Number.isFinite(ms)) throw new Error(`cold build failed: ${child.stderr}`);
  return ms;
}
