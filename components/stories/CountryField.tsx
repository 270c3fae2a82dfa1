import { STATE_CODES } from '@/lib/lang/demonyms/codes';
import { t } from './t';

export interface CountryFieldProps {
  id: string;
  /** The country's ISO 3166-1 alpha-2 code, '' for none. */
  value: string;
  /** The page's language, for the countries' names. */
  locale: string;
  onChange: (country: string, countryName: string) => void;
}

type Country = { code: string; name: string };
const byLocale = new Map<string, Country[]>();

/** Every state's code with its name in `locale`, in that language's alphabetical order. */
function countries(locale: string): Country[] {
  let list = byLocale.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames(locale, { type: 'region' });
    list = STATE_CODES.map((code) => ({ code, name: names.of(code) ?? code }));
    list.sort((a, b) => a.name.localeCompare(b.name, locale));
    byLocale.set(locale, list);
  }
  return list;
}

/** A person's country, whose words of nationality point back at the person once named. */
export function CountryField({ id, value, locale, onChange }: CountryFieldProps) {
  const list = countries(locale);
  return (
    <div class="row">
      <label for={id}>{t('stories_country')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-note`}
        onChange={(event) => {
          const code = event.currentTarget.value;
          onChange(code, list.find((c) => c.code === code)?.name ?? code);
        }}
      >
        <option value="">{t('stories_noCountry')}</option>
        {list.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} class="hint">
        {t('stories_countryNote')}
      </p>
    </div>
  );
}
