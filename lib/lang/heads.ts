import type { EntityType, Lang } from '../dataset/types';
import { foldedSet, foldedSets } from './frequent-words';

type HeadType = Exclude<EntityType, 'person' | 'place'>;

/**
 * Head words of the names of bodies, documents and events, lower case, in the form a name starts
 * with (Polish in the nominative: other cases share its stem). They tell a name's type, and let
 * a name go on through lower-case words ("Comité central du Parti", "Bộ Công an").
 */
const HEADS: Record<HeadType, Record<Lang, string>> = {
  organisation: {
    en: 'ministry, nations, programme, program, alliance, foundation, company, corporation, group, office, committee, commission, agency, council, assembly, party, bureau, department, centre, center, organisation, organization, union, court, bank, fund, government, secretariat, parliament, institute, university, association, federation, police, army, authority, service, academy, restaurant, hotel',
    pl: 'ministerstwo, narody, biuro, komitet, komisja, agencja, rada, zgromadzenie, partia, organizacja, kancelaria, centrum, urząd, resort, sąd, bank, fundusz, rząd, parlament, instytut, uniwersytet, związek, policja, sejm, senat, departament, podkomisja, akademia, restauracja, hotel',
    nl: 'ministerie, naties, bureau, comité, commissie, agentschap, raad, vergadering, partij, organisatie, centrum, bank, fonds, regering, parlement, instituut, universiteit, unie, politie, dienst, hof, kamer, academie, restaurant, hotel',
    fr: 'ministère, nations, office, bureau, comité, commission, agence, conseil, assemblée, parti, organisation, centre, cour, banque, fonds, gouvernement, parlement, institut, université, union, police, secrétariat, service, direction, académie, restaurant, hôtel',
    de: 'ministerium, nationen, büro, komitee, ausschuss, kommission, agentur, rat, versammlung, partei, organisation, zentrum, gericht, bank, fonds, regierung, parlament, institut, universität, union, polizei, sekretariat, behörde, amt, akademie, restaurant, hotel',
    es: 'ministerio, naciones, oficina, comité, comisión, agencia, consejo, asamblea, partido, organización, centro, tribunal, banco, fondo, gobierno, parlamento, instituto, universidad, unión, policía, secretaría, departamento, academia, restaurante, hotel',
    vi: 'bộ, văn phòng, ban, ủy ban, liên minh, vụ, cơ quan, hội đồng, đảng, tổ chức, trung tâm, cục, viện, thông tấn xã, liên hợp quốc, chính phủ, quốc hội, bộ chính trị, ban chấp hành, ban chỉ đạo, học viện, đại học, hạ viện, thượng viện, tòa án, viện kiểm sát, nhà hàng, khách sạn',
    ar: 'وزارة, مكتب, لجنة, وكالة, مجلس, الجمعية, حزب, منظمة, مركز, الأمم, المكتب, اللجنة, الوكالة, المجلس, الحزب, المنظمة, المركز, الحكومة, البرلمان, المكتب السياسي, جامعة, معهد, هيئة, غرفة, الغرفة, شركة, الشركة, بنك, البنك, صندوق, الصندوق, دائرة, إدارة, مطعم, فندق',
  },
  document: {
    en: 'convention, treaty, charter, agreement, resolution, declaration, protocol, accord, act, law, pact',
    pl: 'konwencja, karta, traktat, umowa, rezolucja, deklaracja, protokół, porozumienie, ustawa, pakt',
    nl: 'verdrag, handvest, overeenkomst, resolutie, verklaring, protocol, akkoord, wet, conventie, pact',
    fr: 'convention, charte, traité, accord, résolution, déclaration, protocole, loi, pacte',
    de: 'übereinkommen, konvention, charta, abkommen, vertrag, resolution, erklärung, protokoll, gesetz, pakt',
    es: 'convención, convenio, carta, tratado, acuerdo, resolución, declaración, protocolo, ley, pacto',
    vi: 'công ước, hiến chương, hiệp định, nghị quyết, tuyên bố, nghị định thư, hiệp ước, luật',
    ar: 'اتفاقية, ميثاق, معاهدة, قرار, إعلان, بروتوكول, الاتفاقية, الميثاق, المعاهدة, اتفاق',
  },
  event: {
    en: 'conference, summit, ceremony, congress, forum, session, meeting, festival, games, election, war, crisis',
    pl: 'konferencja, szczyt, zjazd, kongres, ceremonia, forum, sesja, festiwal, wybory, wojna, kryzys',
    nl: 'conferentie, top, congres, ceremonie, forum, sessie, bijeenkomst, festival, verkiezingen, oorlog, crisis, ondertekeningsceremonie',
    fr: 'conférence, sommet, congrès, cérémonie, forum, session, réunion, festival, élection, guerre, crise',
    de: 'konferenz, gipfel, parteitag, zeremonie, kongress, forum, sitzung, treffen, festival, wahl, krieg, krise',
    es: 'conferencia, cumbre, congreso, ceremonia, foro, sesión, reunión, festival, elecciones, guerra, crisis',
    vi: 'hội nghị, đại hội, lễ, lễ mở ký, lễ ký, diễn đàn, phiên họp, hội nghị cấp cao, cuộc bầu cử',
    ar: 'مؤتمر, قمة, حفل, المؤتمر, القمة, الحفل, منتدى, جلسة, اجتماع, انتخابات',
  },
};

