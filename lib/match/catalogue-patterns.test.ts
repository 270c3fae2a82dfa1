import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const find = bundledFinder();

// Names the catalogue listed one by one before its name patterns: each is still found whole, as
// the same entity, now by a pattern (the convention, the conference) or by an event's name
// joined to the convention's (the signing ceremony, join.ts).
const NO_LONGER_LISTED: [string, string][] = [
  ['hanoi-convention', 'Konwencja Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Konwencji Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Verdrag van de Verenigde Naties tegen cybercriminaliteit'],
  ['hanoi-convention', 'Convention des Nations unies contre la cybercriminalité'],
  ['hanoi-convention', 'اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية'],
  ['hanoi-convention', 'UN Convention against Cybercrime'],
  ['hanoi-convention', 'United Nations Convention against Cybercrime'],
  ['hanoi-convention', 'U.N. Convention against Cybercrime'],
  ['hanoi-convention', 'United Nations Convention on Countering Cybercrime'],
  ['hanoi-convention', 'UN Convention on Cybercrime'],
  ['hanoi-convention', 'United Nations Convention on Cybercrime'],
  ['hanoi-convention', 'Công ước của Liên hợp quốc về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước Liên hợp quốc về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước Liên hiệp quốc về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước của Liên hiệp quốc về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước LHQ về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước của LHQ về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước của Liên hợp quốc về phòng chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước Liên hợp quốc về phòng chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước Liên hợp quốc về tội phạm mạng'],
  ['hanoi-convention', 'Công ước quốc tế về chống tội phạm mạng'],
  ['hanoi-convention', 'Công ước quốc tế về phòng, chống tội phạm mạng'],
  ['hanoi-convention', 'UN-Konvention gegen Cyberkriminalität'],
  ['hanoi-convention', 'UN-Übereinkommen gegen Cyberkriminalität'],
  ['hanoi-convention', 'Übereinkommen der Vereinten Nationen gegen Cyberkriminalität'],
  ['hanoi-convention', 'Konvention der Vereinten Nationen gegen Cyberkriminalität'],
  ['hanoi-convention', 'Übereinkommen der Vereinten Nationen gegen Computerkriminalität'],
  ['hanoi-convention', 'Übereinkommen der Vereinten Nationen über Computerkriminalität'],
  ['hanoi-convention', 'UN-Übereinkommen zur Bekämpfung der Cyberkriminalität'],
  ['hanoi-convention', 'UN-Abkommen gegen Cyberkriminalität'],
  ['hanoi-convention', 'Uno-Abkommen gegen Cyberkriminalität'],
  ['hanoi-convention', 'Convención de las Naciones Unidas contra la ciberdelincuencia'],
  ['hanoi-convention', 'Convención de la ONU contra la ciberdelincuencia'],
  ['hanoi-convention', 'Convención de las Naciones Unidas contra el ciberdelito'],
  ['hanoi-convention', 'Convención de la ONU contra el ciberdelito'],
  [
    'hanoi-convention',
    'Convención de la Organización de las Naciones Unidas contra la ciberdelincuencia',
  ],
  ['hanoi-convention', 'Convención de las Naciones Unidas sobre la ciberdelincuencia'],
  ['hanoi-convention', 'Convención de la ONU sobre ciberdelincuencia'],
  ['hanoi-convention', 'Convención de las Naciones Unidas sobre delitos cibernéticos'],
  ['hanoi-convention', 'Convención de las Naciones Unidas contra el delito cibernético'],
  ['hanoi-convention', 'Convención de la ONU contra el cibercrimen'],
  ['hanoi-convention', 'Konwencja Organizacji Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Konwencję Organizacji Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Konwencji Organizacji Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Konwencję Narodów Zjednoczonych przeciwko cyberprzestępczości'],
  ['hanoi-convention', 'Verdrag van de Verenigde Naties over cybercriminaliteit'],
  ['hanoi-convention', 'VN-verdrag tegen cybercriminaliteit'],
  ['hanoi-convention', 'VN-verdrag tegen cybercrime'],
  ['hanoi-convention', 'VN-conventie tegen cybercriminaliteit'],
  ['hanoi-convention', 'Conventie van de Verenigde Naties tegen cybercriminaliteit'],
  ['hanoi-convention', 'Convention des Nations unies sur la cybercriminalité'],
  ['hanoi-convention', 'Convention des Nations unies sur la lutte contre la cybercriminalité'],
  ['hanoi-convention', "Convention de l'Organisation des Nations unies contre la cybercriminalité"],
  ['hanoi-convention', "Convention de l'ONU contre la cybercriminalité"],
  ['hanoi-convention', "traité de l'ONU contre la cybercriminalité"],
  ['hanoi-convention', "traité de l'ONU sur la cybercriminalité"],
  ['hanoi-convention', 'اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية'],
  ['hanoi-convention', 'معاهدة الأمم المتحدة لمكافحة الجرائم الإلكترونية'],
  ['hanoi-convention', 'معاهدة الأمم المتحدة لمكافحة الجريمة السيبرانية'],
  ['hanoi-convention', 'اتفاقية الأمم المتحدة بشأن الجرائم الإلكترونية'],
  ['hanoi-convention', 'الاتفاقية العالمية لمكافحة الجريمة السيبرانية'],
  [
    'high-level-conference',
    'Konferencji Wysokiego Szczebla Narodów Zjednoczonych na temat cyberprzestępczości',
  ],
  ['high-level-conference', 'VN-conferentie op hoog niveau over cybercriminaliteit'],
  ['high-level-conference', 'Conférence de haut niveau des Nations Unies sur la cybercriminalité'],
  ['high-level-conference', 'UN High-level Conference on Cybercrime'],
  ['high-level-conference', 'United Nations High-level Conference on Cybercrime'],
  ['high-level-conference', 'Hội nghị cấp cao Liên hợp quốc về tội phạm mạng'],
  ['high-level-conference', 'hochrangige Konferenz der Vereinten Nationen über Cyberkriminalität'],
  ['high-level-conference', 'hochrangige UNO-Konferenz zur Cyberkriminalität'],
  ['high-level-conference', 'Conferencia de Alto Nivel de la ONU sobre Ciberdelincuencia'],
  [
    'high-level-conference',
    'Conferencia de Alto Nivel de las Naciones Unidas sobre Ciberdelincuencia',
  ],
  [
    'signing-ceremony',
    'Unterzeichnungszeremonie des Übereinkommens der Vereinten Nationen gegen Cyberkriminalität',
  ],
  ['signing-ceremony', 'Unterzeichnungszeremonie des Hanoi-Übereinkommens'],
  [
    'signing-ceremony',
    'ceremonia de firma de la Convención de las Naciones Unidas contra la ciberdelincuencia',
  ],
  [
    'signing-ceremony',
    'cérémonie de signature de la Convention des Nations unies contre la cybercriminalité',
  ],
  ['signing-ceremony', 'حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية'],
  ['signing-ceremony', 'مراسم توقيع اتفاقية هانوي'],
  ['signing-ceremony', 'ceremonia podpisania Konwencji Hanoi'],
];

