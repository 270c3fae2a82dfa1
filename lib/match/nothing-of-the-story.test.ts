import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const bundledMentions = bundledFinder();

// Paragraphs of other news that hold the story's names inside other things' names only: a page
// of them gets no marks.
describe('a paragraph that mentions nothing of the story', () => {
  test.each([
    [
      'nl',
      // A restaurant named after the city: one capitalised word before it is enough, in a
      // language that writes its nouns small ("die" is Dutch too).
      'In de binnenstad opent zaterdag restaurant Pho Hanoi zijn deuren. De eigenaar, die als kind naar Nederland kwam, kookt er noedelsoep.',
    ],
    ['pl', 'Na Woli otworzyła się restauracja Pho Hanoi, a jej właściciel gotuje zupę.'],
    // Another UN convention, its head word in small letters after its first word, and a UN
    // climate conference written as a compound.
    [
      'pl',
      'Delegacje negocjowały w ramach Ramowej konwencji Narodów Zjednoczonych w sprawie zmian klimatu.',
    ],
    ['de', 'Zum Auftakt der UNO-Klimakonferenz in Belém sprachen die Delegierten über Geld.'],
    // A venue and a road named after the UN and the city.
    ['de', 'In der Wiener UNO-City arbeiten rund 5000 Menschen.'],
    // A national team and a company written in English order, in Arabic.
    ['ar', 'خسر المنتخب الأردني أمام منتخب فيتنام تحت 23 عاماً.'],
    ['ar', 'وتسيّر فيتنام إيرلاينز رحلات منتظمة إلى العواصم الآسيوية.'],
    // Two clubs, one named with the Vietnamese police's head word in Arabic letters.
    ['ar', 'يحلّ نادي هانوي ضيفاً على جاره كونغ آن هانوي في قمة الجولة المقبلة.'],
    ['vi', 'Một xe khách bị hỏng máy trên Xa lộ Hà Nội, đoạn qua phường Thủ Đức.'],
    // Events named after the city, as Arabic writes them without capitals.
    ['ar', 'في الذكرى السادسة لقمة هانوي بين ترامب وكيم، يستعيد المحللون ما جرى.'],
    // "To a committee", the word alone after ل.
    ['ar', 'وأحال البرلمان الملف للجنة تحقيق مستقلة.'],
    ['ar', 'دعا المستشار التجاري المستوردين إلى المشاركة في معرض هانوي الدولي للأغذية.'],
    // An association whose name joins two words with "and" before the country's.
    ['es', 'La Asociación de Café y Cacao de Vietnam (Vicofa) prevé un aumento de la cosecha.'],
    // The war named after the country.
    ['es', 'Miles de soldados latinoamericanos combatieron en la guerra de Vietnam.'],
    ['fr', 'Cinquante ans après la fin de la guerre du Vietnam, une exposition ouvre.'],
    ['vi', 'Các cựu binh chiến tranh Việt Nam gặp lại nhau ở Texas.'],
    ['ar', 'التقى قدامى المحاربين في حرب فيتنام في تكساس.'],
    // A team and a road written in small letters, as Vietnamese writes them.
    ['vi', 'Thủ môn Văn Lâm giúp đội tuyển Việt Nam chỉ để thủng lưới hai bàn.'],
    ['vi', 'Một xe khách bị hỏng máy trên xa lộ Hà Nội, đoạn qua phường Thủ Đức.'],
    // A UN programme with its adjective after the UN, a UN conference with its purpose.
    ['ar', 'أطلق برنامج الأمم المتحدة الإنمائي مشروعاً لدعم البلديات.'],
    ['ar', 'ستعرض النتائج خلال مؤتمر الأمم المتحدة لتغير المناخ في مدينة بيليم.'],
    // The city's police, the city written short, with or without a full stop.
    ['vi', 'Công an TP Hà Nội vừa triệt phá một nhóm lừa đảo qua mạng.'],
    ['vi', 'Công an TP. Hà Nội thông báo cấm xe trên nhiều tuyến đường.'],
    // A fund of the UN named in small letters, alone or as a compound's end.
    ['nl', 'Het kinderfonds van de Verenigde Naties zamelt geld in voor noodklaslokalen.'],
    ['es', 'El fondo de la ONU para la infancia pidió ayuda para las escuelas.'],

    ['nl', 'Bij de opening van de VN-klimaatconferentie sprak de voorzitter over geld.'],
    [
      'fr',
      // A hyphen compound's first part is another convention's head word.
      'La Convention-cadre des Nations unies sur les changements climatiques fête ses trente ans.',
    ],
    // A corporation named after the country, its head word in small letters after "Tổng".
    ['vi', 'Tổng công ty Hàng không Việt Nam mở thêm đường bay tới Osaka từ tháng sau.'],
    [
      'es',
      // Another UN conference, named with its subject: a generic name after it stays alone.
      'La Conferencia de las Naciones Unidas sobre el Cambio Climático se inauguró en Belém. La conferencia de alto nivel reunió a cincuenta jefes de Estado.',
    ],
    [
      'fr',
      // The same, with the event's head word in small letters.
      'La conférence des Nations unies sur la biodiversité se tiendra à Cali. Les négociateurs y discuteront des fonds promis.',
    ],
    [
      'nl',
      'De conferentie van de Verenigde Naties over de oceanen opende maandag in Nice. Honderd landen stuurden een minister.',
    ],
    ['fr', 'Le restaurant Little Hanoi, ouvert à Lyon, propose des circuits gastronomiques.'],
    [
      'ar',
      // Another party's Central Committee and Politburo; a club of a Hanoi body; another treaty
      // of the UN, its head word with a proclitic.
      'اختتمت اللجنة المركزية للحزب الشيوعي الصيني دورتها في بكين، وصادق المكتب السياسي على الخطة. ' +
        'وفاز نادي شرطة هانوي بالكأس، ودعا الخبراء إلى الاحتكام لاتفاقية الأمم المتحدة لقانون البحار.',
    ],
    [
      'fr',
      // Without the party's own name, a central committee and a politburo are any party's.
      'Pékin a démantelé un réseau de fraude après la réunion du Comité central du Parti communiste chinois et de son Bureau politique.',
    ],

    [
      'en',
      'Hanoi FC won the league on Sunday after a late goal. Fans later gathered outside the Hanoi ' +
        'Opera House, and Vietnam Airlines offered extra flights for the final. In a separate ' +
        'statement, the UN Development Programme and the Food and Agriculture Organization of the ' +
        'United Nations announced a joint project on rice farming.',
    ],
    [
      'fr',
      "Le Hanoï FC a remporté le championnat dimanche. Le Fonds des Nations unies pour l'enfance " +
        'et le Programme des Nations unies pour le développement ont présenté un rapport commun ' +
        "sur la nutrition, tandis que l'Organisation des Nations unies pour l'alimentation et " +
        "l'agriculture prévoit une récolte record. L'Université de Hanoï organise un concours.",
    ],
    [
      'es',
      'El Programa de las Naciones Unidas para el Desarrollo y el Fondo de las Naciones Unidas ' +
        'para la Infancia firmaron un acuerdo sobre agua potable. La Organización de las Naciones ' +
        'Unidas para la Alimentación y la Agricultura celebró su aniversario. El Hanói FC fichó a ' +
        'un delantero brasileño.',
    ],
    [
      'de',
      'Das Kinderhilfswerk der Vereinten Nationen warnt vor einer Hungersnot. Auch das ' +
        'UN-Entwicklungsprogramm und die Organisation der Vereinten Nationen für Ernährung und ' +
        'Landwirtschaft rufen zu Spenden auf. Der Fußballklub Hanoi FC gewann am Sonntag das Pokalfinale.',
    ],
    [
      'nl',
      'Het Kinderfonds van de Verenigde Naties luidt de noodklok over ondervoeding. Ook het ' +
        'VN-Ontwikkelingsprogramma vraagt om geld, terwijl de VN-Veiligheidsraad vrijdag niet ' +
        'bijeenkwam. Hanoi FC won zondag de beker.',
    ],
    [
      'pl',
      'Fundusz Narodów Zjednoczonych na rzecz Dzieci ostrzega przed niedożywieniem. Program ' +
        'Narodów Zjednoczonych ds. Rozwoju otworzył nowe biuro, a Organizacja Narodów ' +
        'Zjednoczonych do spraw Wyżywienia i Rolnictwa przewiduje rekordowe zbiory. Klub Hanoi FC ' +
        'wygrał puchar.',
    ],
    [
      'vi',
      'Quỹ Nhi đồng Liên hợp quốc công bố báo cáo về dinh dưỡng trẻ em. Chương trình Phát triển ' +
        'Liên hợp quốc khai trương văn phòng mới. Tối qua, Nhà hát Lớn Hà Nội kín chỗ, còn Hà Nội ' +
        'FC giành cúp. Đại học Hà Nội tuyển thêm sinh viên.',
    ],
    [
      'ar',
      'أصدر صندوق الأمم المتحدة للسكان تقريرا عن الهجرة. وافتتح برنامج الأمم المتحدة الإنمائي ' +
        'مكتبا جديدا، فيما دعت منظمة الأمم المتحدة للطفولة إلى التبرع. وفاز نادي هانوي بالكأس.',
    ],
  ])('%s', (_lang, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });

  // Every country has a ministry of finance: named by its field alone, with nothing of the story
  // beside it, it is another country's (and a body's head word alone names none).
  test.each([
    ['nl', 'Het ministerie van Financiën in Den Haag presenteerde dinsdag de Voorjaarsnota.'],
    [
      'pl',
      'Ministerstwo Obrony Narodowej kupiło nowe systemy, a Ministerstwo Finansów liczy koszty.',
    ],
    ['fr', 'Le ministère chinois de la Sécurité publique a démantelé un réseau au Myanmar.'],
    [
      'en',
      'The Ministry of Finance in Jakarta raised its forecast; the ministry said prices fell.',
    ],
    ['ar', 'أعلنت وزارة المالية في القاهرة عن موازنة جديدة، وقالت الوزارة إن العجز تراجع.'],
    ['vi', 'Câu lạc bộ Công an Hà Nội đánh bại Thép Xanh Nam Định 2-1 trên sân Hàng Đẫy.'],
  ])('%s: a ministry named by its field, another club: %s', (_lang, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });

  test('pl: a ceremony of something else, in a city of the story', () => {
    const text = 'Ceremonia podpisania umowy między Krakowem a Hanoi odbyła się w ratuszu.';
    expect(bundledMentions(text)).toEqual(['hanoi: Hanoi']);
  });
});

