/** The page's context menu on a selection: each item opens the popup's form of the same name. */
export const MENU_ITEMS = [
  { id: 'factcard-make-card', action: 'card', title: 'builder_makeCard' },
  { id: 'factcard-add-fact', action: 'fact', title: 'builder_addFact' },
  { id: 'factcard-add-name', action: 'name', title: 'builder_addName' },
] as const;

/** What the menu items are created with, titles in the browser's language. */
export function menuItems(message: (key: string) => string) {
  return MENU_ITEMS.map((item) => ({
    id: item.id,
    title: message(item.title),
    contexts: ['selection'] as ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  }));
}

/**
 * The address of the popup page that opens an item's form for the tab it was chosen in
 * (`popup.html?tab=<id>&action=<form>`), or undefined for another menu's item or no tab.
 * The popup cannot be opened from a menu in every browser, so the page opens in a small window.
 */
export function formUrl(
  itemId: string | number,
  tabId: number | undefined,
  popupUrl: string,
): string | undefined {
  const item = MENU_ITEMS.find((i) => i.id === itemId);
  if (!item || tabId === undefined || tabId < 0) return undefined;
  return `${popupUrl}?${new URLSearchParams({ tab: String(tabId), action: item.action })}`;
}