describe('forms the name patterns replaced in the catalogue', () => {
  test.each(NO_LONGER_LISTED)('%s: %s', (entity, name) => {
    expect(find(`Delegates spoke of the ${name} on Monday.`)).toContain(`${entity}: ${name}`);
  });
});

// The convention as the press describes it, a legal framework or instrument with its scope and
// subject, in each language; a framework with no scope is anyone's.
describe('descriptive names of the convention', () => {
  test.each([
    [
      'en',
      'Trung called it the first global legal framework on cybercrime.',
      'global legal framework on cybercrime',
    ],
    [
      'en',
      'Sixty states signed the first UN treaty targeting cybercrime.',
      'UN treaty targeting cybercrime',
    ],
    [
      'fr',
      'Il y voit le premier cadre juridique mondial contre la cybercriminalité.',
      'cadre juridique mondial contre la cybercriminalité',
    ],
    [
      'es',
      'Es el primer marco jurídico mundial contra los delitos informáticos.',
      'marco jurídico mundial contra los delitos informáticos',
    ],
    [
      'de',
      'Es ist das erste globale Rechtsinstrument zur Bekämpfung von Cyberkriminalität.',
      'globale Rechtsinstrument zur Bekämpfung von Cyberkriminalität',
    ],
    [
      'nl',
      'Het is het eerste wereldwijde juridische kader tegen cybercriminaliteit.',
      'wereldwijde juridische kader tegen cybercriminaliteit',
    ],
    [
      'ar',
      'وهي أول إطار قانوني عالمي لمكافحة الجرائم الإلكترونية.',
      'إطار قانوني عالمي لمكافحة الجرائم الإلكترونية',
    ],
  ])('%s: %s', (_lang, text, name) => {
    expect(find(text)).toContain(`hanoi-convention: ${name}`);
  });

  test.each([
    ['en', 'The EU adopted a legal framework on cybercrime in 2013.'],
    ['fr', 'La France a modernisé son cadre juridique contre la cybercriminalité.'],
  ])('%s: no scope, no convention: %s', (_lang, text) => {
    expect(find(text)).toEqual([]);
  });
});

