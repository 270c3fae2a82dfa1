import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '@/lib/dataset/types';

export interface CardLanguageFieldProps {
  value: 'auto' | Lang;
  onChange: (value: 'auto' | Lang) => void;
}

/** Each language is named in itself, so a reader finds theirs whatever the interface language. */
function endonym(lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
}

export function CardLanguageField({ value, onChange }: CardLanguageFieldProps) {
  return (
    <div class="field">
      <label for="card-language">{browser.i18n.getMessage('options_cardLanguage')}</label>
      <select
        id="card-language"
        value={value}
        aria-describedby="card-language-hint"
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          onChange(LANGS.find((lang) => lang === chosen) ?? 'auto');
        }}
      >
        <option value="auto">{browser.i18n.getMessage('options_languageAuto')}</option>
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {endonym(lang)}
          </option>
        ))}
      </select>
      <p id="card-language-hint" class="hint">
        {browser.i18n.getMessage('options_cardLanguageHint')}
      </p>
    </div>
  );
}
