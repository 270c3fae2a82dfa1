import type { EntityType } from '@/lib/dataset/types';
import type { SuggestionsState } from './builder-state';
import { t } from './i18n';

export interface SuggestionListProps {
  suggestions: SuggestionsState;
  /** Names the story already has a card for. */
  known: readonly string[];
  busy: boolean;
  onMake: (name: string, type: EntityType) => void;
}

/** The names of the article just added, best first, each made a card with one button. */
export function SuggestionList({ suggestions, known, busy, onMake }: SuggestionListProps) {
  const has = new Set([...known, ...suggestions.made].map((n) => n.toLowerCase()));
  if (suggestions.items.length === 0) return <p class="note">{t('builder_noSuggestions')}</p>;
  return (
    <section class="suggestions" aria-labelledby="builder-suggestions">
      <h3 id="builder-suggestions">{t('builder_suggestions')}</h3>
      <ul>
        {suggestions.items.map((s) => (
          <li key={s.name}>
            <span class="suggestion-name">{s.name}</span>
            <span class="suggestion-type">{t(`card_type_${s.type}`)}</span>
            {has.has(s.name.toLowerCase()) ? (
              <span class="suggestion-made">{t('builder_hasCard')}</span>
            ) : (
              <button
                type="button"
                class="button"
                disabled={busy}
                aria-label={t('builder_makeCardFor', s.name)}
                onClick={() => onMake(s.name, s.type)}
              >
                {t('builder_makeCard')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
