const MAX_ID = 60;

/**
 * A kebab-case id made from `text` ("Ghada Waly" → "ghada-waly", "Tô Lâm" → "to-lam"), or from
 * `fallback` when the text has no Latin letter or digit (an Arabic name), made unique against
 * `taken` with -2, -3…
 */
export function uniqueId(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/ł/g, 'l')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_ID)
      .replace(/^-+|-+$/g, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
