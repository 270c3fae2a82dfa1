import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  parseSettings,
  type Settings,
  siteKey,
  withSiteEnabled,
} from './settings';

describe('parseSettings', () => {
  test.each([[undefined], [null], ['settings'], [42], [[]], [{}]])(
    'gives the defaults for %j',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  test('keeps good values', () => {
    const good: Settings = {
      hoverDelay: 0,
      highlightStyle: 'off',
      cardLanguage: 'ar',
      disabledSites: ['example.com', 'news.example'],
    };
    expect(parseSettings(good)).toEqual(good);
  });

  test.each([
    ['hoverDelay', -1],
    ['hoverDelay', 2001],
    ['hoverDelay', Number.NaN],
    ['hoverDelay', '300'],
    ['highlightStyle', 'bold'],
    ['highlightStyle', null],
    ['cardLanguage', 'it'],
    ['cardLanguage', 7],
    ['disabledSites', 'example.com'],
  ])('replaces a bad %s (%j) by its default, keeping the other fields', (field, value) => {
    const parsed = parseSettings({ ...DEFAULT_SETTINGS, hoverDelay: 600, [field]: value });
    const expected = { ...DEFAULT_SETTINGS, hoverDelay: 600 };
    if (field === 'hoverDelay') expected.hoverDelay = DEFAULT_SETTINGS.hoverDelay;
    expect(parsed).toEqual(expected);
  });

  test('rounds the delay and cleans the site list', () => {
    const parsed = parseSettings({
      hoverDelay: 120.6,
      disabledSites: ['WWW.Example.com.', 3, '', 'example.com', 'b.example'],
    });
    expect(parsed.hoverDelay).toBe(121);
    expect(parsed.disabledSites).toEqual(['b.example', 'example.com']);
  });

  test('ignores fields it does not know', () => {
    expect(parseSettings({ theme: 'dark' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sites', () => {
  test.each([
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['wwwx.example.com', 'wwwx.example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('siteKey(%j) is %j', (hostname, key) => {
    expect(siteKey(hostname)).toBe(key);
  });

  const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };

  test('a switched-off site is off under any spelling of its hostname', () => {
    expect(isSiteEnabled(off, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(off, 'EXAMPLE.com')).toBe(false);
    expect(isSiteEnabled(off, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'example.com')).toBe(true);
  });

  test('withSiteEnabled adds and removes one site, without duplicates', () => {
    expect(withSiteEnabled(off, 'b.example', false)).toEqual(['b.example', 'example.com']);
    expect(withSiteEnabled(off, 'www.example.com', false)).toEqual(['example.com']);
    expect(withSiteEnabled(off, 'www.example.com', true)).toEqual([]);
    expect(withSiteEnabled(DEFAULT_SETTINGS, '', false)).toEqual([]);
  });
});