// Other treaties of the UN are named after it as bodies are: the UN inside their names is part of
// another document's name.
describe("a body's generic name linked to another", () => {
  test.each([
    [
      'en',
      'Luong Cuong met the press. The Central Committee of the Lao People’s Revolutionary Party closed its plenum.',
      ['luong-cuong: Luong Cuong'],
    ],
    // A UN body's name without the UN counts beside the UN, not as another's office.
    [
      'de',
      'Die Vereinten Nationen tagten. Das Büro für Rechtsangelegenheiten der Stadt Wien prüfte.',
      ['united-nations: Vereinten Nationen'],
    ],
    [
      'fr',
      "L'ONU a réagi. Le Bureau des affaires juridiques de la mairie de Lyon a tranché.",
      ['united-nations: ONU'],
    ],
    // Polish calls a ministry "resort" too: Vietnam's beside Vietnam, not another country's.
    [
      'pl',
      'Wietnam podpisał. Odpowiadał za to wietnamski resort bezpieczeństwa publicznego.',
      ['vietnam: Wietnam', 'ministry-of-public-security: resort bezpieczeństwa publicznego'],
    ],
    [
      'pl',
      'Wietnam podpisał. Szef polskiego resortu spraw zagranicznych przemawiał.',
      ['vietnam: Wietnam'],
    ],
    ['pl', 'Polski resort finansów zapowiedział zmiany.', []],
    // An Arabic page introduces the committee without the article; a club's is not ours.
    [
      'ar',
      'وقّعت فيتنام على الاتفاقية في هانوي. وأشرفت على التحضيرات لجنة توجيهية حكومية.',
      ['vietnam: فيتنام', 'hanoi: هانوي', 'steering-committee: لجنة توجيهية'],
    ],
    ['ar', 'شكّل النادي لجنة توجيهية جديدة للموسم المقبل.', []],
    // Spanish calls the foreign ministry "Cancillería": Vietnam's beside Vietnam; another
    // country's by its adjective after it, or linked to another place of the pack.
    [
      'es',
      'Vietnam firmó. La Cancillería vietnamita organizó la ceremonia.',
      ['vietnam: Vietnam', 'ministry-of-foreign-affairs: Cancillería'],
    ],
    ['es', 'Vietnam firmó. La Cancillería mexicana emitió una alerta.', ['vietnam: Vietnam']],
    // A treaty between parties is a bilateral one, not the convention named before.
    [
      'en',
      'The UN Convention against Cybercrime was signed in Hanoi. The agreement between the EU and Vietnam has applied since 2020.',
      ['hanoi-convention: UN Convention against Cybercrime', 'hanoi: Hanoi', 'vietnam: Vietnam'],
    ],
    [
      'nl',
      'Het VN-verdrag tegen cybercriminaliteit werd in Hanoi ondertekend. De overeenkomst tussen de EU en Vietnam geldt sinds 2020. Volgens de overeenkomst werken staten samen.',
      [
        'hanoi-convention: VN-verdrag tegen cybercriminaliteit',
        'hanoi: Hanoi',
        'vietnam: Vietnam',
        'hanoi-convention: de overeenkomst',
      ],
    ],
    // "Entre" before a verb's object or a time is no list of parties.
    [
      'fr',
      "La Convention des Nations unies contre la cybercriminalité a été signée à Hanoï. Il en faut quarante pour que la convention entre en vigueur. L'accord entre l'UE et le Vietnam s'applique.",
      [
        'hanoi-convention: Convention des Nations unies contre la cybercriminalité',
        'hanoi: Hanoï',
        'hanoi-convention: la convention',
        'vietnam: Vietnam',
      ],
    ],
    [
      'es',
      'La Convención de la ONU contra la Ciberdelincuencia fue firmada en Hanói. Bruselas negoció la convención entre 2019 y 2024.',
      [
        'hanoi-convention: Convención de la ONU contra la Ciberdelincuencia',
        'hanoi: Hanói',
        'hanoi-convention: la convención',
      ],
    ],
    // English puts a ministry's field first: Vietnam's beside Vietnam, another's by its owner.
    [
      'en',
      'Vietnam signed first. The defence ministry and the finance ministry sent officials.',
      [
        'vietnam: Vietnam',
        'ministry-of-national-defence: The defence ministry',
        'ministry-of-finance: the finance ministry',
      ],
    ],
    // Without the article, as often another country's.
    [
      'en',
      'Vietnam signed first. Laos sent a finance ministry delegation; Cambodia sent its defence ministry spokesman.',
      ['vietnam: Vietnam'],
    ],
    ['en', 'Vietnam signed first. The Philippine defence ministry agreed.', ['vietnam: Vietnam']],
    // "Agencje ONZ" (UN agencies) keep the UN; a plural is no accusative.
    [
      'pl',
      'Wietnam podpisał konwencję. Agencje ONZ w Nowym Jorku protestowały. Obie kancelarie prezydenta zostały zreorganizowane.',
      ['vietnam: Wietnam', 'united-nations: ONZ'],
    ],

    [
      'en',
      "Vietnam signed first. Australia's defence ministry will study it.",
      ['vietnam: Vietnam'],
    ],
    [
      'en',
      'Vietnam signed first. The Thai Finance Ministry is weighing a package.',
      ['vietnam: Vietnam'],
    ],
    [
      'en',
      'Vietnam signed first. The foreign affairs ministry of Japan agreed.',
      ['vietnam: Vietnam'],
    ],
    [
      'es',
      'Vietnam firmó. El Ministerio de Relaciones Exteriores colombiano informó.',
      ['vietnam: Vietnam'],
    ],
    [
      'es',
      'Vietnam firmó. Según la Cancillería de Ecuador, todo va bien.',
      ['vietnam: Vietnam', 'ecuador: Ecuador'],
    ],
    [
      'de',
      'Auf Seiten der Vereinten Nationen bereitete das Büro für Rechtsangelegenheiten alles vor.',
      [
        'united-nations: Vereinten Nationen',
        'un-office-of-legal-affairs: Büro für Rechtsangelegenheiten',
      ],
    ],
    [
      'de',
      'Luong Cuong sprach. Das Zentralkomitee der Laotischen Revolutionären Volkspartei tagte.',
      ['luong-cuong: Luong Cuong'],
    ],
    [
      'de',
      'Luong Cuong sprach. Im Hauptquartier des Zentralkomitees empfing er die Gäste.',
      ['luong-cuong: Luong Cuong', 'party-central-committee: Zentralkomitees'],
    ],
    [
      'nl',
      'Luong Cuong sprak. Op de Algemene Vergadering van de vrienden van het filmhuis werd gestemd.',
      ['luong-cuong: Luong Cuong'],
    ],
    [
      'en',
      'Luong Cuong met the press. The Central Committee of the Communist Party of Vietnam met.',
      [
        'luong-cuong: Luong Cuong',
        'party-central-committee: Central Committee of the Communist Party of Vietnam',
        // A body's own name inside another's names it too.
        'communist-party-of-vietnam: Communist Party of Vietnam',
      ],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

describe("a body's own name inside another's, not the UN's", () => {
  test.each([
    [
      'vi',
      'Văn phòng Liên hợp quốc về Ma túy và Tội phạm đã hỗ trợ.',
      ['unodc: Văn phòng Liên hợp quốc về Ma túy và Tội phạm'],
    ],
    [
      'es',
      'El XIV Congreso Nacional del Partido Comunista de Vietnam se celebra en enero.',
      [
        'party-congress-14: XIV Congreso Nacional del Partido Comunista de Vietnam',
        'communist-party-of-vietnam: Partido Comunista de Vietnam',
      ],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

describe('a title in quotation marks names a work', () => {
  test.each([
    ['en', 'A restored print of "Good Morning, Vietnam" will screen in Busan.', []],
    ['fr', 'Une copie restaurée de « Good Morning, Vietnam » sera projetée à Busan.', []],
    ['de', 'Das Kino zeigt „Good Morning, Vietnam“ und den Film „Hanoi Blues“.', []],
    // After a word for a work, a quotation is a title whatever its case.
    ['vi', 'Hãng chiếu bộ phim kinh điển "Chào buổi sáng, Việt Nam" cho hành khách.', []],
    ['ar', 'يعرض المهرجان فيلم «صباح الخير يا فيتنام» للنجم الراحل.', []],
    ['en', 'The 1987 film "Good morning, Vietnam" returns to cinemas.', []],
    // A quotation in small letters is speech, a name alone in quotation marks still the name.
    ['en', '“Vietnam is ready,” the minister said.', ['vietnam: Vietnam']],
    ['ar', 'وقال الوزير: «فيتنام مستعدة للتوقيع».', ['vietnam: فيتنام']],
    ['en', 'Delegates called the city "Hanoi" in every speech.', ['hanoi: Hanoi']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

describe("another treaty's name holds the UN's", () => {
  test.each([
    ['pl', 'Konwencja ONZ przeciwko korupcji weszła w życie w 2005 roku.'],
    ['pl', 'Polska ratyfikowała Konwencję ONZ o prawie morza dawno temu.'],
    ['nl', 'Het VN-verdrag tegen corruptie telt bijna alle landen als partij.'],
    ['fr', 'La Convention des Nations unies contre la corruption date de 2003.'],
    ['fr', "Le Traité de l'ONU sur le commerce des armes reste contesté."],
    ['es', 'La Convención de las Naciones Unidas contra la Corrupción cumple veinte años.'],
    ['de', 'Die UN-Konvention gegen Korruption gilt seit 2005.'],
    ['de', 'Das Übereinkommen der Vereinten Nationen über das Seerecht regelt die Meere.'],
    ['vi', 'Công ước Liên Hợp Quốc về Luật Biển được ký năm 1982.'],
    ['ar', 'دخلت اتفاقية الأمم المتحدة لمكافحة الفساد حيز التنفيذ عام 2005.'],
    // A compound that ends with a treaty's head word is another treaty's own name.
    ['de', 'Das Seerechtsübereinkommen der Vereinten Nationen gilt seit 1994.'],
    ['de', 'Die UN-Kinderrechtskonvention wurde 1989 verabschiedet.'],
    ['nl', 'Het VN-Kinderrechtenverdrag werd in 1989 aangenomen.'],
    // Arabic says what a treaty is for with the preposition ل.
    ['ar', 'اتفاقية الأمم المتحدة لحقوق الطفل اعتمدت عام 1989.'],
  ])('%s: %s', (_lang, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });

  test.each([
    // The UN alone, and the convention of the story, are still found.
    ['pl', 'ONZ przyjęła konwencję przeciwko korupcji.', ['united-nations: ONZ']],
    [
      'fr',
      'La Convention des Nations unies contre la cybercriminalité a été signée à Hanoï.',
      ['hanoi-convention: Convention des Nations unies contre la cybercriminalité', 'hanoi: Hanoï'],
    ],
    [
      'ar',
      'وقعت 72 دولة على اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية في هانوي.',
      ['hanoi-convention: اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية', 'hanoi: هانوي'],
    ],
    [
      'de',
      'Die UN-Cybercrime-Konvention wurde in Hanoi unterzeichnet.',
      ['hanoi-convention: UN-Cybercrime-Konvention', 'hanoi: Hanoi'],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// Vietnamese names of teams, clubs and schools hold the place's name after lower-case words.
describe('Vietnamese names of teams and schools', () => {
  test.each([
    ['Câu lạc bộ bóng đá Hà Nội thắng 2-0 tối qua.', []],
    ['Trường Đại học Bách khoa Hà Nội mở thêm ngành mới.', []],
    ['Đội tuyển Việt Nam tập luyện từ sáng sớm.', []],
    // A front, an orchestra, a federation named after the country.
    ['Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X bế mạc.', []],
    ['Dàn nhạc Giao hưởng Việt Nam biểu diễn tại Nhà hát Lớn.', []],
    ['Tổng Liên đoàn Lao động Việt Nam kiến nghị tăng lương.', []],
    // A place after lower-case words of the sentence is still the place.
    ['Nhiều du khách đến thăm Hà Nội vào mùa thu.', ['hanoi: Hà Nội']],
    ['Hội nghị diễn ra tại Hà Nội.', ['hanoi: Hà Nội']],
  ])('%s', (text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// An office of the story's people followed by another holder's name is that person's title.
describe("another holder of a story person's office", () => {
  test.each([
    [
      'en',
      'UN Secretary-General Kofi Annan visited Vietnam in 2000.',
      ['united-nations: UN', 'vietnam: Vietnam'],
    ],
    ['fr', "Le Secrétaire général de l'ONU Kofi Annan a visité Hanoï.", ['hanoi: Hanoï']],
    // The office alone, or with the holder's own name, is still the person.
    [
      'en',
      'The UN Secretary-General praised Vietnam.',
      ['antonio-guterres: UN Secretary-General', 'united-nations: UN', 'vietnam: Vietnam'],
    ],
    [
      'en',
      'UN Secretary-General António Guterres praised Vietnam.',
      [
        'antonio-guterres: UN Secretary-General António Guterres',
        'united-nations: UN',
        'vietnam: Vietnam',
      ],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// A body of the kind every country has, followed by a country's name, is that country's.
describe("another country's body", () => {
  test.each([
    [
      'vi',
      'Công ước Hà Nội đã được ký. Bộ Công an Trung Quốc và cảnh sát Thái Lan phối hợp.',
      ['hanoi-convention: Công ước Hà Nội'],
    ],
    [
      'vi',
      'Công ước Hà Nội đã được ký. Bộ Công an Việt Nam chủ trì.',
      ['hanoi-convention: Công ước Hà Nội', 'ministry-of-public-security: Bộ Công an Việt Nam'],
    ],
    [
      'en',
      'The Hanoi Convention was signed. The Ministry of Public Security coordinated it.',
      [
        'hanoi-convention: Hanoi Convention',
        'ministry-of-public-security: Ministry of Public Security',
      ],
    ],
    // Something specific named, but nothing of Vietnam: the ministries and the politburo are
    // the page's own country's, or another's.
    [
      'pl',
      'Wiceprezydent Ekwadoru María José Pinto odwiedziła Warszawę. Ministerstwo Spraw Zagranicznych i Kancelaria Prezydenta przygotowały spotkanie.',
      ['maria-jose-pinto: Wiceprezydent Ekwadoru María José Pinto', 'ecuador: Ekwadoru'],
    ],
    [
      'es',
      'Ante la ONU, el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación defendió la posición de España.',
      ['united-nations: ONU'],
    ],
    [
      'fr',
      "Le ministre des Affaires étrangères a reçu jeudi le représentant de l'ONUDC.",
      ['unodc: ONUDC'],
    ],
    // Vietnam's adjective beside the name makes it Vietnam's.
    [
      'fr',
      "Le représentant de l'ONUDC a rencontré le ministère vietnamien des Affaires étrangères.",
      ['unodc: ONUDC', 'ministry-of-foreign-affairs: Affaires étrangères'],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// Clubs, hotels and schools put the place after their own capitalised words.
describe('a name that ends with the place', () => {
  test.each([
    ['de', 'Der Fußballklub Hanoi FC gewann das Stadtderby gegen Cong An Hanoi.', []],
    ['nl', 'Voetbalclub Hanoi FC won de derby van Cong An Hanoi.', []],
    ['pl', 'Klub Hanoi FC wygrał derby z Cong An Hanoi.', []],
    ['en', 'The awards were handed out at the JW Marriott Hanoi on Friday.', []],
    ['vi', 'Trường THPT Chuyên Hà Nội - Amsterdam tổ chức lễ khai giảng.', []],
    // One capitalised word is a German noun; a run that starts a sentence does so after its
    // first word; a word for a part of the place keeps it; a name of ours in the run is no
    // other name.
    ['de', 'Die Gäste landeten in der Hauptstadt Hanoi.', ['hanoi: Hauptstadt Hanoi']],
    ['en', 'In Central Hanoi the streets were quiet.', ['hanoi: Hanoi']],
    ['fr', 'Au Petit Hanoï, le bouillon du pho mijote douze heures.', []],
    ['es', 'En Pho Hanói, el caldo hierve durante doce horas.', []],
    // A restaurant named after the place, with its kind before the name; a restaurant of the
    // city is still the city.
    ['de', 'Wer in Wien essen will, landet im Restaurant Hanoi an der Mariahilfer Straße.', []],
    ['fr', 'Le restaurant Saveurs de Hanoï souffle ses dix bougies.', []],
    ['fr', 'Nous avons dîné dans un restaurant de Hanoï réputé.', ['hanoi: Hanoï']],
    // A school, a hospital, an airport named after the place; one of the city is the city.
    ['de', 'Die Deutsche Schule Hanoi feiert ihr zwanzigjähriges Bestehen.', []],
    ['fr', "L'Hôpital de l'Amitié de Hanoï a ouvert un nouveau service.", []],
    ['fr', "Une école de Hanoï a fermé ses portes, faute d'élèves.", ['hanoi: Hanoï']],
    ['es', 'En Hanói, los delegados firmaron el tratado.', ['hanoi: Hanói']],
    // Nor is an abbreviation in capitals ("TP", the city), a weekday, or a Vietnamese syllable.
    ['vi', 'Đoàn đại biểu đã đến TP Hà Nội vào tối qua.', ['hanoi: Hà Nội']],
    ['en', 'The delegates said on Saturday Hanoi had been ready for weeks.', ['hanoi: Hanoi']],
    [
      'de',
      'Die Gäste landeten in Vietnams Hauptstadt Hanoi.',
      ['hanoi: Vietnams Hauptstadt Hanoi', 'vietnam: Vietnams'],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// A body's office in a country is named after both ("UNICEF Vietnam"): the place is no mention.
describe("a body's office in the country", () => {
  test.each([
    ['en', 'UNICEF Vietnam handed out school kits in the north.', []],
    ['vi', 'UNDP Việt Nam công bố báo cáo mới.', []],
    ['de', 'UNHCR Vietnam arbeitet mit Gemeinden zusammen.', []],
    // Two letters are no body's acronym, and a headline in capitals capitalises every word.
    ['en', 'The US Vietnam talks ended.', ['vietnam: Vietnam']],
    ['en', 'LEADERS MEET VIETNAM DELEGATION', ['vietnam: VIETNAM']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});

// An event's name that other events share, followed by what the event is of, is another event.
describe('another signing ceremony', () => {
  test.each([
    ['es', 'Japón y Vietnam celebraron una ceremonia de firma de un acuerdo comercial.'],
    ['fr', 'Le Japon et le Vietnam ont tenu une cérémonie de signature pour un accord commercial.'],
    ['fr', "Le Vietnam a accueilli une cérémonie de signature d'un accord sur le riz."],
    ['nl', 'Japan en Vietnam hielden een ondertekeningsceremonie voor een handelsakkoord.'],
  ])('%s: %s', (_lang, text) => {
    expect(bundledMentions(text)).toEqual(['vietnam: Vietnam']);
  });

  test.each([
    [
      'es',
      'La ceremonia de firma de la Convención de Hanói reunió a 72 países.',
      [
        'signing-ceremony: ceremonia de firma de la Convención de Hanói',
        'hanoi-convention: Convención de Hanói',
      ],
    ],
    [
      'fr',
      'La Convention de Hanoï a été signée ; la cérémonie de signature a réuni 72 pays.',
      ['hanoi-convention: Convention de Hanoï', 'signing-ceremony: cérémonie de signature'],
    ],
  ])('ours: %s: %s', (_lang, text, expected) => {
    expect(bundledMentions(text)).toEqual(expected);
  });
});
