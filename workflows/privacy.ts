/**
 * Finding and masking a case's personal data in free text, for every reader who may not see it in
 * full: the public (公示, 118 §2) and readers outside the handling office (the district supervisor).
 *
 * Numbers are found however they were typed: with spaces, hyphens, dots or slashes between digits,
 * in full-width digits (１３８１２３４５６７８), or split "138 1234 5678". Names and addresses are the
 * case's own parties' (a neighbour's name cannot be found automatically: the officer confirms).
 */
import { maskIdNumber, maskName, maskPhone } from "./identity";

/** One person or organisation of a case, as the procedure records them. */
export interface PersonalData {
  readonly person: boolean;
  readonly name?: string;
  readonly idNumber?: string;
  readonly phone?: string;
  readonly address?: string;
  /** Other natural persons named with the party: legal representative, agent. */
  readonly relatedNames?: readonly string[];
}

const D = "[0-9０-９]";
/** What people put between digits: spaces (also the ideographic one), hyphens, dots, slashes. */
const S = "[\\s\\u3000\\-‐‑–－·・.．/／]";
const ALNUM = "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]";
/** China's country code before a number: +86, ＋86, 0086. */
const CC = `(?:(?:[+＋]|00)86${S}*)?`;
const NOT_AFTER = `(?<!${ALNUM}${S}?)`;
const NOT_BEFORE = `(?!${S}?${ALNUM})`;
// Whole numbers only: a credit code, a SHA-256, a document number must not look like an ID or a
// phone. An 18-digit ID may be typed in groups; the old 15-digit one only as one run.
const ID_NUMBER = new RegExp(`${NOT_AFTER}(?:(?:${D}${S}?){17}[0-9０-９XxＸｘ]|${D}{15})${NOT_BEFORE}`, "g");
const MOBILE = new RegExp(`${NOT_AFTER}${CC}[1１]${S}?[3-9３-９](?:${S}?${D}){9}${NOT_BEFORE}`, "g");
const LANDLINE = new RegExp(`${NOT_AFTER}${CC}[(（]?[0０]${D}{2,3}[)）]?${S}?(?:${D}${S}?){6,7}${D}${NOT_BEFORE}`, "g");
/** A flat (12号301室, 5幢2单元601室): a home, never shown for a natural person; the road's name stays. */
const FLAT = /[\d０-９]+(号|弄|幢|栋)[\d０-９\-号幢栋单元楼层]*[\d０-９]+室/gu;
/** Keys whose values are identifiers of files, certificates and organisations, never a person's number. */
const NOT_PERSONAL_KEYS = /^(sha256|.*Sha256|certNo|legalQualificationNo|qualificationNo|creditCode|number|caseNumber)$/;

export const ADDRESS_REMOVED = "（住址已隐去）";
export const PHONE_REMOVED = "（电话已隐去）";

/** ASCII digits and X only: "１３８ 1234-5678" → "13812345678". */
export function digitsOf(text: string): string {
  return text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^\dXx]/g, "").toUpperCase();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The text as a pattern that tolerates spaces typed inside it ("共和新路 1000弄"). */
const loosely = (s: string) => new RegExp([...s.replace(/\s+/g, "")].map(escapeRe).join("[\\s\\u3000]*"), "g");

function namesOf(persons: readonly PersonalData[]): string[] {
  return persons.flatMap((p) => [...(p.person && p.name ? [p.name] : []), ...(p.relatedNames ?? [])]).filter((n) => n.trim().length >= 2);
}

/** A person's own number as a pattern: its digits with any separators between them, after an optional +86. */
function ownNumber(raw: string): RegExp | null {
  const digits = digitsOf(raw);
  if (digits.length < 7) return null;
  const wide = (c: string) => (c === "X" ? "[XxＸｘ]" : `[${c}${String.fromCharCode(c.charCodeAt(0) + 0xfee0)}]`);
  return new RegExp(`${CC}${[...digits].map(wide).join(`${S}*`)}`, "g");
}

