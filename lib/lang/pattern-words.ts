import type { Lang } from '../dataset/types';

/**
 * The shared vocabularies of name patterns (lib/match/name-patterns.ts), one list per language,
 * separated by semicolons. A pattern names them ("head: treaty, body: un, link: against") and adds only
 * its own subject. Head words are lower case, so a capitalised one on a page matches too, and
 * carry the case forms a name starts with in that language (Polish, German); bodies are written
 * as the press writes them.
 */
type Words = Partial<Record<Lang, string>>;

/** Head words: what kind of thing the name is. */
export const PATTERN_HEADS: Record<string, Words> = {
  treaty: {
    en: 'convention; treaty; pact; agreement; accord; legal framework; legal instrument; instrument',
    pl: 'konwencja; konwencji; konwencję; konwencją; traktat; traktatu; traktatem; pakt; paktu; paktem; umowa; umowy; umowę; umową; porozumienie; porozumienia; instrument prawny; instrumentu prawnego; instrumentem prawnym',
    nl: 'verdrag; conventie; overeenkomst; akkoord; pact; juridisch kader; juridische kader; rechtskader; juridisch instrument; instrument',
    fr: 'convention; traité; pacte; accord; cadre juridique; instrument juridique; instrument',
    de: 'übereinkommen; übereinkommens; konvention; abkommen; abkommens; vertrag; vertrags; vertrages; pakt; pakts; paktes; rechtsrahmen; rechtsrahmens; rechtsinstrument; rechtsinstruments; vertragswerk; vertragswerks',
    es: 'convención; convenio; tratado; pacto; acuerdo; marco jurídico; marco legal; instrumento jurídico; instrumento',
    vi: 'công ước; hiệp ước; điều ước; khuôn khổ pháp lý; công cụ pháp lý; văn kiện pháp lý; văn kiện',
    ar: 'اتفاقية; الاتفاقية; معاهدة; المعاهدة; اتفاق; الاتفاق; إطار قانوني; الإطار القانوني; صك قانوني; الصك القانوني',
  },
  // A convention or a treaty, no other kind of agreement, written with a capital as a proper name
  // is: what a name without a body may start with ("la Convención contra la Ciberdelincuencia";
  // not "the convention against cybercrime", which counts once the convention is named). Not
  // German, which writes every noun so, nor Arabic, which has no capitals.
  convention: {
    en: 'Convention; Treaty',
    pl: 'Konwencja; Konwencji; Konwencję; Konwencją; Traktat; Traktatu; Traktatem',
    nl: 'Verdrag; Conventie',
    fr: 'Convention; Traité',
    es: 'Convención; Tratado',
    vi: 'Công ước; Hiệp ước',
  },
  'training-centre': {
    en: 'training centre; training center; regional training centre; regional training center; regional centre for training; regional center for training',
    pl: 'centrum szkoleniowe; centrum szkoleniowego; centrum szkoleniowym; regionalne centrum szkoleniowe; regionalnego centrum szkoleniowego; regionalnym centrum szkoleniowym; ośrodek szkoleniowy; ośrodka szkoleniowego; regionalny ośrodek szkoleniowy; regionalnego ośrodka szkoleniowego; centrum szkolenia; regionalne centrum szkolenia; regionalnego centrum szkolenia; regionalnym centrum szkolenia; ośrodek szkolenia; ośrodka szkolenia',
    nl: 'opleidingscentrum; regionaal opleidingscentrum; regionale opleidingscentrum; trainingscentrum; regionaal trainingscentrum',
    fr: 'centre de formation; centre régional de formation',
    de: 'Ausbildungszentrum; regionales Ausbildungszentrum; regionalen Ausbildungszentrum; Schulungszentrum; regionales Schulungszentrum; regionalen Schulungszentrum; Trainingszentrum; regionales Trainingszentrum',
    es: 'centro de formación; centro regional de formación; centro de capacitación; centro regional de capacitación',
    vi: 'trung tâm đào tạo; trung tâm đào tạo khu vực; trung tâm khu vực về đào tạo',
    ar: 'مركز تدريب; مركز إقليمي للتدريب; المركز الإقليمي للتدريب; مركز التدريب',
  },
  'high-level-conference': {
    en: 'high-level conference; high level conference; high-level meeting',
    pl: 'konferencja wysokiego szczebla; konferencji wysokiego szczebla; konferencję wysokiego szczebla',
    nl: 'conferentie op hoog niveau; bijeenkomst op hoog niveau',
    fr: 'conférence de haut niveau; réunion de haut niveau',
    de: 'hochrangige konferenz; hochrangigen konferenz; konferenz auf hoher ebene',
    es: 'conferencia de alto nivel; reunión de alto nivel',
    vi: 'hội nghị cấp cao',
    ar: 'مؤتمر رفيع المستوى; المؤتمر رفيع المستوى; المؤتمر الرفيع المستوى',
  },
};

/**
 * Bodies a name may carry, before the head ("UN treaty", "VN-verdrag", "UN-Konvention") or
 * after it ("Konwencja ONZ", "convention de l'ONU", "اتفاقية الأمم المتحدة"). `global` is the
 * scope word that sets a worldwide instrument apart from a regional one ("first global treaty").
 * `adjectives`: an adjective may stand between the body and the head ("the UN's new treaty").
 */
