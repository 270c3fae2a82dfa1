import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const bundledMentions = bundledFinder();

// The UN, Vietnam and Hanoi wherever a writer names them: as a modifier, as the first part of a
// compound, in a genitive or another case. Each sentence holds nothing else of the story, so a
// generic name alone still counts.
describe('generic names where they name the entity', () => {
  test.each([
    ['en', 'modifier', 'UN peacekeepers patrolled the border.', ['united-nations: UN']],
    ['en', 'compound', 'The UN-backed talks resumed on Monday.', ['united-nations: UN']],
    ['en', 'compound', 'A Hanoi-based start-up raised money.', ['hanoi: Hanoi']],
    ['en', 'genitive', "Vietnam's President spoke first.", ['vietnam: Vietnam']],
    ['en', 'after of', 'Peacekeepers of the UN patrolled the border.', ['united-nations: UN']],
    // An ambassador is no embassy ("Botschaft"): the UN and Vietnam beside the title are named.
    [
      'de',
      'title',
      'Er war früher Vietnams Botschafter bei der Uno in New York.',
      ['vietnam: Vietnams', 'united-nations: Uno'],
    ],
    // German "war" (was) is no English war.
    ['de', 'after a verb', 'Zwei Tage lang war Hanoi der Ort der Diplomatie.', ['hanoi: Hanoi']],
    // The capital described by its country's adjective.
    [
      'en',
      'description',
      'Envoys gathered in the Vietnamese capital.',
      ['hanoi: Vietnamese capital'],
    ],
    [
      'pl',
      'description',
      'Delegaci zebrali się w wietnamskiej stolicy.',
      ['hanoi: wietnamskiej stolicy'],
    ],
    // A heading in capitals on a line of its own above prose: an acronym that is no common
    // word is one beside the heading's words.
    [
      'vi',
      'heading',
      'LHQ PHỐI HỢP CHẶT CHẼ\nCác đoàn đại biểu đã đến Hà Nội.',
      ['united-nations: LHQ', 'hanoi: Hà Nội'],
    ],
    // A line in capitals run into the text: its words in capitals make no longer name.
    ['en', 'heading', 'FROM GENEVA TO HANOI. Envoys met again on Monday.', ['hanoi: HANOI']],
    [
      'es',
      'heading',
      'ECUADOR EN LA CUMBRE: los enviados firmaron el lunes.',
      ['ecuador: ECUADOR'],
    ],
    [
      'fr',
      'modifier',
      "La réunion a eu lieu au siège de l'ONU à New York.",
      ['united-nations: ONU'],
    ],
    [
      'fr',
      'modifier',
      "Les Casques bleus de l'ONU patrouillent à la frontière.",
      ['united-nations: ONU'],
    ],
    ['fr', 'genitive', 'La population du Vietnam augmente chaque année.', ['vietnam: Vietnam']],
    [
      'es',
      'modifier',
      'La delegación llegó a la sede de la ONU en Nueva York.',
      ['united-nations: ONU'],
    ],
    [
      'es',
      'modifier',
      'Las fuerzas de paz de la ONU patrullan la frontera.',
      ['united-nations: ONU'],
    ],
    ['es', 'genitive', 'La economía de Vietnam creció el año pasado.', ['vietnam: Vietnam']],
    ['de', 'compound', 'Die Verlängerung der UN-Mission ist beschlossen.', ['united-nations: UN']],
    ['de', 'compound', 'Die UN-Truppen bleiben ein weiteres Jahr im Land.', ['united-nations: UN']],
    [
      'de',
      'genitive',
      'Die Regierung Vietnams empfing die Delegation am Samstag.',
      ['vietnam: Vietnams'],
    ],
    ['de', 'genitive', 'Hanois Bürgermeister begrüßte die Gäste.', ['hanoi: Hanois']],
    [
      'de',
      'case',
      'Die Mitglieder der Vereinten Nationen stimmten zu.',
      ['united-nations: Vereinten Nationen'],
    ],
    [
      'nl',
      'compound',
      'De VN-vredesmacht blijft nog een jaar in het gebied.',
      ['united-nations: VN'],
    ],
    ['nl', 'compound', 'Het VN-hoofdkwartier in New York was gesloten.', ['united-nations: VN']],
    [
      'nl',
      'genitive',
      'Vietnams hoofdstad ontving de delegatie op zaterdag.',
      ['hanoi: Vietnams hoofdstad', 'vietnam: Vietnams'],
    ],
    ['nl', 'alone', 'De VN stuurt waarnemers naar het gebied.', ['united-nations: VN']],
    ['pl', 'genitive', 'Delegacja przyjechała do Wietnamu we wtorek.', ['vietnam: Wietnamu']],
    ['pl', 'locative', 'W Wietnamie trwają przygotowania.', ['vietnam: Wietnamie']],
    // The locative by its ending, not listed: -r takes -ze.
    ['pl', 'locative', 'W Ekwadorze trwa stan wyjątkowy.', ['ecuador: Ekwadorze']],
    ['pl', 'modifier', 'Siły pokojowe ONZ patrolują granicę.', ['united-nations: ONZ']],
    [
      'pl',
      'case',
      'Przedstawiciele Organizacji Narodów Zjednoczonych przyjechali.',
      ['united-nations: Organizacji Narodów Zjednoczonych'],
    ],
    [
      'vi',
      'modifier',
      'Lực lượng gìn giữ hòa bình Liên hợp quốc tuần tra biên giới.',
      ['united-nations: Liên hợp quốc'],
    ],
    [
      'vi',
      'modifier',
      'Đoàn đại biểu đến trụ sở Liên hợp quốc tại New York.',
      ['united-nations: Liên hợp quốc'],
    ],
    [
      'ar',
      'modifier',
      'وصل الوفد إلى مقر الأمم المتحدة في نيويورك.',
      ['united-nations: الأمم المتحدة'],
    ],
    [
      'ar',
      'after a preposition',
      'تقوم قوات حفظ السلام التابعة للأمم المتحدة بدوريات.',
      ['united-nations: لأمم المتحدة'],
    ],
    ['ar', 'construct', 'زار الوفد شمال فيتنام الأسبوع الماضي.', ['vietnam: فيتنام']],
  ])('%s, %s: %s', (_lang, _form, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// The capital of the pack's country, so described, is the city: "la capitale du Vietnam", and in
// Vietnamese "Thủ đô" written with a capital. The country named after the word is named too.
describe('the capital of Vietnam is Hanoi', () => {
  test.each([
    [
      'en',
      "Vietnam's capital hosted the signing.",
      ["hanoi: Vietnam's capital", 'vietnam: Vietnam'],
    ],
    // German and Dutch write the genitive before the name too.
    [
      'de',
      'Der Vertrag wurde in Vietnams Hauptstadt unterzeichnet.',
      ['hanoi: Vietnams Hauptstadt', 'vietnam: Vietnams'],
    ],
    [
      'fr',
      'La capitale du Vietnam accueille la délégation.',
      ['hanoi: capitale du Vietnam', 'vietnam: Vietnam'],
    ],
    [
      'es',
      'La capital de Vietnam recibió a la delegación.',
      ['hanoi: capital de Vietnam', 'vietnam: Vietnam'],
    ],
    ['de', 'Die Hauptstadt Vietnams empfing die Gäste.', ['hanoi: Hauptstadt Vietnams']],
    [
      'pl',
      'Kibice świętowali w stolicy Wietnamu.',
      ['hanoi: stolicy Wietnamu', 'vietnam: Wietnamu'],
    ],
    ['ar', 'زار الوفد عاصمة فيتنام الأسبوع الماضي.', ['hanoi: عاصمة فيتنام', 'vietnam: فيتنام']],
    [
      'vi',
      'Hà Nội đón khách. Ông Tô Lâm coi việc Thủ đô được chọn là vinh dự.',
      ['hanoi: Hà Nội', 'to-lam: Ông Tô Lâm', 'hanoi: Thủ đô'],
    ],
    // Another capital's name after it, or the word in small letters, is not.
    ['vi', 'Thủ đô Bangkok ngập sau mưa lớn, còn thủ đô của Lào thì không.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// The state by its adjective is the country; once the country or the city is named, the host
// is too, and before that, or for another host, nothing.
describe('the state and the host', () => {
  test.each([
    [
      'es',
      'Vietnam, país anfitrión, fue el primero en firmar en nombre del Estado vietnamita.',
      ['vietnam: Vietnam', 'vietnam: país anfitrión', 'vietnam: Estado vietnamita'],
    ],
    [
      'fr',
      'Hanoï a accueilli les délégations. La ville hôte avait fermé plusieurs rues.',
      ['hanoi: Hanoï', 'hanoi: La ville hôte'],
    ],
    ['fr', 'Le Qatar, pays hôte de la Coupe du monde, a dépensé des milliards.', []],
    ['en', 'The host country spent billions before Vietnam signed.', ['vietnam: Vietnam']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

describe('not every acronym is ours', () => {
  test.each([
    ['VN as Vietnam in a Vietnamese headline', 'Thị trường chứng khoán VN tăng điểm mạnh.'],
    ['VN as Vietnam in English', 'Shares on the VN-Index rose on Friday.'],
    ['UN in a capitalised compound outside German', 'UN-Habitat opened a regional office.'],
  ])('%s', (_, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });
});
