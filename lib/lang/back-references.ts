import type { Lang } from '../dataset/types';

/**
 * The definite articles a writer puts before a head word to point back at a named event or
 * document ("the ceremony", "la convention", "das Übereinkommen"), with the ones a preposition
 * is written into ("du traité", "del convenio") and the demonstratives ("this treaty", "ce
 * traité", "dieses Abkommen"). Languages without articles (Polish, Vietnamese) point back with
 * the bare head word; Arabic writes its article into the word (الحفل), so ARTICLE_PREFIX gives it.
 * German writes one into its prepositions too ("zur Zeremonie", "im Abkommen").
 */
export const ARTICLES: Record<Lang, readonly string[]> = {
  en: ['the', 'this'],
  fr: ['la', 'le', "l'", 'l’', 'du', 'au', 'ce', 'cet', 'cette'],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'dieses',
    'diese',
    'dieser',
    'diesem',
    'zur',
    'zum',
    'im',
    'am',
    'vom',
    'beim',
  ],
  nl: ['de', 'het', 'dit', 'deze', 'dat', 'die'],
  es: ['la', 'el', 'del', 'al', 'este', 'esta'],
  pl: [],
  vi: [],
  ar: [],
};

/**
 * The indefinite articles, which introduce a thing: "signed the treaty at a two-day ceremony",
 * "lors d'une cérémonie de deux jours", "bei einer zweitägigen Zeremonie". A ceremony's head word
 * (CEREMONY_HEADS) after one is the event only where the page names it so first, after what the
 * event is of in the same text (short-forms.ts): "a conference", "a congress" may be any.
 */
export const CEREMONY_HEADS: Record<Lang, readonly string[]> = {
  en: ['ceremony'],
  fr: ['cérémonie'],
  de: ['zeremonie', 'festakt'],
  nl: ['ceremonie'],
  es: ['ceremonia'],
  pl: [],
  vi: [],
  ar: [],
};

export const INDEFINITE_ARTICLES: Record<Lang, readonly string[]> = {
  en: ['a', 'an'],
  fr: ['un', 'une'],
  de: ['ein', 'eine', 'einer', 'einem', 'eines', 'einen'],
  nl: ['een'],
  es: ['un', 'una'],
  pl: [],
  vi: [],
  ar: [],
};

let indefinite: ReadonlySet<string> | undefined;

/** Whether a folded word is an indefinite article of one of the languages. */
export function isIndefiniteWord(word: string): boolean {
  indefinite ??= new Set(Object.values(INDEFINITE_ARTICLES).flat());
  return indefinite.has(word);
}

/** The article written as part of the word, for languages that do so. */
export const ARTICLE_PREFIX: Partial<Record<Lang, string>> = { ar: 'ال' };

/**
 * Writers call a convention or a pact "the treaty" too: a document whose head word is one of
 * `heads` may also be called `word`. Not a charter, which the press calls "the Charter": on a
 * page that names a charter and a convention, "the treaty" would name neither.
 */
export const TREATY: Record<Lang, { word: string; heads: readonly string[] }> = {
  en: { word: 'treaty', heads: ['convention', 'pact', 'accord', 'agreement'] },
  fr: { word: 'traité', heads: ['convention', 'pacte', 'accord'] },
  de: { word: 'Vertrag', heads: ['übereinkommen', 'konvention', 'pakt', 'abkommen'] },
  nl: { word: 'verdrag', heads: ['conventie', 'pact', 'akkoord', 'overeenkomst'] },
  es: { word: 'tratado', heads: ['convención', 'convenio', 'pacto', 'acuerdo'] },
  pl: { word: 'traktat', heads: ['konwencja', 'pakt', 'porozumienie'] },
  vi: { word: 'hiệp ước', heads: ['công ước'] },
  ar: { word: 'المعاهدة', heads: ['اتفاقية', 'الاتفاقية'] },
};

/**
 * The other words the press calls an event by, after its head word in its name: a ceremony is
 * "the event", "the gathering", "das Ereignis", "الحدث", "المناسبة", "the signing" and "de
 * ondertekening" (elsewhere the word is as often the signature: "zur Unterzeichnung aufgelegt",
 * "la firma"), "la cita", "de plechtigheid", "uroczystość", "buổi lễ" and "المراسم" too (after a
 * body's head word or a title, "دائرة المراسم", "رئيس المراسم", that is protocol:
 * short-checks.ts). A ceremony is also "the opening ceremony" ("la ceremonia de apertura",
 * "حفل الافتتاح"): the ceremony opens what it is held for. On a page that names two events, the
 * one named last before takes it. A party's congress is "der Kongress" and "het partijcongres"
 * too.
 */
