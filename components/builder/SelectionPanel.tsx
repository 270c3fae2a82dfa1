import type { Lang } from '@/lib/dataset/types';
import type { PageSelection } from '@/lib/extract/page-reader';
import type { StoryEntity } from './builder-state';
import {
  ACTIONS,
  type Action,
  type CardDraft,
  type FactDraft,
  type NameDraft,
} from './builder-state';
import { CardForm } from './CardForm';
import { FactForm } from './FactForm';
import { t } from './i18n';
import { NameForm } from './NameForm';
import { refusalText } from './page-reading';

export interface SelectionPanelProps {
  selection: PageSelection;
  action: Action | undefined;
  /** The story's entities, those named in the selection first. */
  entities: readonly StoryEntity[];
  /** "Make a card" as filled from the selection. */
  card: CardDraft;
  busy: boolean;
  onAction: (action: Action) => void;
  onCard: (draft: CardDraft) => void;
  onFact: (draft: FactDraft) => void;
  onName: (draft: NameDraft) => void;
}

const LABELS: Record<Action, string> = {
  card: 'builder_makeCard',
  fact: 'builder_addFact',
  name: 'builder_addName',
};

/** The page's selection and what it can become: a card, a fact or another name. */
export function SelectionPanel(props: SelectionPanelProps) {
  const { selection, action, entities, busy } = props;
  if (!selection.ok) {
    return (
      <section class="panel builder" aria-labelledby="builder-selection">
        <h2 id="builder-selection">{t('builder_selectionHeading')}</h2>
        <p class="note">{refusalText(selection)}</p>
      </section>
    );
  }
  const lang: Lang = selection.lang || props.card.lang;
  const text = selection.value.text;
  return (
    <section class="panel builder" aria-labelledby="builder-selection">
      <h2 id="builder-selection">{t('builder_selectionHeading')}</h2>
      <blockquote class="builder-quote" lang={lang}>
        {text}
      </blockquote>
      <div class="builder-actions">
        {ACTIONS.map((a) => (
          <button
            key={a}
            type="button"
            class="button"
            aria-pressed={a === action}
            onClick={() => props.onAction(a)}
          >
            {t(LABELS[a])}
          </button>
        ))}
      </div>
      {action === 'card' && <CardForm initial={props.card} busy={busy} onSubmit={props.onCard} />}
      {action === 'fact' && (
        <FactForm entities={entities} text={text} busy={busy} onSubmit={props.onFact} />
      )}
      {action === 'name' && (
        <NameForm
          entities={entities}
          initial={{ text: text.slice(0, 200), lang }}
          busy={busy}
          onSubmit={props.onName}
        />
      )}
    </section>
  );
}
