import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** The scripts that run inside web pages: the content script and the chunks it imports. */
const IN_PAGES = new Set(['content', 'detector', 'cards', 'extract']);

// The extension's own pages and the background use webextension-polyfill. The scripts that run in
// web pages use the browser's own API, promise-based in both browsers under Manifest V3: the
// polyfill would double the size of the script every page compiles, and set itself up on every
// page.
const POLYFILL = { find: 'wxt/browser', replacement: '@wxt-dev/webextension-polyfill/browser' };

// WXT's content script context announces the script to every page it runs in, extension id and
// all: the content script gets one that does not (entrypoints/content/context.ts).
const QUIET_CONTEXT = {
  find: /^wxt\/utils\/content-script-context$/,
  replacement: fileURLToPath(new URL('entrypoints/content/context.ts', import.meta.url)),
};

// detector.js reads the character tables content.js built (entrypoints/content/handoff.ts,
// CHAR_TABLE): lib/match/char-table.ts resolves to the module that takes them over.
const CHAR_TABLE = fileURLToPath(new URL('lib/match/char-table.ts', import.meta.url));
const HANDED_CHAR_TABLE = fileURLToPath(
  new URL('entrypoints/content/detect/handed-char-table.ts', import.meta.url),
);
const handedCharTable: Plugin = {
  name: 'factcard-handed-char-table',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('char-table') || importer === HANDED_CHAR_TABLE) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === CHAR_TABLE ? HANDED_CHAR_TABLE : null;
  },
};

// Rendered from assets/icon.svg by `npm run icons`. The "-light" icons are the light variant that
// Firefox shows on dark toolbars (theme_icons' `light` names the icon drawn in light colours).
const ICON_SIZES = [16, 32, 48, 128];
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));
const THEME_ICONS = ICON_SIZES.map((size) => ({
  light: `icons/${size}-light.png`,
  dark: `icons/${size}.png`,
  size,
}));

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const names = entrypoints.map((entry) => entry.name);
      // Readable function names in CPU profiles of pages (scripts/profile-page.ts).
      if (process.env.FACTCARD_NO_MINIFY) config.build = { ...config.build, minify: false };
      if (names.includes('detector')) config.plugins = [handedCharTable, ...(config.plugins ?? [])];
      const replace = names.includes('content')
        ? QUIET_CONTEXT
        : names.some((name) => IN_PAGES.has(name))
          ? undefined
          : POLYFILL;
      if (!replace) return;
      const alias = config.resolve?.alias;
      const others = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [replace, ...others] };
    },
  },
  // The sources zip for reviewers holds what the repository holds: WXT does not read .gitignore,
  // so its build and run outputs are left out here too (the dataset is rebuilt from seeds/).
  zip: {
    excludeSources: [
      'demo-output/**',
      'bench-output/**',
      'stats*.html',
      '*.log',
      'public/dataset.json',
      'public/dataset-version.json',
      '*.factpack.json',
    ],
  },
  // Hooks come from preact/hooks; WXT's preact preset would import them from preact itself.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    // The action's title comes from the popup's <title> (WXT's rule), a __MSG_ key as well.
    action: {
      default_icon: ICONS,
      ...(browser === 'firefox' ? { theme_icons: THEME_ICONS } : {}),
    },
    // contextMenus: the page's menu offers the story builder's actions on a selection. Neither
    // browser warns about it at install (Firefox reads it as its own `menus`).
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // The content script loads detection and cards with a module import only on pages that need
    // them; a content script may import only what pages may load. Chromium serves them under a
    // per-session address, so that no page can tell from them that the extension is installed.
    web_accessible_resources: [
      {
        resources: ['detector.js', 'cards.js', 'extract.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Alt+Shift+F walks forward through the mentions, Alt+Shift+D back; both open the card.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_command_next__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_command_previous__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factcards@factcards.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
