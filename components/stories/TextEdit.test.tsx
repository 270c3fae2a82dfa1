// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { TextEdit } from './TextEdit';
import { button, field, fill } from './test-story';

describe('TextEdit', () => {
  const { root } = useComponentTest();
  const render = () => {
    const onSave = vi.fn();
    show(
      <TextEdit value="Old title" label="Title" editLabel="Rename Old title" onSave={onSave}>
        <h2>Old title</h2>
      </TextEdit>,
      root(),
    );
    return onSave;
  };

  test('Edit opens a labelled field holding the text, focused; Save sends the new text', () => {
    const onSave = render();
    interact(() => button(root(), 'Rename Old title').click());
    const input = field<HTMLInputElement>(root(), 'Title');
    expect(input.value).toBe('Old title');
    expect(document.activeElement).toBe(input);
    fill(input, '  New title ');
    interact(() => button(root(), 'Save').click());
    expect(onSave).toHaveBeenCalledWith('New title');
    expect(root().querySelector('h2')?.textContent).toBe('Old title');
  });

  test('Escape cancels without saving and gives focus back to Edit', () => {
    const onSave = render();
    interact(() => button(root(), 'Rename Old title').click());
    const input = field<HTMLInputElement>(root(), 'Title');
    fill(input, 'Something else');
    interact(() =>
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(root().querySelector('input')).toBeNull();
    expect(document.activeElement).toBe(button(root(), 'Rename Old title'));
  });

  test('an empty text is refused with a reason and nothing is sent', () => {
    const onSave = render();
    interact(() => button(root(), 'Rename Old title').click());
    const input = field<HTMLInputElement>(root(), 'Title');
    fill(input, '   ');
    interact(() => button(root(), 'Save').click());
    expect(onSave).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root().textContent).toContain('Write something first: an empty text is not saved.');
  });

  test('text a reader typed is shown as text, never as markup', () => {
    const onSave = vi.fn();
    show(
      <TextEdit value="<b>x</b>" label="Title" editLabel="Edit" onSave={onSave}>
        <h2>{'<img src=x onerror=alert(1)>'}</h2>
      </TextEdit>,
      root(),
    );
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
