// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { show, useComponentTest } from './test-helpers';
import { usePage } from './use-page';
import { findTargetTab, type TargetTab } from './use-target-tab';

let latest: ReturnType<typeof usePage>;
function Probe({ tab, refresh = '' }: { tab: TargetTab | null; refresh?: string }) {
  latest = usePage(tab, refresh);
  return null;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('findTargetTab', () => {
  useComponentTest();

  test('takes the tab named by ?tab=, with its URL when the browser shows it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    expect(await findTargetTab(`?tab=${tab.id}`)).toEqual({
      id: tab.id,
      url: 'https://news.example/a',
    });
    expect(await findTargetTab('?tab=99999')).toBeNull();
    expect(await findTargetTab('?tab=first')).toBeNull();
  });
});

describe('usePage', () => {
  const { root } = useComponentTest();
  const tab = { id: 7, url: 'https://news.example/a' };

  test('asks the top frame of the tab for its mentions', async () => {
    const answer = {
      hostname: 'news.example',
      entities: [{ id: 'to-lam', name: 'To Lam', count: 2 }],
    };
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: answer } as never);
    show(<Probe tab={tab} />, root());
    expect(latest.page).toEqual({ kind: 'loading' });
    await settle();
    expect(send).toHaveBeenCalledWith(7, { type: 'page-mentions' }, { frameId: 0 });
    expect(latest.page).toEqual({ kind: 'ready', ...answer });
    latest.reveal('to-lam');
    expect(send).toHaveBeenLastCalledWith(
      7,
      { type: 'reveal', entityId: 'to-lam' },
      { frameId: 0 },
    );
  });

  test.each<[string, string | undefined, boolean]>([
    ['a web page without the script (open before an update)', 'https://news.example/a', true],
    ['a browser page', 'chrome://extensions/', false],
    ['a tab whose URL is hidden', undefined, false],
  ])('no answer from %s is "unavailable"', async (_, url, reloadable) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    show(<Probe tab={{ id: 7, url }} />, root());
    await settle();
    expect(latest.page).toEqual({ kind: 'unavailable', reloadable });
  });

  test('a malformed answer is "unavailable" too', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: 3 } as never);
    show(<Probe tab={tab} />, root());
    await settle();
    expect(latest.page.kind).toBe('unavailable');
  });
});
