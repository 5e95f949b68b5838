/**
 * 行政复议 and 行政诉讼 against an enforcement decision: registered when the street receives the copy
 * of the application or complaint, answered within the statute's period (行政复议法 48, 54, 88;
 * 行政诉讼法 67), and ended by the outcome, which corrects the decision where it revokes, changes or
 * declares it unlawful or void (the same path as RECORD_REVOCATION).
 */
import { z } from "zod";
import type { FormField, ProcedureEvent } from "../../engine/types";
import { DATE } from "../../mediation/events";
import { options } from "../forms";
import { keys } from "../schema-parts";
import { oneOf, optionalText, requiredText } from "../../validation";
import type { EnforcementContext, PersonRef } from "../context";
import { CHALLENGE_KINDS, CHALLENGE_OUTCOMES, challengesOf, corrects, type Challenge, type ChallengeOutcome } from "./context";


/** Working days for a 复议 answer (行政复议法 48, 54 and 88 ¶2); calendar days for a 答辩 (行政诉讼法 67). */
export const REVIEW_ANSWER_WORKING_DAYS = 10;
export const SIMPLE_REVIEW_ANSWER_WORKING_DAYS = 5;
export const LITIGATION_ANSWER_DAYS = 15;

export const RegisterChallengeSchema = z.object({
  kind: oneOf("复议或诉讼", keys(CHALLENGE_KINDS)),
  simple: oneOf("复议审理程序", ["no", "yes"] as const).default("no"),
  organ: requiredText("复议机关或人民法院", 100),
  caseNumber: requiredText("复议或诉讼案号", 60),
  filedOn: DATE("申请复议或起诉日期"),
  receivedOn: DATE("收到申请书（起诉状）副本日期"),
  claims: requiredText("申请人（原告）的请求和理由", 3000),
});
export const AnswerChallengeSchema = z.object({
  date: DATE("提交答复（答辩）日期"),
  content: requiredText("答复（答辩）意见", 10000),
  evidence: requiredText("提交的证据、依据和其他有关材料", 5000),
});
export const ChallengeOutcomeSchema = z
  .object({
    kind: oneOf("复议决定或裁判结果", keys(CHALLENGE_OUTCOMES)),
    date: DATE("复议决定或裁判日期"),
    reason: requiredText("复议决定或裁判的理由", 3000),
    fine: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number({ error: "变更后的罚款金额应为数字" }).int("变更后的罚款金额应为整数（元）").min(0, "变更后的罚款金额不能为负数").optional()),
  })
  .superRefine((o, ctx) => {
    if (o.kind === "changed" && o.fine === undefined) ctx.addIssue({ code: "custom", path: ["fine"], message: "变更后的罚款金额：决定被变更的，请填写变更后的罚款金额（不再罚款的填0）" });
    if (o.kind !== "changed" && o.fine !== undefined) ctx.addIssue({ code: "custom", path: ["fine"], message: "变更后的罚款金额：仅在决定被变更时填写" });
  });

export const CHALLENGE_FORMS = {
  REGISTER_CHALLENGE: [
    { name: "kind", label: "复议或诉讼", kind: "select", required: true, options: options(CHALLENGE_KINDS) },
    { name: "simple", label: "复议审理程序", kind: "select", options: [{ value: "no", label: "普通程序（十个工作日内答复）" }, { value: "yes", label: "简易程序（五个工作日内答复）" }], hint: "《中华人民共和国行政复议法》第四十八条、第五十四条；行政诉讼为十五日内答辩（《中华人民共和国行政诉讼法》第六十七条）" },
    { name: "organ", label: "复议机关或人民法院", kind: "text", required: true },
    { name: "caseNumber", label: "复议或诉讼案号", kind: "text", required: true },
    { name: "filedOn", label: "申请复议或起诉日期", kind: "date", required: true },
    { name: "receivedOn", label: "收到申请书（起诉状）副本日期", kind: "date", required: true },
    { name: "claims", label: "申请人（原告）的请求和理由", kind: "textarea", required: true },
  ],
  ANSWER_CHALLENGE: [
    { name: "date", label: "提交答复（答辩）日期", kind: "date", required: true },
    { name: "content", label: "答复（答辩）意见：作出决定的事实、证据、依据和程序", kind: "textarea", required: true },
    { name: "evidence", label: "提交的证据、依据和其他有关材料（逐项列明）", kind: "textarea", required: true },
  ],
  RECORD_CHALLENGE_OUTCOME: [
    { name: "kind", label: "复议决定或裁判结果", kind: "select", required: true, options: options(CHALLENGE_OUTCOMES) },
    { name: "date", label: "复议决定或裁判日期", kind: "date", required: true },
    { name: "reason", label: "复议决定或裁判的理由", kind: "textarea", required: true },
    { name: "fine", label: "变更后的罚款金额（元，仅被变更时填写；不再罚款的填0）", kind: "number" },
  ],
} satisfies Record<string, FormField[]>;

const p = <T>(e: ProcedureEvent) => e.payload as T;
const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });

export function registerChallenge(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const r = p<{ kind: Challenge["kind"]; simple?: "yes" | "no"; organ: string; caseNumber: string; filedOn: string; receivedOn: string; claims: string }>(e);
  const list = challengesOf(c);
  const challenge: Challenge = {
    n: list.length + 1, kind: r.kind, organ: r.organ, caseNumber: r.caseNumber, filedOn: r.filedOn, receivedOn: r.receivedOn, claims: r.claims,
    ...(r.kind === "review" && r.simple === "yes" ? { simple: true } : {}),
    registeredAt: e.at, registeredBy: by(e), answer: null, outcome: null,
  };
  return { challenges: [...list, challenge] };
}

const updatePending = (c: EnforcementContext, f: (x: Challenge) => Challenge) => challengesOf(c).map((x) => (x.outcome === null ? f(x) : x));

export function answerChallenge(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const a = p<{ date: string; content: string; evidence: string }>(e);
  return { challenges: updatePending(c, (x) => ({ ...x, answer: { date: a.date, content: a.content, evidence: a.evidence, by: by(e) } })) };
}

/** The outcome; one that corrects the decision is also its revocation or change, as RECORD_REVOCATION records it. */
export function challengeOutcome(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const o = p<{ kind: ChallengeOutcome; date: string; reason: string; fine?: number }>(e);
  const pending = challengesOf(c).find((x) => x.outcome === null)!;
  const fine = o.kind === "changed" ? Number(o.fine ?? 0) : null;
  const challenges = updatePending(c, (x) => ({ ...x, outcome: { kind: o.kind, date: o.date, reason: o.reason, fine, by: by(e) } }));
  if (!corrects(o.kind)) return { challenges };
  const source = `${pending.organ}${pending.caseNumber}${CHALLENGE_OUTCOMES[o.kind]}`;
  return { challenges, revocation: { kind: o.kind, date: o.date, reason: `${source}：${o.reason}`, fine, at: e.at } };
}
