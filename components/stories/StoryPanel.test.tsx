// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { StoryPanel, type StoryPanelProps } from './StoryPanel';
import { button, field, fill, summary, testStory } from './test-story';

describe('StoryPanel', () => {
  const { root } = useComponentTest();
  const render = (over: Partial<StoryPanelProps> = {}) => {
    const props: StoryPanelProps = {
      pack: testStory(),
      stories: [summary()],
      locale: 'fr',
      onEdit: vi.fn(),
      onUndo: vi.fn(),
      onExport: vi.fn(),
      ...over,
    };
    show(<StoryPanel {...props} />, root());
    return props;
  };
  const description = () => root().querySelector('[data-entity="ilse-brandt"] .description');

  test("opens in the reader's language when the story has it, and switches on request", () => {
    render();
    const select = field<HTMLSelectElement>(root(), 'Language of names and texts');
    expect(select.value).toBe('fr');
    expect(description()?.textContent).toBe('Maire de Varne');
    fill(select, 'en');
    expect(description()?.textContent).toBe('Mayor of Varne');
    // A language the entity has no text in falls back to English.
    fill(select, 'pl');
    expect(description()?.textContent).toBe('Mayor of Varne');
  });

  test('an article says who wrote it when the story knows, and is deleted by its own button', () => {
    const props = render({ locale: 'en' });
    expect(
      root().querySelector('[data-article="https://quai.example/ferry"] .hint')?.textContent,
    ).toBe('Quai Info · Claire Rivet · French');
    interact(() => button(root(), 'Delete the article “Le ferry de Varne voté”').click());
    expect(props.onEdit).toHaveBeenCalledWith(
      { op: 'delete-article', story: 'varne-ferry', url: 'https://quai.example/ferry' },
      'The article “Le ferry de Varne voté” was deleted from the story.',
    );
  });

  test('undo of the last change is offered only when the story has one; merge and move only when there is a choice', () => {
    render({ stories: [summary({ canUndo: false })] });
    expect(root().textContent).not.toContain('Undo the last change');
    expect(root().querySelector('[data-entity] .entity-form')).not.toBeNull();
    expect(root().textContent).not.toContain('Move Ilse Brandt');
    const props = render({ stories: [summary({ canUndo: true })] });
    interact(() => button(root(), 'Undo the last change').click());
    expect(props.onUndo).toHaveBeenCalled();
    const single = testStory();
    render({ pack: { ...single, entities: single.entities.slice(0, 1) } });
    expect(root().querySelector('[data-entity] .entity-form')).toBeNull();
  });
});