export const EVENT_WORDS: Record<Lang, Readonly<Record<string, readonly string[]>>> = {
  en: { ceremony: ['event', 'signing', 'gathering', 'opening ceremony'] },
  fr: { cérémonie: ['événement', "cérémonie d'ouverture"] },
  de: {
    zeremonie: [
      'Feier',
      'Festakt',
      'Veranstaltung',
      'Ereignis',
      'Eröffnungszeremonie',
      'Eröffnungsfeier',
    ],
    parteitag: ['Kongress'],
  },
  nl: {
    ceremonie: ['plechtigheid', 'bijeenkomst', 'ondertekening', 'evenement', 'openingsceremonie'],
    congres: ['partijcongres'],
  },
  es: { ceremonia: ['evento', 'acto', 'cita', 'ceremonia de apertura', 'ceremonia inaugural'] },
  pl: {
    ceremonia: [
      'uroczystość',
      'wydarzenie',
      'ceremonia otwarcia',
      'ceremonii otwarcia',
      'ceremonię otwarcia',
      'ceremonią otwarcia',
    ],
  },
  vi: { lễ: ['buổi lễ', 'sự kiện', 'lễ khai mạc'] },
  ar: { حفل: ['مراسم', 'حدث', 'مناسبة', 'حفل الافتتاح', 'الحفل الافتتاحي'] },
};

/**
 * The other words the press calls a body by once named, after the head word of its name: a
 * committee is "the panel", "das Gremium" (any committee's in German, of a steering committee
 * too: "Lenkungsausschuss", "Komitee").
 */
export const BODY_WORDS: Record<Lang, Readonly<Record<string, readonly string[]>>> = {
  en: { committee: ['panel'] },
  fr: {},
  de: { ausschuss: ['Gremium'], komitee: ['Gremium'] },
  nl: {},
  es: {},
  pl: {},
  vi: {},
  ar: {},
};

/**
 * How the press writes "the new" before a document's word once it has named the document ("the
 * new treaty", "le nouvel accord", "das neue Übereinkommen"): the article with the adjective in
 * the forms that agree, as few as the language needs (each makes a short form of every word).
 */
export const NEW_ARTICLES: Record<Lang, readonly string[]> = {
  en: ['the new'],
  fr: [
    'le nouveau',
    'le nouvel',
    'la nouvelle',
    'du nouveau',
    'du nouvel',
    'de la nouvelle',
    'ce nouveau',
    'ce nouvel',
    'cette nouvelle',
  ],
  de: ['das neue', 'die neue', 'der neue', 'den neuen', 'dem neuen', 'des neuen'],
  nl: ['de nieuwe', 'het nieuwe'],
  es: ['el nuevo', 'la nueva', 'del nuevo', 'este nuevo', 'esta nueva'],
  pl: [],
  vi: [],
  ar: [],
};

/**
 * What the press calls any document once it has named it: "the text", "le texte", "das
 * Dokument", "văn kiện", "النص".
 */
export const DOCUMENT_WORDS: Record<Lang, readonly string[]> = {
  en: ['text', 'document', 'instrument'],
  fr: ['texte', 'document', 'instrument'],
  de: ['Text', 'Dokument', 'Instrument', 'Regelwerk', 'Vertragswerk'],
  nl: ['tekst', 'document', 'instrument', 'regeling'],
  es: ['texto', 'documento', 'instrumento'],
  pl: ['dokument', 'instrument'],
  // Not "văn kiện phê chuẩn", an instrument of another kind (lib/lang/heads.ts).
  vi: ['văn kiện'],
  ar: ['النص', 'الوثيقة', 'الصك'],
};

/**
 * Vietnamese one-syllable heads the press capitalises alone for the country's one body of the
 * kind: "Đảng" is the ruling party once named ("sự lãnh đạo của Đảng"); "đảng" is any party.
 */
export const SOLE_HEADS_VI: ReadonlySet<string> = new Set(['đảng']);

/** Languages whose nouns are written with a capital: the head word keeps the one it has. */
export const CAPITALISED_NOUNS: ReadonlySet<Lang> = new Set<Lang>(['de']);

/** Words that join a Spanish double surname or a name's parts and are no surname themselves. */
export const NAME_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'i',
  'van',
  'von',
  'der',
  'da',
  'do',
  'dos',
  'di',
  'bin',
  'ibn',
]);

/**
 * How a writer describes a thing already named, between the article and the head word: "das
 * umstrittene Abkommen", "het omstreden verdrag", "the UN-brokered treaty", "the proposed
 * centre". In German and Dutch a word in small letters there is an adjective (their nouns take
 * capitals, or join the head as a compound), once it has an adjective's ending; in English it is
 * a participle in -ed, a compound with a hyphen ("two-day", "UN-brokered") or one of the
 * patterns' adjectives (PATTERN_ADJECTIVES). `not` are the adjectives that make it another
 * thing of the kind: "das andere Abkommen", "the earlier treaty". Folded stems.
 */
