import { LANGS, type Lang } from './dataset/types';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'off'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** Milliseconds the pointer rests on a mention before its card opens. */
  hoverDelay: number;
  /** `off` hides the painting only: the keyboard command still walks the mentions. */
  highlightStyle: HighlightStyle;
  /** `auto` follows the page's language, then the browser's. */
  cardLanguage: 'auto' | Lang;
  /** Site keys (see `siteKey`) the reader switched off from the popup. */
  disabledSites: string[];
}

export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hoverDelay: 250,
  highlightStyle: 'underline',
  cardLanguage: 'auto',
  disabledSites: [],
});

/**
 * Reads settings as stored, field by field: a value written by an older or newer version, or by
 * hand, falls back to its default instead of breaking every page the content script runs on.
 */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const { hoverDelay, highlightStyle, cardLanguage, disabledSites } = stored;
  return {
    hoverDelay:
      typeof hoverDelay === 'number' &&
      hoverDelay >= HOVER_DELAY_MIN &&
      hoverDelay <= HOVER_DELAY_MAX
        ? Math.round(hoverDelay)
        : DEFAULT_SETTINGS.hoverDelay,
    highlightStyle: HIGHLIGHT_STYLES.find((s) => s === highlightStyle) ?? 'underline',
    cardLanguage:
      cardLanguage === 'auto' ? 'auto' : (LANGS.find((l) => l === cardLanguage) ?? 'auto'),
    disabledSites: Array.isArray(disabledSites) ? parseSites(disabledSites) : [],
  };
}

/**
 * The key a site is remembered by: its hostname, lower-cased, without a trailing dot or a leading
 * "www.", so that example.com and www.example.com are one site to the reader.
 */
export function siteKey(hostname: string): string {
  // String methods rather than regexes: every page asks, and a first regex is slow to set up.
  let key = hostname.trim().toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  return key.startsWith('www.') ? key.slice(4) : key;
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(siteKey(hostname));
}

/** The list of switched-off sites after switching `hostname` on or off. */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): string[] {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((site) => site !== key);
  return enabled || !key ? others : [...others, key].sort();
}

function parseSites(values: unknown[]): string[] {
  const keys = values.filter((v): v is string => typeof v === 'string').map(siteKey);
  return [...new Set(keys.filter((k) => k.length > 0))].sort();
}
