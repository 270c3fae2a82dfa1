import type { Lang } from '../dataset/types';
import { inAnyLanguage } from './frequent-words';

/**
 * Titles and roles written before a person's name, lower case (they are compared folded, so
 * "Präsident", "President" and "PRESIDENT" all match). Polish titles are listed in the cases the
 * press puts them in before a name.
 */
export const TITLES: Record<Lang, string> = {
  en: 'president, vice president, vice-president, prime minister, pm, deputy prime minister, minister, deputy minister, foreign minister, secretary-general, secretary general, general secretary, party general secretary, party chief, party leader, under-secretary-general, general, mr, mrs, ms, dr, ambassador, executive director, director, director-general, chief executive, chief executive officer, chief financial officer, vice chairman, chairman, chairwoman, chair, spokesperson, spokesman, king, queen, senator, governor, mayor, judge, professor, prof, colonel, lieutenant general, sir, author, reporter, correspondent, researcher',
  pl: 'prezydent, prezydenta, wiceprezydent, wiceprezydenta, premier, premiera, wicepremier, wicepremiera, minister, ministra, wiceminister, wiceministra, sekretarz generalny, sekretarza generalnego, sekretarzem generalnym, generał, generała, gen, pan, pani, pana, panią, dyrektor, dyrektor wykonawczy, dyrektor wykonawcza, ambasador, ambasadora, przewodniczący, przewodnicząca, rzecznik, prof, dr, król, królowa, autor, autorka, reporter, badacz',
  nl: 'president, vicepresident, premier, vicepremier, minister, viceminister, minister-president, secretaris-generaal, generaal, mevrouw, meneer, de heer, mevr, dhr, directeur, ambassadeur, voorzitter, woordvoerder, koning, koningin, auteur, verslaggever, onderzoeker',
  fr: 'président, présidente, vice-président, vice-présidente, premier ministre, vice-premier ministre, ministre, vice-ministre, secrétaire général, secrétaire générale, général, m, mme, monsieur, madame, directeur, directrice, directrice exécutive, directeur exécutif, ambassadeur, ambassadrice, porte-parole, roi, reine, auteur, chercheur, chercheuse, correspondant, député, députée, sénateur, sénatrice',
  ar: 'د, رئيس, رئيسة, الرئيس, رئيس الوزراء, نائب رئيس الوزراء, الوزير, وزير, نائب الوزير, الأمين العام, السكرتير العام, مدير, مديرة, السيد, السيدة, الجنرال, الفريق, المدير التنفيذي, المديرة التنفيذية, السفير, نائبة الرئيس, نائب الرئيس, الدكتور, الملك, رئيسة الوزراء, الوزيرة',
  vi: 'tổng bí thư, chủ tịch nước, chủ tịch, thủ tướng, phó thủ tướng, bộ trưởng, thứ trưởng, đại tướng, thượng tướng, trung tướng, tổng thư ký, ông, bà, giám đốc, giám đốc điều hành, phó tổng thống, tổng thống, đại sứ, phó chủ tịch, chủ nhiệm, phó chủ nhiệm, người phát ngôn, thủ tướng chính phủ, vụ trưởng, phó vụ trưởng, cục trưởng, phó cục trưởng, đại tá, thượng tá, trung tá, thiếu tướng',
  de: 'präsident, präsidentin, vizepräsident, vizepräsidentin, premierminister, vizepremier, vizepremierminister, ministerpräsident, minister, ministerin, generalsekretär, generalsekretärin, general, herr, frau, dr, direktor, direktorin, exekutivdirektorin, geschäftsführerin, botschafter, botschafterin, kanzler, kanzlerin, vorsitzende, sprecher, sprecherin, parteichef, könig, königin, autor, autorin, korrespondent, forscher',
  es: 'presidente, presidenta, vicepresidente, vicepresidenta, primer ministro, viceprimer ministro, ministro, ministra, canciller, viceministro, viceministra, secretario general, secretaria general, general, señor, señora, sr, sra, don, doña, directora ejecutiva, director ejecutivo, director, directora, embajador, embajadora, portavoz, rey, reina, autor, autora, investigador, investigadora, corresponsal',
};

/**
 * German writes titles as compounds ("UN-Generalsekretär", "Staatspräsident", "Außenminister"):
 * a word ending in one of these is a title.
 */
export const GERMAN_TITLE_ENDINGS =
  /(?:präsident|präsidentin|minister|ministerin|sekretär|sekretärin|direktor|direktorin|kanzler|kanzlerin|botschafter|chef|chefin|abgeordnete|abgeordneten|abgeordneter|politiker|politikerin|kandidat|kandidatin)$/u;