// Without its body the convention is named by a Convention or a Treaty against its subject, with
// a capital; one "on" it, or any other kind of agreement, is not (the Council of Europe's is "on
// cybercrime").
describe('the convention without its body', () => {
  test.each([
    [
      'es',
      'Decenas de países firmaron la Convención contra la Ciberdelincuencia en Hanói.',
      'Convención contra la Ciberdelincuencia',
    ],
    [
      'en',
      'The Convention against Cybercrime opens for signature.',
      'Convention against Cybercrime',
    ],
    ['vi', 'Công ước chống tội phạm mạng được mở ký tại Hà Nội.', 'Công ước chống tội phạm mạng'],
  ])('%s: %s', (_lang, text, name) => {
    expect(find(text)).toContain(`hanoi-convention: ${name}`);
  });

  test.each([
    ['en', 'The Convention on Cybercrime of the Council of Europe dates from 2001.'],
    ['fr', "Le Conseil de l'Europe a adopté la Convention sur la cybercriminalité."],
    ['en', 'Microsoft signed an agreement against cybercrime with Interpol.'],
    // In small letters it is a description, which counts once the convention is named.
    ['en', 'A convention against cybercrime was debated for years.'],
  ])('%s: not ours: %s', (_lang, text) => {
    expect(find(text)).toEqual([]);
  });
});

// The conference named without the UN: a pattern of no body, whose backs ("on cybercrime") are
// also those of the pattern with the UN, and kept for both.
describe('the conference without its body', () => {
  test.each([
    [
      'en',
      'Envoys met at the high-level conference on cybercrime in Hanoi.',
      'high-level conference on cybercrime',
    ],
    [
      'nl',
      'De rondetafels hoorden bij de conferentie op hoog niveau over cybercriminaliteit.',
      'conferentie op hoog niveau over cybercriminaliteit',
    ],
    [
      'vi',
      'Hội nghị cấp cao của Liên hợp quốc về chống tội phạm mạng khai mạc sáng nay.',
      'Hội nghị cấp cao của Liên hợp quốc về chống tội phạm mạng',
    ],
  ])('%s: %s', (_lang, text, name) => {
    expect(find(text)).toContain(`high-level-conference: ${name}`);
  });

  test('another high-level conference is not ours', () => {
    expect(find('A high-level conference on climate opened in Paris.')).toEqual([]);
  });
});

// The proposed training centre has no settled name: each language's press describes it, and
// one pattern (a training centre's head, a link, the subject) covers the descriptions.
describe('descriptive names of the training centre', () => {
  test.each([
    [
      'pl',
      'Waly poparła utworzenie regionalnego centrum szkolenia w zakresie zwalczania cyberprzestępczości.',
      'regionalnego centrum szkolenia w zakresie zwalczania cyberprzestępczości',
    ],
    [
      'en',
      'UNODC will consider a regional training centre for combating cybercrime in Hanoi.',
      'regional training centre for combating cybercrime',
    ],
    [
      'de',
      'Geplant ist ein regionales Ausbildungszentrum zur Bekämpfung der Cyberkriminalität.',
      'regionales Ausbildungszentrum zur Bekämpfung der Cyberkriminalität',
    ],
    [
      'nl',
      'Er komt mogelijk een regionaal opleidingscentrum voor de bestrijding van cybercriminaliteit.',
      'regionaal opleidingscentrum voor de bestrijding van cybercriminaliteit',
    ],
    [
      'pl',
      'Rozważa się utworzenie regionalnego centrum szkoleniowego ds. zwalczania cyberprzestępczości.',
      'regionalnego centrum szkoleniowego ds. zwalczania cyberprzestępczości',
    ],
    [
      'vi',
      'UNODC xem xét lập Trung tâm khu vực về đào tạo phòng, chống tội phạm mạng tại Hà Nội.',
      'Trung tâm khu vực về đào tạo phòng, chống tội phạm mạng',
    ],
    [
      'ar',
      'ويدرس المكتب إنشاء مركز إقليمي للتدريب على مكافحة الجرائم الإلكترونية في هانوي.',
      'مركز إقليمي للتدريب على مكافحة الجرائم الإلكترونية',
    ],
  ])('%s: %s', (_lang, text, name) => {
    expect(find(text)).toContain(`cybercrime-training-centre: ${name}`);
  });

  test('a training centre for something else is none of ours', () => {
    expect(find('The army opened a regional training centre for combating wildfires.')).toEqual([]);
  });
});
