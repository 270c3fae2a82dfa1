// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FactCard, type FactCardProps } from './FactCard';
import { testCard, testStrings } from './test-card';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(overrides: Partial<FactCardProps> = {}) {
  const props: FactCardProps = {
    card: testCard(),
    strings: testStrings,
    canGoBack: false,
    onBack: vi.fn(),
    onClose: vi.fn(),
    onRelated: vi.fn(),
    onReadTranslation: vi.fn(),
    onSources: vi.fn(),
    ...overrides,
  };
  render(<FactCard {...props} />, root);
  return props;
}

describe('FactCard', () => {
  test('is a dialog named by the entity name, in the card language', () => {
    show();
    const dialog = root.querySelector('[role="dialog"]')!;
    const heading = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('To Lam');
    expect(dialog.getAttribute('lang')).toBe('pl');
    expect(root.querySelector('.native')?.textContent).toBe('Tô Lâm');
    expect(root.querySelector('.type')?.textContent).toBe('card_type_person');
  });

  test('cites each fact with a chip to the original article and its quote', () => {
    show();
    const chip = root.querySelector<HTMLAnchorElement>('a.chip')!;
    expect(chip.href).toBe('https://www.vietnamplus.vn/article.vnp');
    expect(chip.target).toBe('_blank');
    expect(chip.rel).toBe('noopener noreferrer');
    const quote = root.querySelector(`#${chip.getAttribute('aria-describedby')}`);
    expect(quote?.textContent).toContain('Sekretarz Generalny To Lam przyjął szefów delegacji');
    expect(chip.textContent).toMatch(/^VietnamPlus · /);
  });

  test('says in how many source articles the entity is mentioned', () => {
    show();
    expect(root.querySelector('.mentioned')?.textContent).toBe('in 3 of 4');
  });

  test('related chips, back, close and sources call their callbacks', () => {
    const props = show({ canGoBack: true });
    const buttons = [...root.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'UNODC')?.click();
    expect(props.onRelated).toHaveBeenCalledWith('unodc');
    root.querySelector<HTMLButtonElement>('[aria-label="card_back"]')?.click();
    expect(props.onBack).toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('[aria-label="card_close"]')?.click();
    expect(props.onClose).toHaveBeenCalled();
    buttons.find((b) => b.textContent === 'card_sources')?.click();
    expect(props.onSources).toHaveBeenCalled();
  });

  test('has no back button on a first card', () => {
    show();
    expect(root.querySelector('[aria-label="card_back"]')).toBeNull();
  });

  test('an Arabic card is right-to-left', () => {
    show({ card: testCard({ lang: 'ar', dir: 'rtl', name: 'تو لام' }) });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
  });

  test('a card without related entities shows no related list', () => {
    show({ card: testCard({ related: [] }) });
    expect(root.querySelector('.related')).toBeNull();
  });

  test('names its pack and offers the entities of other packs with the same name', () => {
    const props = show({
      card: testCard({
        pack: 'Eldmoor <b>library</b>',
        alternatives: [{ id: 'eldmoor/mara', name: 'Mara', pack: 'Eldmoor' }],
      }),
    });
    // Pack text is text: markup in a title is shown, never parsed.
    expect(root.querySelector('.pack')?.textContent).toBe('pack Eldmoor <b>library</b>');
    expect(root.querySelector('.pack b')).toBeNull();
    const chips = [...root.querySelectorAll<HTMLButtonElement>('.chip')];
    const other = chips.find((c) => c.textContent === 'Mara (Eldmoor)');
    other?.click();
    expect(props.onRelated).toHaveBeenCalledWith('eldmoor/mara');
  });
});
