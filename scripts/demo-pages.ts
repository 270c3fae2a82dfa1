import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LANG_OF: Record<string, string> = { Źródło: 'pl', Bron: 'nl', Source: 'fr', المصدر: 'ar' };
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The seed articles as simple news pages, one per seed, plus an index linking them. */
export function demoPages(root: string): Map<string, string> {
  const dir = join(root, 'seeds', 'articles');
  const pages = new Map<string, string>();
  const links: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const sourceLine = lines.find((l) => /^(Źródło|Bron|Source|المصدر)\s*:/u.test(l)) ?? '';
    const label = sourceLine.split(':')[0].trim();
    const url = sourceLine.slice(sourceLine.indexOf(':') + 1).trim();
    const lang = name.startsWith('003') ? 'pl' : (LANG_OF[label] ?? 'en');
    const body = lines.filter((l) => l !== sourceLine && !/\(0\)$/.test(l));
    const [headline, ...paragraphs] = body;
    const path = `/${name.replace('.txt', '.html')}`;
    links.push(
      `<li lang="${lang}"><a href="${path}">${escapeHtml(headline.slice(0, 120))}…</a></li>`,
    );
    pages.set(
      path,
      `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<title>${escapeHtml(headline.slice(0, 80))}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:700 1.6rem/1.3 system-ui,sans-serif}.source{color:#666;font-size:.9rem}</style></head>
<body><article><h1>${escapeHtml(headline)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p class="source">${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p></article></body></html>`,
    );
  }
  pages.set(
    '/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fact cards demo</title></head>
<body style="font:18px/1.6 system-ui,sans-serif;max-width:44rem;margin:2rem auto">
<h1>Fact cards demo: the seed articles</h1><ul>${links.join('\n')}</ul></body></html>`,
  );
  return pages;
}