// Pure, so a script that never reads them (a page's, which gets its matcher compiled) leaves the
// lists out.
export const HEAD_PHRASES = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ Object.entries(HEADS).map(([type, lists]) => [type, foldedSets(lists, ', ')]),
) as Record<HeadType, Record<Lang, Set<string>>>;

export const HEAD_TYPES = /* @__PURE__ */ Object.keys(HEADS) as HeadType[];

/**
 * The other word the press calls a ministry by, before its field, in the languages that have
 * one: Polish "resort bezpieczeństwa publicznego" (the ministry of public security), "resortu
 * finansów".
 */
export const MINISTRY_WORDS: Partial<Record<Lang, string>> = { pl: 'resort' };

/**
 * What the press calls a ministry of one field instead of its name, by the field as its name
 * gives it (folded, after the head word and its link): the foreign ministry is the
 * "Cancillería" in Spanish, the "resort dyplomacji" in Polish.
 */
export const FIELD_MINISTRY_NAMES: Partial<Record<Lang, Record<string, readonly string[]>>> = {
  es: { 'relaciones exteriores': ['Cancillería'], 'asuntos exteriores': ['Cancillería'] },
  pl: { 'spraw zagranicznych': ['resort dyplomacji'] },
};

/** Whether a folded word is a head word as listed (for Polish: in the nominative). */
export function isHeadWord(folded: string, lang: Lang): boolean {
  return HEAD_TYPES.some((type) => HEAD_PHRASES[type][lang].has(folded));
}
export type { HeadType };

/**
 * Nouns a head word makes a compound with that names a place or a part of the thing, not the
 * thing: "the conference centre", "the ceremony hall" (after the head, in English), "trung tâm
 * hội nghị", "hội trường lễ" (before it, in Vietnamese). Other languages write these as one
 * word ("Konferenzzentrum") or with a link ("centre de conférences").
 */
const COMPOUND_AFTER =
  'centre, center, centres, centers, hall, halls, room, rooms, venue, site, call, calls, table, organisers, organizers, season, series, circuit, facilities, building, grounds, discussion, discussions';
const COMPOUND_BEFORE = 'trung tâm, phòng, hội trường, địa điểm, khu';
/**
 * Vietnamese words after a head word that make it a thing of another kind: "văn kiện phê chuẩn"
 * (an instrument of ratification), "văn kiện Đại hội" (a congress's documents), "Đảng ủy" and
 * "Đảng bộ" (a party committee), "Đảng viên" (a party member), "Đảng đoàn" (a party group).
 */
const COMPOUND_AFTER_VI =
  'phê chuẩn, phê duyệt, gia nhập, chấp thuận, đại hội, hướng dẫn, ủy, uỷ, bộ, viên, đoàn';

let after: ReadonlySet<string> | undefined;
let before: readonly string[] | undefined;

/** Whether a folded English word after a head word makes a compound with it. */
export function isCompoundAfter(folded: string): boolean {
  after ??= foldedSet(COMPOUND_AFTER.split(', '));
  return after.has(folded);
}

let afterVi: readonly string[] | undefined;

/** The folded Vietnamese words after a head word that make a compound with it. */
export function compoundsAfterVi(): readonly string[] {
  afterVi ??= [...foldedSet(COMPOUND_AFTER_VI.split(', '))];
  return afterVi;
}

/** The folded Vietnamese words before a head word that make a compound with it. */
export function compoundsBefore(): readonly string[] {
  before ??= [...foldedSet(COMPOUND_BEFORE.split(', '))];
  return before;
}
