import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '@/lib/dataset/types';
import { guessType } from '@/lib/extract/guess-type';
import { namedFirst } from '@/lib/extract/named-first';
import type { TargetTab } from '../popup/use-target-tab';
import { ArticlePanel } from './ArticlePanel';
import type { Action } from './builder-state';
import { PhaseNote } from './PhaseNote';
import { SelectionPanel } from './SelectionPanel';
import { storyEntities } from './story-entities';
import { useBuilder } from './use-builder';

export interface BuilderProps {
  tab: TargetTab;
  /** The form to open at once (the page's context menu names one). */
  action?: Action;
  /** The language of the reader's interface, for the names shown. */
  uiLang: Lang;
}

/** The story builder in the popup: the article, its names, and the selection's forms. */
export function Builder({ tab, action: first, uiLang }: BuilderProps) {
  const builder = useBuilder(tab);
  const [action, setAction] = useState<Action | undefined>(first);
  const { selection, pack, phase } = builder;
  const busy = phase.phase === 'working';
  const entities = useMemo(
    () => namedFirst(storyEntities(pack, uiLang), selection?.ok ? selection.value.text : ''),
    [pack, selection, uiLang],
  );
  const card = useMemo(() => {
    const lang: Lang = (selection?.lang || uiLang) as Lang;
    if (!selection?.ok) return { name: '', type: 'person' as const, description: '', lang };
    const { text, prefix, suffix } = selection.value;
    const name = text.slice(0, 200);
    return { name, type: guessType(name, prefix + text + suffix, lang), description: '', lang };
  }, [selection, uiLang]);
  if (!builder.stories || !selection) return <PhaseNote phase={phase} />;
  return (
    <>
      <PhaseNote phase={phase} />
      <ArticlePanel
        stories={builder.stories}
        choice={builder.choice}
        busy={busy}
        suggestions={builder.suggestions}
        cards={entities.flatMap((e) => e.names)}
        onChoose={builder.choose}
        onAdd={builder.addArticle}
        onMake={(name, type) => builder.makeSuggested(name, type, builder.suggestions!.lang)}
      />
      <SelectionPanel
        key={selection.ok ? selection.value.text : ''}
        selection={selection}
        action={action}
        entities={entities}
        card={card}
        busy={busy}
        onAction={setAction}
        onCard={builder.makeCard}
        onFact={builder.addFact}
        onName={builder.addName}
      />
    </>
  );
}
