import { describe, expect, test } from 'vitest';
import { demonymCountry } from '../lang/demonym-words';
import { countryInTexts } from './country';

describe('a person’s country from the story’s texts', () => {
  test.each<[string, string, string | undefined]>([
    ['Der Portugiese António Guterres eröffnete die Sitzung.', 'António Guterres', 'PT'],
    ['Sprach der portugiesische Diplomat António Guterres.', 'António Guterres', 'PT'],
    ['The Egyptian diplomat Ghada Waly spoke next.', 'Ghada Waly', 'EG'],
    ['Habló la funcionaria egipcia Ghada Waly.', 'Ghada Waly', 'EG'],
    ['Głos zabrała Egipcjanka Ghada Waly.', 'Ghada Waly', 'EG'],
    ['Vietnamese President Luong Cuong opened it.', 'Luong Cuong', 'VN'],
    ['وقال الدبلوماسي البرتغالي أنطونيو غوتيريش إن الاتفاقية مهمة.', 'أنطونيو غوتيريش', 'PT'],
    // A demonym in another clause, or none, says nothing of the person.
    ['Several Egyptian officials came. Ghada Waly spoke.', 'Ghada Waly', undefined],
    ['Egypt sent Ghada Waly.', 'Ghada Waly', undefined],
    // A region's word before a demonym makes it another.
    ['The Latin American diplomat Ana Lopez spoke.', 'Ana Lopez', undefined],
    // Part of a longer name is not the name.
    ['The Portuguese diplomat António Guterreszka spoke.', 'António Guterres', undefined],
  ])('%s', (text, name, country) => {
    expect(countryInTexts([text], name)).toBe(country);
  });

  test('the country the texts give most often; two as often give none', () => {
    const pt = 'Der Portugiese António Guterres sprach.';
    const br = 'The Brazilian diplomat António Guterres spoke.';
    expect(countryInTexts([pt, pt, br], 'António Guterres')).toBe('PT');
    expect(countryInTexts([pt, br], 'António Guterres')).toBeUndefined();
  });

  test('a word two states share names neither', () => {
    expect(demonymCountry(['Koreańczyk'])).toBeUndefined();
    expect(demonymCountry(['Costa', 'Rican'])).toBe('CR');
  });
});
