import { browser } from 'wxt/browser';
import { ENTITY_TYPES, type EntityType, LANGS, type Lang } from '@/lib/dataset/types';
import type { StoryEntity } from './builder-state';
import { t } from './i18n';

/**
 * The card a form is about: the one chosen, or the story's first while none is (the story's cards
 * may arrive after the form opened, or change).
 */
export function chosenEntity(entities: readonly StoryEntity[], chosen: string): string {
  return entities.some((e) => e.id === chosen) ? chosen : (entities[0]?.id ?? '');
}

/** A language's name in the browser's language ("French", "français"). */
function langName(lang: Lang): string {
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' }).of(lang)!;
  } catch {
    return lang;
  }
}

export function LangField(props: { id: string; value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div class="builder-field">
      <label for={props.id}>{t('builder_lang')}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as Lang)}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang}>
            {langName(lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TypeField(props: { value: EntityType; onChange: (type: EntityType) => void }) {
  return (
    <div class="builder-field">
      <label for="builder-type">{t('builder_type')}</label>
      <select
        id="builder-type"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as EntityType)}
      >
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`card_type_${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EntityField(props: {
  entities: readonly StoryEntity[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div class="builder-field">
      <label for="builder-entity">{t('builder_entity')}</label>
      <select
        id="builder-entity"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.entities.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  long?: boolean;
  onChange: (text: string) => void;
}) {
  const Tag = props.long ? 'textarea' : 'input';
  return (
    <div class="builder-field">
      <label for={props.id}>{t(props.label)}</label>
      <Tag
        id={props.id}
        maxLength={props.max}
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
        {...(props.long ? { rows: 4 } : { type: 'text' })}
      />
    </div>
  );
}