/**
 * What the press calls the holder of a country's highest offices instead of the title: the head
 * of state ("chef de l'État", "Staatschef", "het staatshoofd", "el mandatario") for a president,
 * the second in the state ("la segunda mandataria") for a vice president, the party's chief for
 * its general secretary ("the party chief"), the head of government ("Regierungschef", "رئيس
 * الحكومة") for a prime minister, in the cases the press writes them in ("des Staatschefs", with
 * the article that tells it from the plural; "szefowi rządu", "szefa państwa"). Keyed by the
 * title, lower case; a person titled so is called these too, once named.
 */
export const ROLE_NAMES: Record<Lang, Record<string, readonly string[]>> = {
  en: {
    president: ['head of state'],
    'state president': ['head of state'],
    'prime minister': ['head of government'],
    'deputy prime minister': ['deputy premier'],
    'general secretary': ['party chief', 'party leader'],
    'party general secretary': ['party chief', 'party leader'],
  },
  fr: {
    président: ["chef de l'État", 'chef d’État'],
    'premier ministre': ['chef du gouvernement'],
  },
  es: {
    presidente: ['jefe de Estado', 'jefe del Estado', 'mandatario', 'primer mandatario'],
    presidenta: ['jefa de Estado', 'jefa del Estado', 'mandataria', 'primera mandataria'],
    vicepresidente: ['segundo mandatario'],
    vicepresidenta: ['segunda mandataria'],
    'primer ministro': ['jefe del Gobierno', 'jefe de Gobierno', 'jefe del Ejecutivo'],
  },
  de: {
    präsident: ['Staatschef', 'des Staatschefs', 'Staatsoberhaupt', 'des Staatsoberhaupts'],
    staatspräsident: ['Staatschef', 'des Staatschefs', 'Staatsoberhaupt', 'des Staatsoberhaupts'],
    premierminister: ['Regierungschef', 'des Regierungschefs', 'Premier', 'des Premiers'],
    ministerpräsident: ['Regierungschef', 'des Regierungschefs'],
  },
  nl: { president: ['staatshoofd'], premier: ['regeringsleider'] },
  pl: {
    prezydent: [
      'głowa państwa',
      'głowy państwa',
      'głowie państwa',
      'głowę państwa',
      'głową państwa',
      'szef państwa',
      'szefa państwa',
      'szefowi państwa',
      'szefem państwa',
    ],
    premier: ['szef rządu', 'szefa rządu', 'szefowi rządu', 'szefem rządu'],
  },
  vi: {
    'chủ tịch nước': ['nguyên thủ quốc gia', 'người đứng đầu Nhà nước'],
    'thủ tướng': ['người đứng đầu Chính phủ'],
  },
  ar: { الرئيس: ['رئيس الدولة'], 'رئيس الوزراء': ['رئيس الحكومة'] },
};

/**
 * Words that, next to a title, make it another office: a deputy's, a former holder's, the holder
 * at the time told of ("deputy Secretary-General", "secrétaire général adjoint", "الأمين العام
 * المساعد", "były sekretarz generalny", "el entonces secretario general"). Lower case; compared
 * folded.
 */
export const OTHER_OFFICE: Record<Lang, { before: string; after: string }> = {
  en: { before: 'deputy, assistant, former, acting, ex, then', after: '' },
  fr: { before: 'ancien, ancienne, ex, alors', after: 'adjoint, adjointe, sortant, sortante' },
  es: { before: 'ex, antiguo, antigua, entonces', after: 'adjunto, adjunta, saliente' },
  de: {
    before:
      'stellvertretende, stellvertretender, stellvertretenden, ehemalige, ehemaliger, ehemaligen, frühere, früherer, früheren, damalige, damaliger, damaligen, ex',
    after: '',
  },
  nl: { before: 'adjunct, voormalig, voormalige, toenmalig, toenmalige, oud, ex', after: '' },
  pl: {
    before:
      'były, byłego, byłemu, byłym, ówczesny, ówczesnego, ówczesnemu, ówczesnym, zastępca, zastępcy, zastępczyni, p.o.',
    after: '',
  },
  vi: { before: 'phó, nguyên, cựu', after: '' },
  ar: { before: 'نائب, نائبة', after: 'المساعد, المساعدة, السابق, السابقة, الأسبق, آنذاك' },
};

/**
 * Courtesy titles: before a name they say who, alone they name no one ("ông", "Mme", "Herr").
 */
