import type { StorySummary } from '@/lib/builder/types';
import type { EntityType } from '@/lib/dataset/types';
import type { StoryChoice, SuggestionsState } from './builder-state';
import { t } from './i18n';
import { StoryPicker } from './StoryPicker';
import { SuggestionList } from './SuggestionList';

export interface ArticlePanelProps {
  stories: readonly StorySummary[];
  choice: StoryChoice;
  busy: boolean;
  suggestions: SuggestionsState | undefined;
  /** The names of the chosen story's cards. */
  cards: readonly string[];
  onChoose: (choice: StoryChoice) => void;
  onAdd: () => void;
  onMake: (name: string, type: EntityType) => void;
}

/** "Add this article to a story": the story, the button, then the article's names. */
export function ArticlePanel(props: ArticlePanelProps) {
  const { stories, choice, busy, suggestions, cards } = props;
  return (
    <section class="panel builder" aria-labelledby="builder-article">
      <h2 id="builder-article">{t('builder_articleHeading')}</h2>
      <StoryPicker stories={stories} choice={choice} onChoose={props.onChoose} />
      <button type="button" class="button primary" disabled={busy} onClick={props.onAdd}>
        {t('builder_addArticle')}
      </button>
      {suggestions && (
        <SuggestionList suggestions={suggestions} known={cards} busy={busy} onMake={props.onMake} />
      )}
    </section>
  );
}