/** Free text with the persons' names masked (王某某), their addresses and flats removed and every ID and phone number masked. */
export function redactText(text: string, persons: readonly PersonalData[]): string {
  if (!text) return text;
  let out = text;
  // The persons' own numbers first, however written (+86 138-1234-5678, a landline without its area code).
  for (const p of persons) {
    const id = p.idNumber ? ownNumber(p.idNumber) : null;
    if (id) out = out.replace(id, maskIdNumber(digitsOf(p.idNumber!)));
    const phone = p.phone ? ownNumber(p.phone) : null;
    if (phone) out = out.replace(phone, digitsOf(p.phone!).startsWith("1") ? maskPhone(digitsOf(p.phone!)) : PHONE_REMOVED);
  }
  for (const p of persons) if (p.person && p.address && p.address.replace(/\s/g, "").length >= 4) out = out.replace(loosely(p.address), ADDRESS_REMOVED);
  // The place of an act is often a party's home (a load-bearing wall): a flat number is removed.
  if (persons.some((p) => p.person)) out = out.replace(FLAT, ADDRESS_REMOVED);
  // Longer names first, so 王小明 is masked before a 王明 inside it.
  for (const n of namesOf(persons).sort((a, b) => b.length - a.length)) out = out.replace(loosely(n), maskName(n.trim()));
  return out
    .replace(ID_NUMBER, (m) => maskIdNumber(digitsOf(m)))
    .replace(MOBILE, (m) => maskPhone(digitsOf(m)))
    .replace(LANDLINE, PHONE_REMOVED);
}

/** Every string inside a value redacted; the shape, numbers and booleans kept. */
export function redactDeep<T>(value: T, persons: readonly PersonalData[]): T {
  if (typeof value === "string") return redactText(value, persons) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, persons)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_PERSONAL_KEYS.test(k) && typeof v === "string" ? v : redactDeep(v, persons)])) as T;
  return value;
}

/**
 * The kinds of personal data still in a text (what a public text must not contain). `publicNumbers`
 * (an organisation's credit code, the decision's number) are taken out first: they are public.
 */
export function personalDataIn(raw: string, persons: readonly PersonalData[], publicNumbers: readonly string[] = []): string[] {
  const text = publicNumbers.filter(Boolean).reduce((t, x) => t.split(x).join(" "), raw);
  const found: string[] = [];
  const has = (s: string) => loosely(s).test(text);
  for (const p of persons) {
    if (p.person && p.name && p.name.trim().length >= 2 && has(p.name)) found.push("当事人姓名");
    if ((p.relatedNames ?? []).some((n) => n.trim().length >= 2 && has(n))) found.push("法定代表人或代理人姓名");
    if (p.person && p.address && p.address.replace(/\s/g, "").length >= 4 && has(p.address)) found.push("当事人住址");
  }
  if (persons.some((p) => p.person) && [...text.matchAll(FLAT)].length) found.push("当事人住址");
  const own = (raw: string | undefined) => !!raw && !!ownNumber(raw)?.test(text);
  if ([...text.matchAll(ID_NUMBER)].length || persons.some((p) => own(p.idNumber))) found.push("身份证号码");
  if ([...text.matchAll(MOBILE)].length || [...text.matchAll(LANDLINE)].length || persons.some((p) => own(p.phone))) found.push("电话号码");
  return [...new Set(found)];
}

/**
 * The case data a reader outside the handling office gets: the procedure's structured masking,
 * then every string with the case's own people's names, numbers and addresses masked, whatever
 * field they were typed into (facts, places, conclusions, receivers, titles).
 */
export function outsideReaderView<C, T = C>(proc: { masked?: (context: C) => C; personalData?: (context: C) => readonly PersonalData[] }, context: C, value?: T): T {
  const persons = proc.personalData?.(context) ?? [];
  return redactDeep(value !== undefined ? value : ((proc.masked ? proc.masked(context) : context) as unknown as T), persons);
}
