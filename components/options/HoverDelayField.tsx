import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN } from '@/lib/settings';

export interface HoverDelayFieldProps {
  value: number;
  onChange: (value: number) => void;
}

/** The dwell before a card opens. Only a whole number in range is saved; anything else is explained. */
export function HoverDelayField({ value, onChange }: HoverDelayFieldProps) {
  const [invalid, setInvalid] = useState(false);
  const commit = (input: HTMLInputElement) => {
    const ms = input.valueAsNumber;
    const ok = input.value !== '' && ms >= HOVER_DELAY_MIN && ms <= HOVER_DELAY_MAX;
    setInvalid(!ok);
    if (ok) onChange(Math.round(ms));
  };
  return (
    <div class="field">
      <label for="hover-delay">{browser.i18n.getMessage('options_hoverDelay')}</label>
      <div class="input-row">
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={10}
          value={value}
          aria-invalid={invalid}
          aria-describedby="hover-delay-hint"
          onChange={(event) => commit(event.currentTarget)}
        />
        <span aria-hidden="true">{browser.i18n.getMessage('options_milliseconds')}</span>
      </div>
      <p id="hover-delay-hint" class={invalid ? 'hint error' : 'hint'}>
        {browser.i18n.getMessage(invalid ? 'options_hoverDelayInvalid' : 'options_hoverDelayHint')}
      </p>
    </div>
  );
}
