import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardView, FactView } from '@/lib/card/card-view';
import { FactCard } from './FactCard';
import type { CardStrings } from './strings';

export interface CardAppProps {
  card: CardView;
  strings: CardStrings;
  /** Opened from the keyboard: focus moves into the card and the live region speaks. */
  fromKeyboard: boolean;
  load: (id: string) => Promise<CardView>;
  onClose: () => void;
  onReadTranslation: (fact: FactView) => void;
  onSources: () => void;
}

/** The card with its own small history: related chips push a card, Back pops it. */
export function CardApp(props: CardAppProps) {
  const [stack, setStack] = useState<CardView[]>([props.card]);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const current = stack[stack.length - 1];

  useEffect(() => setStack([props.card]), [props.card]);
  useEffect(() => {
    if (props.fromKeyboard || stack.length > 1) {
      root.current?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    }
  }, [current, props.fromKeyboard, stack.length]);

  const openRelated = (id: string) => {
    setFailed(false);
    props.load(id).then(
      (card) => setStack((s) => [...s, card]),
      () => setFailed(true),
    );
  };
  return (
    <div ref={root} class="root">
      <FactCard
        card={current}
        strings={props.strings}
        canGoBack={stack.length > 1}
        onBack={() => setStack((s) => s.slice(0, -1))}
        onClose={props.onClose}
        onRelated={openRelated}
        onReadTranslation={props.onReadTranslation}
        onSources={props.onSources}
      />
      {failed && (
        <p class="error" role="alert">
          {props.strings.card_error}
        </p>
      )}
    </div>
  );
}
