/**
 * How a dispute leaves mediation other than by agreement, each with its article, and the referral
 * from a court or the police that is answered when it ends:
 * - 不予受理 (人民调解工作若干规定 art. 22) or 不予调解 (PML 17) at intake;
 * - 终止调解 when mediation fails (PML 26), a party asks to stop (PML 23) or refuses to go on (PML 17);
 * - 委派/移送调解 (PML 18): the referring body, its number and deadline, ended by a 回复函.
 */
import { z } from "zod";
import { chinaDate } from "../calendar/calendar";
import type { FormField, GuardRule } from "../engine/types";
import { DATE } from "./events";
import { oneOf, requiredText } from "../validation";
import type { MediationContext } from "./context";

type Guard = GuardRule<MediationContext>;
const PML = (n: string) => `《中华人民共和国人民调解法》第${n}条`;
const PMR = (n: string) => `《人民调解工作若干规定》（司法部令第75号）第${n}条`;
const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Grounds for not taking a dispute up; the first is 不予调解, the others 不予受理. */
export const DECLINE_GROUNDS = {
  refused: { label: "当事人一方明确拒绝调解", basis: PML("十七"), notice: "不予调解告知书" },
  reserved: { label: "法律、法规规定只能由专门机关管辖处理，或者禁止采用民间调解方式解决", basis: `${PMR("二十二")}第（一）项`, notice: "不予受理告知书" },
  handled: { label: "人民法院、公安机关或者其他行政机关已经受理或者解决", basis: `${PMR("二十二")}第（二）项`, notice: "不予受理告知书" },
} as const;
export type DeclineGround = keyof typeof DECLINE_GROUNDS;

export const TERMINATION_GROUNDS = {
  failed: { label: "调解不成", basis: PML("二十六") },
  requested: { label: "当事人要求终止调解", basis: `${PML("二十三")}第（二）项` },
  refused: { label: "当事人一方明确拒绝继续调解", basis: PML("十七") },
} as const;
export type TerminationGround = keyof typeof TERMINATION_GROUNDS;

export interface Referral {
  readonly body: string;
  readonly number: string;
  readonly due: string;
}
export interface ReferralReply {
  readonly date: string;
  readonly content: string;
  readonly by: { readonly id: number; readonly name: string };
  readonly at: string;
}

export const DeclineSchema = z.object({
  ground: oneOf("不予受理（调解）的情形", keys(DECLINE_GROUNDS)),
  reason: requiredText("不予受理（调解）的具体理由", 1000),
});
export const TerminateSchema = z.object({
  ground: oneOf("终止调解的情形", keys(TERMINATION_GROUNDS)),
  reason: requiredText("终止调解的具体理由", 1000),
});
export const ReplyReferralSchema = z.object({
  date: DATE("回复日期"),
  content: requiredText("调解情况及结果", 3000),
});

export const declineGroundHolds: Guard = {
  name: "declineGroundHolds",
  explain: "以当事人拒绝调解为由不予调解的，须有当事人一方明确拒绝调解",
  basis: PML("十七"),
  needsPayload: true,
  // Declines recorded before a ground was asked were all for a party's refusal.
  test: (c, e) => (e.payload.ground ?? "refused") !== "refused" || c.parties.some((p) => p.consent === "refused"),
};
export const referralToAnswer: Guard = {
  name: "referralToAnswer",
  explain: "本纠纷不是人民法院或公安机关委派（移送）的，或者已经回复",
  basis: PML("十八"),
  test: (c) => !!c.referral && !c.referralReply,
};
export const referralAnswered: Guard = {
  name: "referralAnswered",
  explain: "委派（移送）调解的纠纷，归档前须向委派单位回复调解结果（回复函）",
  basis: PML("十八"),
  test: (c) => !c.referral || !!c.referralReply,
};
export const replyNotFuture: Guard = {
  name: "replyNotFuture",
  explain: "回复日期不能晚于今天",
  basis: PML("十八"),
  needsPayload: true,
  test: (_c, e) => String(e.payload.date ?? "") <= chinaDate(e.at),
};
export const ENDING_GUARDS: readonly Guard[] = [declineGroundHolds, referralToAnswer, referralAnswered, replyNotFuture];

const groundField = (label: string, grounds: Record<string, { label: string; basis: string }>): FormField =>
  ({ name: "ground", label, kind: "select", required: true, options: Object.entries(grounds).map(([value, g]) => ({ value, label: `${g.label}（${g.basis}）` })) });

export const ENDING_FORMS = {
  DECLINE: [groundField("不予受理（调解）的情形", DECLINE_GROUNDS), { name: "reason", label: "不予受理（调解）的具体理由", kind: "textarea", required: true }],
  TERMINATE: [groundField("终止调解的情形", TERMINATION_GROUNDS), { name: "reason", label: "终止调解的具体理由", kind: "textarea", required: true }],
  REPLY_REFERRAL: [
    { name: "date", label: "回复日期", kind: "date", required: true },
    { name: "content", label: "调解情况及结果（将写入回复函）", kind: "textarea", required: true },
  ],
} satisfies Record<string, FormField[]>;

export const REFERRAL_INTAKE_FORM: FormField[] = [
  { name: "referringBody", label: "委派（移送）单位（法院诉前委派、公安警调对接时必填）", kind: "text" },
  { name: "referralNumber", label: "委派（移送）文书编号", kind: "text" },
  { name: "referralDue", label: "委派（移送）要求的办结期限", kind: "date" },
];

/** Where a referral can be answered: once the result is known. */
export const ANSWERABLE = ["performing", "closed", "declined", "terminated", "withdrawn"];
