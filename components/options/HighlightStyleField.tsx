import { browser } from 'wxt/browser';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '@/lib/settings';

export interface HighlightStyleFieldProps {
  value: HighlightStyle;
  onChange: (value: HighlightStyle) => void;
}

const LABELS = {
  underline: 'options_styleUnderline',
  background: 'options_styleBackground',
  off: 'options_styleOff',
} as const;

/** How mentions are painted on pages; each choice shows a sample of itself. */
export function HighlightStyleField({ value, onChange }: HighlightStyleFieldProps) {
  return (
    <fieldset class="field">
      <legend>{browser.i18n.getMessage('options_highlightStyle')}</legend>
      {HIGHLIGHT_STYLES.map((style) => (
        <label key={style} class="choice">
          <input
            type="radio"
            name="highlight-style"
            value={style}
            checked={value === style}
            onChange={() => onChange(style)}
          />
          <span class={`sample sample-${style}`}>{browser.i18n.getMessage(LABELS[style])}</span>
        </label>
      ))}
      <p class="hint">{browser.i18n.getMessage('options_highlightStyleHint')}</p>
    </fieldset>
  );
}
