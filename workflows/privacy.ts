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
/** What people put between digits: spaces (also the ideographic one), hyphens and dashes, dots, slashes. */
const S = "[\\s\\u3000\\-‐‑–—－·・.．_/／]";
const NOT_AFTER_DIGIT = `(?<!${D}${S}?)(?<![A-Za-zＡ-Ｚａ-ｚ])`;
const NOT_BEFORE_DIGIT = `(?!${S}?${D})(?![A-Za-zＡ-Ｚａ-ｚ])`;
// Whole numbers only: a credit code or a document number must not look like an ID or a phone.
const ID_NUMBER = new RegExp(`${NOT_AFTER_DIGIT}(?:(?:${D}${S}?){17}[0-9０-９XxＸｘ]|(?:${D}${S}?){14}${D})${NOT_BEFORE_DIGIT}`, "g");
const MOBILE = new RegExp(`(?<!${D}${S}?)[1１]${S}?[3-9３-９](?:${S}?${D}){9}(?!${S}?${D})`, "g");
const LANDLINE = new RegExp(`(?<!${D}${S}?)[(（]?[0０]${D}{2,3}[)）]?${S}?(?:${D}${S}?){6,7}${D}(?!${S}?${D})`, "g");
/** A flat in an address (12号301室, 5幢2单元601室): a home, never shown for a natural person. */
const FLAT = /[\p{Script=Han}\dA-Za-z]{0,12}?[\d０-９]+(号|弄|幢|栋)[\d０-９\-号幢栋单元楼层]*[\d０-９]+室/gu;

export const ADDRESS_REMOVED = "(住址已隐去)";
export const PHONE_REMOVED = "(电话已隐去)";

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

/** Free text with the persons' names masked (王某某), their addresses and flats removed and every ID and phone number masked. */
export function redactText(text: string, persons: readonly PersonalData[]): string {
  if (!text) return text;
  let out = text;
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
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, persons)])) as T;
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
  const digits = digitsOf(text);
  if ([...text.matchAll(ID_NUMBER)].length || persons.some((p) => p.idNumber && digits.includes(digitsOf(p.idNumber)))) found.push("身份证号码");
  if ([...text.matchAll(MOBILE)].length || [...text.matchAll(LANDLINE)].length || persons.some((p) => p.phone && digitsOf(p.phone).length >= 7 && digits.includes(digitsOf(p.phone)))) found.push("电话号码");
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
