import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const found = bundledFinder();

// A place's kind word is the place where the same text names it, or a person or body that brings
// it to mind, before it, with nothing else named between.
describe("a place's kind word", () => {
  test.each<[string, string, string[]]>([
    [
      'en',
      'Vietnam signed first, and the country will ratify soon.',
      ['vietnam: Vietnam', 'vietnam: the country'],
    ],
    [
      'de',
      'Premier Pham Minh Chinh sagte, sein Land sei bereit.',
      ['pham-minh-chinh: Premier Pham Minh Chinh', 'vietnam: sein Land'],
    ],
    [
      'pl',
      'Wietnam zgłosił gotowość, a wicepremier Bui Thanh Son przekonywał, że kraj rozumie potrzeby.',
      ['vietnam: Wietnam', 'bui-thanh-son: wicepremier Bui Thanh Son', 'vietnam: kraj'],
    ],
    [
      'vi',
      'Việt Nam ký trước. Đất nước đã bị tin tặc tấn công nhiều lần.',
      ['vietnam: Việt Nam', 'vietnam: Đất nước'],
    ],
    [
      'pl',
      // The capital of a country named: "stolica Wietnamu" is Hanoi's name.
      'Ministerstwo Spraw Zagranicznych Wietnamu ogłosiło, że do stolicy przyjadą delegacje.',
      [
        'ministry-of-foreign-affairs: Ministerstwo Spraw Zagranicznych',
        'vietnam: Wietnamu',
        'hanoi: stolicy',
      ],
    ],
    // A body named an organisation: the UN.
    [
      'de',
      'Die Vereinten Nationen feierten. Die Weltorganisation will helfen.',
      ['united-nations: Vereinten Nationen', 'united-nations: Die Weltorganisation'],
    ],
    [
      'ar',
      'وقالت الأمم المتحدة إن المنظمة الدولية ستدعم الدول.',
      ['united-nations: الأمم المتحدة', 'united-nations: المنظمة الدولية'],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each<[string, string, string]>([
    [
      'en',
      'Vietnam hosted the ceremony. Russia pushed for the treaty, and the country hopes to ratify.',
      'the country',
    ],
    ['en', 'Vietnam signed, but Amnesty said the country jails its critics.', 'the country'],
    [
      'de',
      'Die Bundesregierung hat den Vertrag nicht unterschrieben. In der Hauptstadt hieß es, man prüfe.',
      'der Hauptstadt',
    ],
    [
      'de',
      'BERLIN (dpa) - Vietnam hat unterschrieben. In der Hauptstadt Hanois gab es Proteste, sagte man in BERLIN, das Land prüfe.',
      'das Land',
    ],
    ['es', 'Vietnam firmó. Según informó El País, la prensa local aplaudió.', 'El País'],
    ['es', 'Vietnam firmó en Hanói. El país vecino, Camboya, no firmó.', 'El país'],
    [
      'fr',
      'Le Vietnam a signé à Hanoï. La ville lumière, Paris, accueillera la prochaine réunion.',
      'La ville',
    ],
    ['pl', 'Wietnam podpisał konwencję. Polska delegacja wróciła do kraju w sobotę.', 'kraju'],
    ['vi', 'Hà Nội đón khách. Thành phố phía Bắc Hải Phòng cũng đón đoàn.', 'Thành phố'],
    ['ar', 'وقعت فيتنام في هانوي. وكانت العاصمة الرياض تستضيف مؤتمرا آخر.', 'العاصمة'],
    ['ar', 'وقعت فيتنام الاتفاقية. وتعاني البلاد العربية من هجمات إلكترونية.', 'البلاد'],
    [
      'en',
      'The United Nations hailed the treaty. Human Rights Watch said the world organisation had ignored critics.',
      'the world organisation',
    ],
    // "The organisation" alone is as often the organising of the event.
    ['nl', 'Guterres prees de organisatie van de ceremonie.', 'de organisatie'],
    // Another body named last: its own ("UNODC ... the organisation" is not the UN).
    [
      'de',
      'Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung begleitete die Gespräche. Die Weltorganisation will nun helfen.',
      'Die Weltorganisation',
    ],
    // Organised crime is no organisation of the UN's.
    ['ar', 'وقالت الأمم المتحدة إنها ستكافح الجريمة المنظمة.', 'المنظمة'],
    // A name opening a sentence between: "Paris", "Moscow".
    [
      'fr',
      "Le traité a été signé à Hanoï. Paris n'a envoyé qu'un observateur ; la ville reste prudente.",
      'la ville',
    ],
    [
      'en',
      'Vietnam signed the treaty. Moscow said the country would ratify next year.',
      'the country',
    ],
    // A possessive points at a person of its own sentence.
    [
      'de',
      'Generalsekretär To Lam eröffnete die Konferenz. Bundeskanzler Friedrich Merz sagte, seine Partei stehe geschlossen.',
      'seine Partei',
    ],
    // Another state's adjective: its minister's country.
    ['es', 'Vietnam firmó. El canciller japonés dijo que su país firmará.', 'su país'],
    // A neighbour, a predicate, a question.
    ['es', 'Ecuador cerró su frontera. Las autoridades del país vecino protestaron.', 'del país'],
    ['pl', 'Wietnam to kraj o szybko rosnącej gospodarce.', 'kraj'],
    ['pl', 'Wietnam podpisał jako pierwszy. Który kraj będzie następny?', 'kraj'],
    // Two of the kind named, and no one who brings one to mind.
    [
      'en',
      'Vietnam and Ecuador agreed on trade. The country’s exports of bananas grew.',
      'The country',
    ],
  ])('%s, not: %s', (_lang, text, word) => {
    expect(found(text).map((line) => line.slice(line.indexOf(': ') + 2))).not.toContain(word);
  });
});
