import { describe, expect, test } from 'vitest';
import { titleBeforeComma } from './title-before';

describe('a title in apposition before a name', () => {
  test.each<[string, string | undefined]>([
    ['El canciller vietnamita, Le Hoai Trung, habló.', 'canciller'],
    ['Le ministre des Affaires étrangères, Le Hoai Trung, a parlé.', 'ministre'],
    ['Der Präsident, Luong Cuong, sprach vor der Presse.', 'Präsident'],
    // An opening phrase, a list, a name in the field.
    ['Según el portavoz, Le Hoai Trung se reunió con ellos.', undefined],
    ['According to the minister, Le Hoai Trung was ready.', undefined],
    ['El canciller de Ecuador, Le Hoai Trung y Guterres hablaron.', undefined],
    ['El ministro de Exteriores Bui Thanh Son, Le Hoai Trung, habló.', undefined],
    ['The prime minister, Pham Minh Chinh, spoke.', 'prime minister'],
    ['"It is historic," said the prime minister, Pham Minh Chinh, on Saturday.', 'prime minister'],
    // A clause, not a title with its adjective or field, before the comma.
    ['Le ministre a rencontré les délégués, Le Hoai Trung a parlé.', undefined],
    // No article, no comma, or no title.
    ['Canciller vietnamita, Le Hoai Trung, habló.', undefined],
    ['El canciller Le Hoai Trung habló.', undefined],
    ['El embajador colombiano y su equipo, Le Hoai Trung, hablaron.', undefined],
  ])('%s', (text, title) => {
    const name = text.search(/Le Hoai|Luong|Pham/u);
    const end = name + text.slice(name).search(/(?<=Trung|Cuong|Chinh)/u);
    expect(titleBeforeComma(text, name, end)).toBe(title);
  });
});
