import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const bundledMentions = bundledFinder();

// A catalogued place's or body's name inside the proper name of something else is no mention.
describe("other things' names", () => {
  test.each([
    ['en', 'club', 'Hanoi FC beat its rivals 2-1 on Sunday.'],
    ['en', 'venue', 'Tickets for the Hanoi Opera House are sold out.'],
    ['en', 'company', 'Vietnam Airlines added two flights a week.'],
    ['en', 'university', 'Hanoi University opened a new library.'],
    ['en', 'agency', 'The UN Development Programme opened an office.'],
    ['en', 'body', 'The UN Security Council met on Friday.'],
    ['en', 'agency', 'The Food and Agriculture Organization of the United Nations warned.'],
    ['en', 'headline in title case', 'Hanoi FC Beat Rivals In Cup Final'],
    ['en', 'news service', 'Reporters from UN News filed the story.'],
    ['es', 'news service', 'Según Noticias ONU, el acto fue breve.'],
    ['fr', 'news service', 'Selon ONU Info, la séance a été levée.'],
    ['ar', 'news service', 'وقدمها فريق من أخبار الأمم المتحدة.'],
    ['ar', 'agency with its adjective', 'وافتتحت المفوضية السامية للأمم المتحدة مكتبا.'],
    ['ar', 'programme with its adjective', 'وأعلن البرنامج الإنمائي للأمم المتحدة عن خطة.'],
    ['fr', 'agency', "Le Fonds des Nations unies pour l'enfance a publié un rapport."],
    ['fr', 'agency', 'Le Programme des Nations unies pour le développement a ouvert un bureau.'],
    [
      'fr',
      'purpose',
      "L'Organisation des Nations unies pour l'alimentation et l'agriculture alerte.",
    ],
    ['fr', 'university', "L'Université de Hanoï accueille des étudiants étrangers."],
    ['fr', 'body', "Le Conseil de sécurité de l'ONU s'est réuni vendredi."],
    ['es', 'agency', 'El Programa de las Naciones Unidas para el Desarrollo abrió una oficina.'],
    ['es', 'agency', 'El Fondo de las Naciones Unidas para la Infancia publicó un informe.'],
    ['es', 'purpose', 'La Organización de las Naciones Unidas para la Alimentación advirtió.'],
    ['es', 'club', 'El Hanói FC ganó la copa.'],
    ['de', 'agency', 'Das Kinderhilfswerk der Vereinten Nationen warnt vor Hunger.'],
    ['de', 'compound', 'Das UN-Entwicklungsprogramm eröffnet ein Büro.'],
    ['de', 'compound', 'Der UN-Sicherheitsrat tagte am Freitag.'],
    ['de', 'purpose', 'Die Organisation der Vereinten Nationen für Ernährung warnt.'],
    ['de', 'agency', 'Die Agentur der Vereinten Nationen für Flüchtlinge hilft.'],
    ['nl', 'agency', 'Het Kinderfonds van de Verenigde Naties waarschuwt voor honger.'],
    ['nl', 'compound', 'Het VN-Ontwikkelingsprogramma opent een kantoor.'],
    ['nl', 'compound', 'De VN-Veiligheidsraad kwam vrijdag bijeen.'],
    ['pl', 'agency', 'Fundusz Narodów Zjednoczonych na rzecz Dzieci ostrzega przed głodem.'],
    ['pl', 'agency', 'Program Narodów Zjednoczonych ds. Rozwoju otworzył biuro.'],
    [
      'pl',
      'purpose',
      'Organizacja Narodów Zjednoczonych do spraw Wyżywienia i Rolnictwa ostrzega.',
    ],
    ['pl', 'body', 'Rada Bezpieczeństwa ONZ zebrała się w piątek.'],
    ['vi', 'agency', 'Quỹ Nhi đồng Liên hợp quốc công bố báo cáo.'],
    ['vi', 'agency', 'Chương trình Phát triển Liên hợp quốc mở văn phòng mới.'],
    ['vi', 'venue', 'Nhà hát Lớn Hà Nội kín chỗ.'],
    ['vi', 'university', 'Đại học Hà Nội tuyển sinh.'],
    ['vi', 'club', 'Hà Nội FC thắng trận.'],
    ['de', 'club in a compound', 'Der frühere Hanoi-FC-Profi wechselt nach Japan.'],
    ['vi', "another country's body after a title", 'Bộ trưởng Bộ Quốc phòng Hàn Quốc phát biểu.'],
    ['ar', 'agency', 'صندوق الأمم المتحدة للسكان أصدر تقريرا.'],
    ['ar', 'agency', 'برنامج الأمم المتحدة الإنمائي افتتح مكتبا.'],
    ['ar', 'purpose', 'منظمة الأمم المتحدة للطفولة أصدرت تقريرا.'],
    ['ar', 'club', 'فاز نادي هانوي على منافسه.'],
    ['de', 'day', 'Am Tag der Vereinten Nationen lädt die Stadt zu einem Fest ein.'],
    ['fr', 'day', 'La Journée des Nations unies sera célébrée à Genève.'],
    ['es', 'day', 'El Día de las Naciones Unidas se celebra cada 24 de octubre.'],
    ['nl', 'day', 'Het feest van de Dag van de Verenigde Naties trok veel bezoekers.'],
    ['pl', 'day', 'Z okazji Dnia Narodów Zjednoczonych w Warszawie odbył się koncert.'],
    ['vi', 'day', 'Nhân Ngày Liên hợp quốc, trường tổ chức buổi giao lưu.'],
    ['ar', 'day', 'احتفلت المدرسة يوم الأمم المتحدة بعرض فني.'],
    ['ar', 'day with a preposition', 'احتفلت المدرسة بيوم الأمم المتحدة.'],
  ])('%s, %s: %s', (_lang, _kind, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });
});