const COURTESY: Record<Lang, string> = {
  en: 'mr, mrs, ms, miss, dr, sir, madam',
  pl: 'pan, pani, pana, panią, panu, prof, dr',
  nl: 'mevrouw, meneer, de heer, mevr, dhr, dr',
  fr: 'm, mme, mlle, monsieur, madame, dr',
  de: 'herr, frau, herrn, dr',
  es: 'señor, señora, sr, sra, don, doña, dr',
  vi: 'ông, bà, anh, chị, cô',
  ar: 'السيد, السيدة, د',
};

/** Whether a folded title is a courtesy title in any language. */
export const isCourtesyTitle = /* @__PURE__ */ inAnyLanguage(COURTESY);

/**
 * The titles of a body's head, lower case: a person whose title is one of these and names the
 * body by its acronym ("UNODC Executive Director", "secretario general de la ONU") is the body's
 * chief, and the press calls the person so (CHIEF_FORMS). Not a deputy's title
 * ("Under-Secretary-General").
 */
export const HEAD_TITLES: Record<Lang, string> = {
  en: 'secretary-general, secretary general, executive director, director-general, director general, general secretary, president, chairman, chairwoman, chair, director, chief executive',
  de: 'generalsekretär, generalsekretärin, exekutivdirektor, exekutivdirektorin, generaldirektor, generaldirektorin, direktor, direktorin, präsident, präsidentin, vorsitzende, vorsitzender',
  fr: 'secrétaire général, secrétaire générale, directeur exécutif, directrice exécutive, directeur général, directrice générale, directeur, directrice, président, présidente',
  es: 'secretario general, secretaria general, director ejecutivo, directora ejecutiva, director general, directora general, director, directora, presidente, presidenta',
  nl: 'secretaris-generaal, uitvoerend directeur, directeur-generaal, directeur, voorzitter, president',
  pl: 'sekretarz generalny, sekretarza generalnego, dyrektor wykonawczy, dyrektor wykonawcza, dyrektor generalny, dyrektor generalna, przewodniczący, przewodnicząca, prezes, dyrektor',
  vi: '',
  ar: '',
};

/**
 * What the press calls a body's chief, with the body's acronym ("UNODC chief", "UN-Chefin", "la
 * jefa de la ONU", "szefowa UNODC"), in the forms that agree with a man or a woman, and in the
 * cases the press writes them in.
 */
export const CHIEF_FORMS: Partial<Record<Lang, (acronym: string) => string[]>> = {
  en: (a) => [`${a} chief`],
  de: (a) => [`${a}-Chef`, `${a}-Chefin`],
  nl: (a) => [`${a}-chef`, `${a}-topman`, `${a}-topvrouw`],
  // French writes an acronym read as a word with one capital too ("le patron de l'Onu"): the
  // form with one capital is found in both ways (a capital on the page fits a small letter).
  fr: (acronym) => {
    const a = acronym[0] + acronym.slice(1).toLowerCase();
    const of = /^[AEIOUY]/u.test(a) ? `de l'${a}` : `du ${a}`;
    return [`chef ${of}`, `patron ${of}`, `patronne ${of}`];
  },
  es: (a) =>
    ['jefe', 'jefa', 'titular'].flatMap((head) => [`${head} de la ${a}`, `${head} del ${a}`]),
  pl: (a) =>
    ['szef', 'szefa', 'szefowi', 'szefem', 'szefowa', 'szefowej', 'szefową'].map(
      (w) => `${w} ${a}`,
    ),
};

/**
 * What the press calls the UN's chief by the UN's name written out, in each language ("le patron
 * des Nations unies", "người đứng đầu Liên hợp quốc"), beside CHIEF_FORMS of its acronym.
 */
export const UN_CHIEF_FORMS: Record<Lang, readonly string[]> = {
  en: ['United Nations chief'],
  fr: ['patron des Nations unies', 'patronne des Nations unies', 'chef des Nations unies'],
  es: ['jefe de las Naciones Unidas', 'jefa de las Naciones Unidas'],
  de: ['Chef der Vereinten Nationen', 'Chefin der Vereinten Nationen'],
  nl: ['topman van de Verenigde Naties', 'topvrouw van de Verenigde Naties'],
  pl: [
    'szef Narodów Zjednoczonych',
    'szefa Narodów Zjednoczonych',
    'szefowa Narodów Zjednoczonych',
  ],
  vi: ['người đứng đầu Liên hợp quốc', 'người đứng đầu LHQ'],
  ar: [],
};
