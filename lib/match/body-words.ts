import { PATTERN_HEADS, PATTERN_LINKS } from '../lang/pattern-words';
import { TITLES } from '../lang/titles';
import { foldWords } from './fold';
import { toneTable } from './tone-marks';

// Per language, the words of each kind separated by "|" (a word may have spaces: "văn phòng").

/**
 * The head words of bodies', venues', schools' and roads' own proper names: "Programme", "Fonds", "Agentur" before
 * "of the UN", "des Nations unies", "der Vereinten Nationen", after "Hanoi" ("Hanoi University"),
 * or at the end of a compound ("UN-Entwicklungsprogramm", "VN-Veiligheidsraad"). A word of four
 * letters or more stands for itself with an ending too ("Programu", "Organizacji"). Titles of
 * persons (Secretary-General, President) are not here: a title names the body it belongs to.
 * News services named after a body are names of their own too ("UN News", "Noticias ONU",
 * "ONU Info", "أخبار الأمم المتحدة").
 */
const HEADS: Record<string, readonly string[]> = {
  en: [
    'organization|organisation|programme|program|fund|agency|office|council|commission',
    'committee|bureau|university|secretariat|institute|foundation|centre|center|court|tribunal',
    'bank|embassy|club|company|corporation|airlines|television|house|hotel|stadium|museum',
    'news|radio|restaurant|school|hospital|airport|association|federation|chamber',
  ],
  fr: [
    'organisation|programme|fonds|agence|office|bureau|conseil|commission|comité|université',
    'secrétariat|institut|fondation|centre|cour|tribunal|banque|ambassade|haut-commissariat',
    'club|opéra|musée|télévision|info|radio|restaurant|école|lycée|collège|hôpital|aéroport',
    'association|fédération|chambre',
  ],
  es: [
    'organización|programa|fondo|agencia|oficina|consejo|comisión|comité|universidad|secretaría',
    'instituto|fundación|centro|corte|tribunal|banco|embajada|alto comisionado|club|museo',
    'televisión|ópera|teatro|noticias|radio|restaurante|escuela|colegio|liceo|hospital|aeropuerto',
    'asociación|federación|cámara',
  ],
  de: [
    'organisation|programm|fonds|agentur|büro|rat|kommission|komitee|ausschuss|universität',
    'sekretariat|institut|stiftung|zentrum|gericht|bank|botschaft|hilfswerk|behörde|oper|museum',
    'radio|city|restaurant|schule|gymnasium|krankenhaus|flughafen|verband|vereinigung',
    'kammer',
  ],
  nl: [
    'organisatie|programma|fonds|agentschap|bureau|raad|commissie|comité|universiteit',
    'secretariaat|instituut|stichting|centrum|hof|bank|ambassade|kantoor|club|opera|museum',
    'commissaris|restaurant|school|lyceum|ziekenhuis|luchthaven|vereniging|federatie|kamer',
  ],
  pl: [
    'organizacja|program|fundusz|agencja|biuro|rada|rady|radzie|komisja|komitet|uniwersytet',
    'sekretariat|instytut|fundacja|centrum|trybunał|bank|ambasada|urząd|urzęd|klub|opera|muzeum',
    'komisarz|szkoła|liceum|szpital|lotnisko|stowarzyszenie|federacja|izba',
  ],
  ar: [
    'منظمة|برنامج|صندوق|وكالة|مكتب|مجلس|لجنة|مفوضية|جامعة|أمانة|معهد|مؤسسة|مركز|محكمة|بنك',
    'سفارة|هيئة|نادي|دار|أخبار|إذاعة|منتخب|مدرسة|مستشفى|مطار',
    // Vietnamese head words in Arabic letters: "كونغ آن هانوي" (Công an Hà Nội, the police club).
    'كونغ آن',
  ],
  // Without their tone marks one-syllable words stand for others ("Trường" school, "Trưởng"
  // head; "Đài" station, "Đại" great): words of two syllables and more, and "Quỹ" (fund).
  vi: [
    'quỹ|chương trình|văn phòng|cơ quan|tổ chức|hội đồng|ủy ban|uỷ ban|đại học|ngân hàng',
    'trung tâm|đại sứ quán|câu lạc bộ|nhà hát|bảo tàng|công ty|tập đoàn|phái bộ|cao ủy|cao uỷ',
    'đài phát thanh|đội tuyển|tổng công ty|hãng hàng không|xa lộ|đại lộ|quốc lộ|công an',
    'mặt trận|dàn nhạc|hiệp hội|liên đoàn|tổng liên đoàn|hội liên hiệp|liên hiệp|bệnh viện',
    'học viện|nhà xuất bản|tạp chí|đài truyền hình|đài tiếng nói|nhạc viện|khách sạn|nhà hàng',
  ],
};