// The same words where the name is ours: a catalogued longer name, a possessive, a title after
// a place, a sentence boundary, German nouns, a headline in title case.
describe('our names beside the look-alikes', () => {
  test.each([
    ['en', 'The Hanoi Convention was signed in October.', ['hanoi-convention: Hanoi Convention']],
    ['en', 'The Hanoi Convention Summit opened.', ['hanoi-convention: Hanoi Convention']],
    ['en', 'The UN Office on Drugs and Crime said so.', ['unodc: UN Office on Drugs and Crime']],
    ['en', "Vietnam's President spoke first.", ['vietnam: Vietnam']],
    ['ar', 'عقد منتدى حول الأمن السيبراني في هانوي.', ['hanoi: هانوي']],
    ['ar', 'تحدث غوتيريش أمام قمة الأمم المتحدة في نيويورك.', ['united-nations: الأمم المتحدة']],
    ['ar', 'على هامش قمة فيتنام واليابان.', ['vietnam: فيتنام']],
    ['en', 'He arrived in Hanoi. The ceremony began.', ['hanoi: Hanoi']],
    // A day's word only as a whole word with its marks: "Montag", "ngay" (right) are not days.
    [
      'de',
      'Am Montag in Hanoi unterzeichneten Vertreter der Vereinten Nationen das Abkommen.',
      ['hanoi: Hanoi', 'united-nations: Vereinten Nationen'],
    ],
    [
      'vi',
      'Hội nghị diễn ra ngay tại Hà Nội, với sự tham gia của Liên hợp quốc.',
      ['hanoi: Hà Nội', 'united-nations: Liên hợp quốc'],
    ],
    // A title before the body's name: the capitalised words after it are its holder's name.
    [
      'vi',
      'Bộ Công an đón Thứ trưởng Bộ Tài chính Nguyễn Văn An tại hội trường.',
      ['ministry-of-public-security: Bộ Công an', 'ministry-of-finance: Bộ Tài chính'],
    ],
    // A link to a date after an event's generic name says when, not which event.
    [
      'nl',
      'Het Verdrag van Hanoi ligt klaar voor de ondertekeningsceremonie van 25 oktober.',
      ['hanoi-convention: Verdrag van Hanoi', 'signing-ceremony: ondertekeningsceremonie'],
    ],
    // An event's generic name linked to a body its own name holds is that event, unless what
    // it is about follows the body.
    [
      'de',
      'Im Januar tritt der 14. Parteitag der Kommunistischen Partei zusammen, sagte To Lam.',
      [
        'party-congress-14: 14. Parteitag der Kommunistischen Partei',
        'communist-party-of-vietnam: Kommunistischen Partei',
        'to-lam: To Lam',
      ],
    ],
    [
      'es',
      'La conferencia de alto nivel de la ONU sobre el agua terminó en Nueva York.',
      ['united-nations: ONU'],
    ],
    // German "zur", "zum" after a body's name say what for, not of what.
    [
      'de',
      'Für die Hanoi-Konvention schickte das Außenministerium Beamte des Verteidigungsministeriums zur Unterstützung.',
      [
        'hanoi-convention: Hanoi-Konvention',
        'ministry-of-foreign-affairs: Außenministerium',
        'ministry-of-national-defence: Verteidigungsministeriums',
      ],
    ],
    ['es', 'Las noticias de la ONU llegaron tarde.', ['united-nations: ONU']],
    ['en', 'She told a UN news conference that it was signed.', ['united-nations: UN']],
    ['es', 'Habló con la radio de la ONU.', ['united-nations: ONU']],
    ['ar', 'وقدمت الوكالة الدعم للأمم المتحدة.', ['united-nations: لأمم المتحدة']],
    [
      'ar',
      'ويجري المكتب القانوني للأمم المتحدة المراسم.',
      ['un-office-of-legal-affairs: المكتب القانوني للأمم المتحدة'],
    ],
    [
      'en',
      'Vietnam President Luong Cuong welcomed them.',
      ['vietnam: Vietnam', 'luong-cuong: President Luong Cuong'],
    ],
    [
      'en',
      'UN Treaty Signing Opens In Hanoi As António Guterres Arrives',
      ['united-nations: UN', 'hanoi: Hanoi', 'antonio-guterres: António Guterres'],
    ],
    [
      'en',
      'The United Nations Organization was founded in 1945.',
      ['united-nations: United Nations Organization'],
    ],
    [
      'fr',
      "L'Organisation des Nations unies a été fondée en 1945.",
      ['united-nations: Organisation des Nations unies'],
    ],
    ['fr', "Le Fonds salue l'aide de l'ONU.", ['united-nations: ONU']],
    ['fr', 'Le Comité salue le rôle des Nations unies.', ['united-nations: Nations unies']],
    [
      'es',
      'La Oficina de las Naciones Unidas contra la Droga y el Delito elogió a Vietnam.',
      ['unodc: Oficina de las Naciones Unidas contra la Droga y el Delito', 'vietnam: Vietnam'],
    ],
    ['de', 'Am Samstag unterzeichneten in Hanoi Vertreter das Abkommen.', ['hanoi: Hanoi']],
    [
      'de',
      'Die Organisation der Vereinten Nationen wurde 1945 gegründet.',
      ['united-nations: Organisation der Vereinten Nationen'],
    ],
    ['nl', 'De Raad prijst de rol van de Verenigde Naties.', ['united-nations: Verenigde Naties']],
    ['pl', 'Przedstawiciel ONZ przyjechał do Hanoi.', ['united-nations: ONZ', 'hanoi: Hanoi']],
    ['en', 'TO LAM VISITS HANOI TODAY', ['to-lam: TO LAM', 'hanoi: HANOI']],
    [
      'vi',
      'Các thành viên Liên hợp quốc nhất trí chọn Hà Nội.',
      ['united-nations: Liên hợp quốc', 'hanoi: Hà Nội'],
    ],
    ['ar', 'صوت أعضاء منظمة الأمم المتحدة بالإجماع.', ['united-nations: منظمة الأمم المتحدة']],
    ['ar', 'أشادت المديرة التنفيذية لمكتب UNODC بالاتفاقية.', ['unodc: UNODC']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// Other bodies, places and media named after a catalogued name, each within a sentence of its
// language: the rules above tell them, no list of exclusions does.
const SENTENCE: Record<string, (name: string) => string> = {
  en: (name) => `Officials said the ${name} met on Friday.`,
  fr: (name) => `Selon le communiqué, ${name} s'est réuni vendredi.`,
  es: (name) => `Según el comunicado, ${name} se reunió el viernes.`,
  de: (name) => `Laut der Mitteilung tagte ${name} am Freitag.`,
  nl: (name) => `Volgens het bericht kwam ${name} vrijdag bijeen.`,
  pl: (name) => `Według komunikatu ${name} zebrała się w piątek.`,
  vi: (name) => `Theo thông cáo, ${name} đã họp hôm thứ Sáu.`,
  ar: (name) => `وفقا للبيان، اجتمع ${name} يوم الجمعة.`,
};
const NAMED_AFTER: Record<string, string[]> = {
  en: [
    "Hanoi People's Committee",
    'Hanoi Party Committee',
    'Hanoi University',
    'United Nations Office at Vienna',
    'UN Office at Vienna',
    'UN Security Council',
    'United Nations Security Council',
    'UN Human Rights Council',
    'United Nations Human Rights Council',
    'UN High Commissioner for Human Rights',
    'United Nations High Commissioner for Human Rights',
    'UN Web TV',
    'UN Commission on Crime Prevention and Criminal Justice',
    'United Nations Commission on Crime Prevention and Criminal Justice',
    'UNODC Regional Centre for East Asia and the Pacific',
    'Vietnam Airlines',
    'Vietnam Television',
    'Vietnam News',
  ],
  fr: [
    'Comité populaire de Hanoï',
    'Université de Hanoï',
    'Comité du Parti de Hanoï',
    'Office des Nations unies à Vienne',
    "Conseil de sécurité de l'ONU",
    'Conseil de sécurité des Nations unies',
    'Commission des Nations unies pour la prévention du crime et la justice pénale',
    'Télévision du Vietnam',
  ],
  es: [
    'Comité del Partido de Hanoi',
    'Comité Popular de Hanói',
    'Consejo de Seguridad de la ONU',
    'Consejo de Seguridad de las Naciones Unidas',
    'Oficina de las Naciones Unidas en Viena',
    'Consejo de Derechos Humanos de la ONU',
    'Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
  ],
  de: [
    'Volkskomitee von Hanoi',
    'Volkskomitee Hanoi',
    'Universität Hanoi',
    'UN-Sicherheitsrat',
    'UNO-Sicherheitsrat',
    'Sicherheitsrat der Vereinten Nationen',
    'UN-Menschenrechtsrat',
    'Büro der Vereinten Nationen in Wien',
  ],
  nl: [
    'VN-Veiligheidsraad',
    'Veiligheidsraad van de VN',
    'Veiligheidsraad van de Verenigde Naties',
    'VN-Mensenrechtenraad',
  ],
  pl: ['Rada Bezpieczeństwa ONZ', 'Radzie Bezpieczeństwa ONZ', 'Rady Bezpieczeństwa ONZ'],
  vi: [
    'Đại học Hà Nội',
    'Văn phòng Liên hợp quốc tại Vienna',
    'Hội đồng Bảo an Liên hợp quốc',
    'Hội đồng Nhân quyền Liên hợp quốc',
  ],
  ar: ['مكتب الأمم المتحدة في فيينا'],
};

describe('names of other bodies, places and media', () => {
  test.each(
    Object.entries(NAMED_AFTER).flatMap(([lang, names]) => names.map((name) => [lang, name])),
  )('%s: %s', (lang, name) => {
    expect(bundledMentions(SENTENCE[lang](name))).toEqual([]);
  });
});
