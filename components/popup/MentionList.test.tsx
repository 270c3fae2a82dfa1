// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { MentionList } from './MentionList';
import { interact, show, useComponentTest } from './test-helpers';

const entities = [
  { id: 'unodc', name: 'UNODC', count: 1 },
  { id: 'ghada-waly', name: 'Ghada Waly', count: 3 },
];

describe('MentionList', () => {
  const { root } = useComponentTest();

  test('lists the entities in the order given (page order), each as a button with its count', () => {
    show(<MentionList entities={entities} onReveal={() => undefined} />, root());
    const buttons = [...root().querySelectorAll('button')];
    expect(buttons.map((b) => b.querySelector('.mention-name')?.textContent)).toEqual([
      'UNODC',
      'Ghada Waly',
    ]);
    expect(buttons[1].querySelector('.count')?.textContent).toBe('3');
    // What a screen reader hears: the name, then the count as words.
    expect(buttons[1].textContent).toBe('Ghada Waly3 (mentions: 3)');
    expect(buttons[1].querySelector('.count')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('choosing an entity reveals it', () => {
    const onReveal = vi.fn();
    show(<MentionList entities={entities} onReveal={onReveal} />, root());
    interact(() => root().querySelectorAll('button')[1].click());
    expect(onReveal).toHaveBeenCalledWith('ghada-waly');
  });
});