export const PATTERN_BODIES: Record<string, { before: Words; after: Words; adjectives?: true }> = {
  un: {
    adjectives: true,
    before: {
      en: "UN; U.N.; UN's; U.N.'s; United Nations; United Nations'",
      nl: 'VN',
      de: 'UN; UNO; Uno',
    },
    after: {
      en: 'of the UN; of the U.N.; of the United Nations',
      pl: 'ONZ; Narodów Zjednoczonych; Organizacji Narodów Zjednoczonych',
      nl: 'van de VN; van de Verenigde Naties',
      fr: "de l'ONU; des Nations unies; de l'Organisation des Nations unies; onusien; onusienne",
      de: 'der Vereinten Nationen; der UN; der UNO',
      es: 'de la ONU; de las Naciones Unidas; de la Organización de las Naciones Unidas; de las Naciones Unidas (ONU)',
      vi: 'Liên hợp quốc; của Liên hợp quốc; LHQ; của LHQ; Liên hiệp quốc; của Liên hiệp quốc',
      ar: 'الأمم المتحدة; للأمم المتحدة; الأممية; أممية',
    },
  },
  // No body: named beside others ("body: [un, none]"), the head alone starts a name too ("the
  // high-level conference on cybercrime").
  none: { before: {}, after: {} },
  global: {
    before: {
      en: 'global; worldwide; universal',
      pl: 'globalna; globalnej; globalną; globalny; globalnego; globalnym; światowa; światowej; światową',
      nl: 'wereldwijde; wereldwijd; mondiale; mondiaal',
      de: 'globale; globalen; globales; weltweite; weltweiten; weltweites',
    },
    after: {
      fr: 'mondiale; mondial; universelle; universel',
      es: 'global; mundial; universal',
      vi: 'toàn cầu; quốc tế',
      ar: 'العالمية; عالمية; العالمي; عالمي; الدولية الشاملة',
    },
  },
};

/** Linking words between the head (with its body) and the subject. */
export const PATTERN_LINKS: Record<string, Words> = {
  against: {
    en: 'against; to combat; to fight; to counter; to tackle; for combating; for countering; on combating; on countering; on fighting; targeting',
    pl: 'przeciwko; przeciw; o zwalczaniu; w sprawie zwalczania; o przeciwdziałaniu; dotycząca zwalczania; dotyczącej zwalczania; do walki z; do zwalczania; ds. zwalczania; do spraw zwalczania; w zakresie zwalczania',
    nl: 'tegen; ter bestrijding van; voor de bestrijding van; inzake de bestrijding van',
    fr: 'contre; de lutte contre; sur la lutte contre; pour lutter contre; visant à lutter contre; à la lutte contre',
    de: 'gegen; zur Bekämpfung von; zur Bekämpfung der; zur Bekämpfung',
    es: 'contra; de lucha contra; para combatir; para luchar contra; sobre la lucha contra; en la lucha contra',
    vi: 'chống; về chống; về phòng chống; về phòng, chống; về đấu tranh phòng chống; phòng chống; phòng, chống',
    ar: 'لمكافحة; ضد; لمنع; على مكافحة',
  },
  on: {
    en: 'on; about; regarding',
    pl: 'o; w sprawie; na temat; ds.; dotycząca; dotyczącej; dotyczącą; w zakresie',
    nl: 'over; inzake; betreffende; rond',
    fr: 'sur; relative à; relatif à; concernant; consacré à; consacrée à',
    de: 'über; zu; zur; zum; betreffend',
    es: 'sobre; relativa a; relativo a; en materia de',
    vi: 'về',
    ar: 'بشأن; حول',
  },
};

/**
 * Adjectives that may stand inside a descriptive name, at most one, where each language puts
 * them: between a body and the head ("the UN's new treaty"), after the head ("convention
 * internationale de l'ONU", "Công ước quốc tế") or after the body ("اتفاقية الأمم المتحدة
 * الجديدة"). Polish, Dutch and German put them before the whole name ("nowa konwencja ONZ",
 * "het nieuwe VN-verdrag", "die neue UN-Konvention"), which a name does not need to hold.
 */
export const PATTERN_ADJECTIVES: Record<
  Lang,
  { words: string; at: 'before-head' | 'after-head' | 'after-body' }
> = {
  en: {
    words: 'new; first; historic; landmark; international; controversial; binding',
    at: 'before-head',
  },
  pl: { words: '', at: 'after-head' },
  nl: { words: '', at: 'after-head' },
  de: { words: '', at: 'after-head' },
  fr: { words: 'internationale; international; historique; nouvelle; nouveau', at: 'after-head' },
  es: { words: 'internacional; histórica; histórico; nueva; nuevo', at: 'after-head' },
  vi: { words: 'mới; lịch sử; đầu tiên', at: 'after-head' },
  ar: {
    words: 'الجديدة; جديدة; الدولية; دولية; التاريخية; تاريخية; الأولى; الشاملة; شاملة',
    at: 'after-body',
  },
};

/** A list as words: entries are separated by semicolons, as Vietnamese writes "phòng, chống". */
export function wordList(list: string | undefined): string[] {
  return (list ?? '')
    .split(';')
    .map((w) => w.trim())
    .filter(Boolean);
}