/**
 * Head words that are as often common nouns: "the UN mission", "die UN-Mission", "VN-missie". Only
 * a capital says they head a proper name ("UN Mission in South Sudan", "Misja ONZ"), so they count
 * as whole words with a capital (or in a script without capitals), never in German, whose nouns
 * all take one, nor at the end of a compound.
 */
const WEAK_HEADS: Record<string, readonly string[]> = {
  en: ['mission'],
  fr: ['mission'],
  es: ['misión'],
  nl: ['missie'],
  pl: ['misja|misji|misję|misją'],
  ar: ['بعثة'],
};

/**
 * A day named after a body or a place is another thing: "Tag der Vereinten Nationen", "Journée
 * des Nations unies", "Día de las Naciones Unidas", "Dzień ONZ", "Ngày Liên hợp quốc", "يوم الأمم
 * المتحدة" (English writes "United Nations Day", a name that goes on with a capital). Written
 * with their marks and compared with the page's own letters, as whole words: "Ngày", not "ngay
 * tại Hà Nội"; "Tag", not "Montag in Hanoi".
 */
export const DAY_WORDS: ReadonlySet<string> = new Set(
  ['journée', 'día|dia', 'tag|tages', 'dag', 'dzień|dnia|dniu|dniem', 'ngày', 'يوم'].flatMap(
    (words) => words.split('|'),
  ),
);

/**
 * Head words of two letters, which a page writes in capitals ("Hanoi FC", "FC Hanoi"): told from
 * words of the sentence by their capitals, so they count in a headline in capitals too.
 */
const SHORT_HEADS: Record<string, readonly string[]> = {
  en: ['fc|sc|ac|cf|fk'],
};

/**
 * Words that join a head word to what it belongs to: "Fund of the UN", "Fonds des Nations unies",
 * "Programa de las Naciones Unidas", "Hilfswerk der Vereinten Nationen", "Bureau van de Verenigde
 * Naties". Polish, Arabic and Vietnamese need none ("Program Narodów Zjednoczonych").
 */
const PREPOSITIONS: Record<string, readonly string[]> = {
  en: ['of'],
  fr: ['de|des|du|d'],
  es: ['de|del'],
  de: ['der|des|von|vom'],
  nl: ['van'],
};

/** Articles, which stand between a head word and a name only right after a preposition. */
const ARTICLES: Record<string, readonly string[]> = {
  en: ['the'],
  fr: ['la|l|le|les'],
  es: ['la|las|los|el'],
  de: ['die|das|den|dem'],
  nl: ['de|het'],
};

/**
 * What says that a body or an event named after another has a purpose or a subject of its own:
 * "Organisation des Nations unies pour l'alimentation", "Organizacja Narodów Zjednoczonych do
 * spraw Oświaty", "Conferencia de las Naciones Unidas sobre el Cambio Climático". (In Arabic,
 * the preposition ل joined to the next word does: "منظمة الأمم المتحدة للطفولة".)
 */
const PURPOSES: Record<string, readonly string[]> = {
  en: ['for|on'],
  fr: ['pour|sur'],
  es: ['para|sobre'],
  de: ['für|über'],
  nl: ['voor|over'],
  pl: ['ds|do spraw|na rzecz|w sprawie'],
};

/**
 * Head words of events, which a name that goes on with a purpose opens even in small letters:
 * "la conférence des Nations unies sur les changements climatiques", "the summit of the United
 * Nations on ...". A name of its own, as "Conférence des Nations unies sur ..." is. At the end
 * of a compound with what the event is about, after the UN's name and a hyphen, another event
 * of the UN's: "UN-Klimakonferenz", "VN-klimaattop".
 */