export const DESCRIBING: Partial<Record<Lang, { ending: RegExp; not: readonly string[] }>> = {
  de: {
    ending: /^\p{Ll}[\p{L}-]{2,}(?:e|en|er|es|em)$/u,
    not: [
      'ander',
      'weiter',
      'fruher',
      'bisherig',
      'vorig',
      'alt',
      'eigen',
      'regional',
      'bilateral',
    ],
  },
  nl: {
    ending: /^\p{Ll}[\p{L}-]{2,}(?:e|en)$/u,
    not: ['ander', 'vorig', 'eerder', 'oud', 'eigen', 'bestaand', 'regional', 'bilateral'],
  },
  en: {
    ending: /^(?:\p{Ll}[\p{L}]{2,}ed|[\p{L}\p{N}]+-\p{Ll}+)$/u,
    not: ['so-called', 'previous', 'earlier', 'former', 'existing', 'related'],
  },
};

/**
 * An office of the UN is one of its agencies, and the press calls it so once named: "the agency",
 * "l'agence", "het VN-agentschap", "die UN-Behörde", "cơ quan". `offices` are the head words that
 * make a body whose name holds the UN's such an office (lower case).
 */
export const AGENCY_WORDS: Record<Lang, { offices: readonly string[]; words: readonly string[] }> =
  {
    en: { offices: ['office'], words: ['agency'] },
    fr: { offices: ['office', 'bureau'], words: ['agence', 'organisme'] },
    es: { offices: ['oficina'], words: ['agencia', 'organismo'] },
    de: { offices: ['büro'], words: ['Agentur', 'Behörde'] },
    nl: { offices: ['bureau', 'kantoor'], words: ['agentschap'] },
    pl: { offices: ['biuro'], words: ['agencja'] },
    vi: { offices: ['văn phòng', 'cơ quan'], words: ['cơ quan'] },
    ar: { offices: ['مكتب'], words: ['الوكالة'] },
  };

/**
 * How the press names the place that hosts what a story is about, once it has named it: a
 * country ("the host country", "das Gastgeberland", "państwo-gospodarz", "nước chủ nhà") or a
 * city ("the host city", "la ville hôte"). A pack that gives a place one of them, in any
 * language, gives it all of that kind (lib/match/host-forms.ts). Not the Polish plural alone,
 * "gospodarze", which takes what they host in the genitive with no link ("gospodarze mistrzostw").
 */
export const HOSTS: Record<'country' | 'city', Record<Lang, readonly string[]>> = {
  country: {
    en: ['host country', 'host nation', 'host state'],
    de: ['Gastgeberland', 'Gastgeberstaat', 'Gastgeber'],
    nl: ['gastland', 'gastheerland'],
    // With the article where the kind word alone points back too (PLACE_KINDS): "le pays hôte"
    // is read whole, not as "le pays" and "hôte".
    fr: ['pays hôte', 'pays-hôte', 'nation hôte', 'le pays hôte', 'du pays hôte', 'au pays hôte'],
    es: [
      'país anfitrión',
      'nación anfitriona',
      'país sede',
      'el país anfitrión',
      'del país anfitrión',
      'al país anfitrión',
      'el país sede',
      'del país sede',
    ],
    pl: [
      'kraj gospodarz',
      'kraju gospodarza',
      'kraj-gospodarz',
      'kraju-gospodarza',
      'państwo gospodarz',
      'państwo-gospodarz',
      'państwa-gospodarza',
      'państwa gospodarza',
    ],
    vi: ['nước chủ nhà', 'quốc gia chủ nhà'],
    ar: ['الدولة المضيفة', 'البلد المضيف', 'الدولة المستضيفة'],
  },
  city: {
    en: ['host city'],
    de: ['Gastgeberstadt'],
    nl: ['gaststad'],
    fr: ['ville hôte', 'ville-hôte', 'la ville hôte'],
    es: ['ciudad anfitriona', 'ciudad sede', 'la ciudad anfitriona', 'la ciudad sede'],
    pl: ['miasto gospodarz', 'miasto-gospodarz', 'miasta gospodarza', 'miasta-gospodarza'],
    vi: ['thành phố chủ nhà'],
    ar: ['المدينة المضيفة'],
  },
};

/**
 * How the press points back at a place by what it is, once it has named it: a state is "the
 * country" ("das Land", "le pays", "kraju", "đất nước", "البلاد"; Vietnamese papers write "nước
 * ta", our country, of their own), a capital "the capital" and "the city". A page that names two
 * of a kind gives the word to the one it named last, or to the country of the person it named
 * last ("his country", "sein Land", "بلاده": lib/match/event-anchors.ts `namedEvokes`).
 */
