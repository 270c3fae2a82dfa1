// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import type { Status } from '@/lib/messages';
import { DatasetPanel, type DatasetPanelProps } from './DatasetPanel';

const imported: Status = {
  active: {
    version: 'f1c85876',
    importedAt: Date.UTC(2025, 10, 2, 9, 30),
    counts: { entities: 34, sources: 4, seeds: 5, aliases: 1234, facts: 80 },
  },
};

describe('DatasetPanel', () => {
  const { root } = useComponentTest();
  const render = (props: Partial<DatasetPanelProps>) => {
    const onReimport = vi.fn();
    show(
      <DatasetPanel
        status={imported}
        locale="en"
        busy={false}
        result={null}
        onReimport={onReimport}
        {...props}
      />,
      root(),
    );
    return onReimport;
  };
  const button = () => root().querySelector('button')!;

  test('shows the version, when it was imported and the counts', () => {
    render({});
    const terms = [...root().querySelectorAll('dt')].map((dt) => dt.textContent);
    const values = [...root().querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(terms[0]).toBe('Version');
    expect(values[0]).toBe('f1c85876');
    expect(root().querySelector('time')?.getAttribute('datetime')).toBe('2025-11-02T09:30:00.000Z');
    expect(values).toContain('1,234');
  });

  test('says when the dataset is still importing', () => {
    render({ status: { active: null } });
    expect(root().querySelector('.note')?.textContent).toBe('The dataset is being imported.');
  });

  test('re-imports on request, but not twice at once', () => {
    const idle = render({});
    interact(() => button().click());
    expect(idle).toHaveBeenCalledTimes(1);
    const busy = render({ busy: true });
    expect(button().getAttribute('aria-disabled')).toBe('true');
    expect(button().textContent).toBe('Importing…');
    interact(() => button().click());
    expect(busy).not.toHaveBeenCalled();
  });

  test('announces the result in a status region', () => {
    render({ result: { ok: false, message: 'It failed.' } });
    const status = root().querySelector('[role="status"]')!;
    expect(status.textContent).toBe('It failed.');
    expect(status.classList.contains('error')).toBe(true);
  });
});