const EVENT_HEADS: Record<string, readonly string[]> = {
  en: ['conference|summit'],
  de: ['konferenz|gipfel'],
  fr: ['conférence|sommet'],
  es: ['conferencia|cumbre'],
  nl: ['conferentie|top'],
  pl: ['konferencja|konferencji|konferencję|szczyt|szczytu'],
  ar: ['مؤتمر|قمة'],
};

/**
 * Arabic words for events named after a place, the summit, the fair, the festival, the forum
 * ("قمة هانوي", "معرض هانوي الدولي"): Arabic has no capitals to tell them from prose.
 */
export const ARABIC_PLACE_EVENTS = /* @__PURE__ */ folded({ ar: ['قمة|معرض|مهرجان|منتدى'] });

/**
 * Arabic writes a company's name taken from English in the English order, its head word after the
 * place: "فيتنام إيرلاينز" (Vietnam Airlines). Its own head words follow a name ("مكتب فيتنام"
 * is no office after "فيتنام"), so only these borrowed ones are read after one.
 */
export const ARABIC_HEADS_AFTER = /* @__PURE__ */ folded({ ar: ['إيرلاينز|إيرويز|للطيران'] });

/** The words of a table folded (an entry may hold several, split at "|"). */
function folded(table: Record<string, readonly string[]>): Set<string> {
  const words = foldWords(Object.values(table).flat().join('|').split('|'));
  return new Set(words.map((word) => word.trim()));
}

/** Folded head words; a Vietnamese one has its syllables separated by a space. */
export const HEAD_WORDS = folded(HEADS);
/** The tone marks of the Vietnamese head words, which a page writes ("quỹ", not "quy định"). */
export const HEAD_TONES = /* @__PURE__ */ toneTable(HEADS.vi.join('|').split('|'));

/** A vocabulary of the name patterns (lib/lang/pattern-words.ts) as a table of this file. */
const patternTable = (words: Partial<Record<string, string>>, first = false) =>
  Object.fromEntries(
    Object.entries(words).map(([lang, list = '']) => [
      lang,
      list.split('; ').map((phrase) => (first ? phrase.split(/[ ,]/)[0] : phrase)),
    ]),
  );

/**
 * Folded head words of treaties, in all their case forms: those of the name patterns. A treaty
 * is named after the body that made it, as an agency is, and then says what it is about
 * ("Konwencja ONZ przeciwko korupcji", "UN-Konvention gegen Korruption", "اتفاقية الأمم المتحدة
 * لمكافحة الفساد"): a treaty's head word is a head word where a link follows (LINK_FIRST_WORDS).
 * A treaty of the story is a longer name of ours, which holds the body's name.
 */
export const TREATY_HEAD_WORDS = folded(patternTable(PATTERN_HEADS.treaty));

/** Folded first words of the name patterns' links ("against", "przeciwko", "về", "لمكافحة"). */
export const LINK_FIRST_WORDS = new Set(
  Object.values(PATTERN_LINKS).flatMap((words) => [...folded(patternTable(words, true))]),
);
/** Folded head words that need a capital. */
export const WEAK_HEAD_WORDS = folded(WEAK_HEADS);
/** Folded head words of two letters. */
export const SHORT_HEAD_WORDS = folded(SHORT_HEADS);
/** Folded prepositions that join a head word to a name. */
export const PREPOSITION_WORDS = folded(PREPOSITIONS);
/** Folded articles. */
export const ARTICLE_WORDS = folded(ARTICLES);
/** Folded head words of events. */
export const EVENT_HEAD_WORDS = folded(EVENT_HEADS);
/** Folded purpose phrases. */
export const PURPOSE_WORDS = folded(PURPOSES);

/**
 * The first words of people's titles in every language ("secretary" of "Secretary-General"): a
 * title after a body's acronym names the body it belongs to ("UN Secretary-General").
 */
export const TITLE_FIRST_WORDS = new Set(
  foldWords(
    Object.values(TITLES).flatMap((list) =>
      list.split(',').map((title) => title.trim().split(/[\s-]/u)[0]),
    ),
  ).map((word) => word.trim()),
);