export const PLACE_KINDS: Record<
  'country' | 'capital' | 'city',
  Record<Lang, readonly string[]>
> = {
  country: {
    en: ['the country', 'his country', 'her country'],
    de: [
      'das Land',
      'des Landes',
      'im Land',
      'sein Land',
      'seines Landes',
      'seinem Land',
      'ihr Land',
      'ihres Landes',
      'ihrem Land',
    ],
    nl: ['het land', 'dit land', 'zijn land', 'haar land'],
    fr: ['le pays', 'du pays', 'ce pays', 'son pays'],
    es: ['el país', 'del país', 'al país', 'este país', 'su país'],
    pl: ['kraj', 'kraju', 'krajem', 'krajowi', 'jego kraj', 'jego kraju', 'jej kraj', 'jej kraju'],
    vi: ['đất nước', 'nước ta'],
    ar: ['البلاد', 'بلاده', 'بلادها'],
  },
  capital: {
    // Not English "the capital", as often money ("the capital simply is not there").
    en: [],
    de: ['die Hauptstadt', 'der Hauptstadt'],
    nl: ['de hoofdstad'],
    fr: ['la capitale'],
    es: ['la capital'],
    pl: ['stolica', 'stolicy', 'stolicą'],
    vi: ['thủ đô'],
    ar: ['العاصمة'],
  },
  city: {
    en: ['the city'],
    de: ['die Stadt', 'der Stadt'],
    nl: ['de stad'],
    fr: ['la ville'],
    es: ['la ciudad'],
    // Not "miasta", as often the plural ("duże miasta").
    pl: ['miasto', 'mieście', 'miastem'],
    vi: ['thành phố'],
    ar: ['المدينة'],
  },
};

/**
 * Words before a bare kind word (Polish, Vietnamese) that make it any one of the kind, or
 * another: "każdy kraj" (every country), "innego kraju", "một đất nước" (a country), "mỗi thành
 * phố".
 */
export const ANY_OF_KIND: ReadonlySet<string> = new Set([
  ...['każdy', 'każdego', 'każdemu', 'każdym', 'żaden', 'żadnego', 'żadnym', 'inny', 'innego'],
  ...['innemu', 'innym', 'jeden', 'jednego', 'jednym', 'drugi', 'drugiego', 'jakiś', 'jakiegoś'],
  ...['swój', 'swojego', 'swoim', 'własny', 'własnego', 'własnym', 'jego', 'jej', 'ich'],
  ...['mỗi', 'một', 'các', 'những', 'nhiều'],
  // What a place is said to be, or asked: "Wietnam to kraj o ...", "Który kraj", "Việt Nam là đất
  // nước có ...".
  ...['to', 'który', 'która', 'które', 'którego', 'jaki', 'jaka', 'jakie', 'là'],
]);

/**
 * The possessives before a body's head word, as the press points back at the body of the person
 * it has just named: "his ministry", "sein Ministerium", "zijn ministerie", "son agence", "su
 * ministerio" (lib/match/event-anchors.ts `namedEvokes`).
 */
export const BODY_POSSESSIVES: Record<Lang, readonly string[]> = {
  en: ['his', 'her'],
  de: ['sein', 'seine', 'seines', 'seinem', 'seiner', 'ihr', 'ihre', 'ihres', 'ihrem', 'ihrer'],
  nl: ['zijn', 'haar'],
  fr: ['son', 'sa'],
  es: ['su'],
  pl: [],
  vi: [],
  ar: [],
};

/**
 * How the press points back at a body named an organisation ("United Nations Organization",
 * "Organisation des Nations unies", "منظمة الأمم المتحدة") once it has named it: "the world
 * organisation", "die Weltorganisation", "tổ chức này", "المنظمة الدولية". Like a place's kind
 * word, only where the same text names it before with no other name between (kind-words.ts).
 * Not "the organisation" alone, as often the organising of the event ("Guterres prees de
 * organisatie", "praised the organisation of the ceremony") or a group the story quotes, nor
 * Polish "organizacja", as often a criminal one, nor Arabic "المنظمة" alone ("الجريمة المنظمة",
 * organised crime). `heads` are the words that make a name an organisation's.
 */
export const ORGANISATION_KIND: {
  heads: readonly string[];
  forms: Record<Lang, readonly string[]>;
} = {
  heads: ['organisation', 'organization', 'organisatie', 'organización', 'tổ chức', 'منظمة'],
  forms: {
    en: ['the world organisation', 'the world organization'],
    de: ['die Weltorganisation', 'der Weltorganisation'],
    nl: ['de wereldorganisatie'],
    fr: [],
    es: [],
    pl: [],
    vi: ['tổ chức này'],
    ar: ['المنظمة الدولية', 'المنظمة الأممية'],
  },
};
