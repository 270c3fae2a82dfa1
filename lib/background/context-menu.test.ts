import { expect, test } from 'vitest';
import { formUrl, MENU_ITEMS, menuItems } from './context-menu';

test('each item opens its own form for the tab the menu was opened in', () => {
  const popup = 'chrome-extension://abc/popup.html';
  expect(MENU_ITEMS.map((item) => formUrl(item.id, 12, popup))).toEqual([
    `${popup}?tab=12&action=card`,
    `${popup}?tab=12&action=fact`,
    `${popup}?tab=12&action=name`,
  ]);
});

test("another menu's item, or a menu without a tab, opens nothing", () => {
  expect(formUrl('other', 12, 'x')).toBeUndefined();
  expect(formUrl('factcard-add-fact', undefined, 'x')).toBeUndefined();
  // Firefox gives -1 for a menu opened outside a tab (a sidebar).
  expect(formUrl('factcard-add-fact', -1, 'x')).toBeUndefined();
});

test('the items show on a selection in web pages, titled in the browser language', () => {
  const items = menuItems((key) => `[${key}]`);
  expect(items.map((i) => i.title)).toEqual([
    '[builder_makeCard]',
    '[builder_addFact]',
    '[builder_addName]',
  ]);
  for (const item of items) expect(item.contexts).toEqual(['selection']);
});
