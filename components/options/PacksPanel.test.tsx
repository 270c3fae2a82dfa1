// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import type { PackRecord } from '@/lib/store/db';
import { PacksPanel, type PacksPanelProps } from './PacksPanel';

const pack = (over: Partial<PackRecord>): PackRecord => ({
  id: 'eldmoor-library',
  revision: 2,
  title: 'Eldmoor',
  languages: ['en', 'fr'],
  licence: 'CC0 1.0',
  attribution: 'Written for the tests',
  minExtensionVersion: '0.1.0',
  version: '2@1',
  bundled: false,
  enabled: true,
  prefix: 'eldmoor-library/',
  counts: { entities: 4, sources: 2, seeds: 3, aliases: 8, facts: 10 },
  size: 9895,
  importedAt: 1,
  ...over,
});
const bundled = pack({
  id: 'hanoi-convention',
  title: 'Hanoi',
  bundled: true,
  prefix: '',
  size: 0,
});

describe('PacksPanel', () => {
  const { root } = useComponentTest();
  const render = (props: Partial<PacksPanelProps> = {}) => {
    const all: PacksPanelProps = {
      packs: [bundled, pack({})],
      locale: 'en',
      importState: { phase: 'idle' },
      removing: null,
      onFile: vi.fn(),
      onToggle: vi.fn(),
      onExport: vi.fn(),
      onRemove: vi.fn(),
      onUndo: vi.fn(),
      ...props,
    };
    show(<PacksPanel {...all} />, root());
    return all;
  };
  const item = (id: string) => root().querySelector(`[data-pack="${id}"]`)!;

  test('lists each pack with what it holds; the bundled one cannot be removed', () => {
    render();
    expect(item('eldmoor-library').textContent).toContain('revision 2 · en, fr · 10 kB');
    expect(item('eldmoor-library').textContent).toContain(
      '4 entities, 8 names, 10 facts, 2 source articles',
    );
    expect(item('eldmoor-library').textContent).toContain('Written for the tests (CC0 1.0)');
    expect(item('hanoi-convention').textContent).toContain('bundled');
    expect(item('hanoi-convention').textContent).not.toContain('Remove');
  });

  test('the switch, export and remove call back with the pack', () => {
    const props = render();
    interact(() =>
      item('hanoi-convention').querySelector<HTMLInputElement>('[role="switch"]')!.click(),
    );
    expect(props.onToggle).toHaveBeenCalledWith('hanoi-convention', false);
    const buttons = [...item('eldmoor-library').querySelectorAll('button')];
    interact(() => buttons.find((b) => b.textContent === 'Export')!.click());
    interact(() => buttons.find((b) => b.textContent === 'Remove')!.click());
    expect(props.onExport).toHaveBeenCalledWith('eldmoor-library');
    expect(props.onRemove).toHaveBeenCalledWith(expect.objectContaining({ id: 'eldmoor-library' }));
  });

  test('a removed pack disappears at once and can be brought back', () => {
    const props = render({ removing: pack({}) });
    expect(root().querySelector('[data-pack="eldmoor-library"]')).toBeNull();
    expect(root().textContent).toContain('“Eldmoor” removed.');
    interact(() =>
      [...root().querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click(),
    );
    expect(props.onUndo).toHaveBeenCalled();
  });

  test('a failed import lists the first problems with their place in the file', () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({
      path: `$.entities[${i}].type`,
      message: 'bad',
    }));
    render({
      importState: { phase: 'failed', message: 'x.json was not imported', problems, total: 12 },
    });
    expect(root().querySelector('[role="status"]')?.textContent).toBe('x.json was not imported');
    const listed = [...root().querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(listed).toHaveLength(11);
    expect(listed[0]).toBe('$.entities[0].type bad');
    expect(listed[10]).toBe('…and 2 more.');
  });

  test('shows progress while checking, and takes a chosen file', () => {
    render({ importState: { phase: 'checking', share: 0.4 } });
    expect(root().querySelector('progress')?.getAttribute('value')).toBe('0.4');
    const props = render();
    const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{}'], 'p.factpack.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    interact(() => input.dispatchEvent(new Event('change')));
    expect(props.onFile).toHaveBeenCalledWith(file);
  });
});
