/** The manifest's keyboard commands, and the page message each becomes. */
export const COMMANDS = {
  'next-mention': 'next',
  'previous-mention': 'previous',
} as const;

/**
 * Forwards a keyboard command to the top frame of the tab it was pressed in. A tab whose page
 * has no content script (a browser page, the store) simply does not answer.
 */
export async function forwardCommand(
  command: string,
  tabId: number | undefined,
  send: (
    tabId: number,
    message: { type: 'navigate'; direction: 'next' | 'previous' },
  ) => Promise<unknown>,
): Promise<boolean> {
  if (!Object.hasOwn(COMMANDS, command) || tabId === undefined) return false;
  const direction = COMMANDS[command as keyof typeof COMMANDS];
  try {
    await send(tabId, { type: 'navigate', direction });
    return true;
  } catch {
    return false;
  }
}
