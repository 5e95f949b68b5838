// Behaviours a review of the mediation procedure asked for, one test each.
import { applyEvent } from "../../workflows/engine/run";
import { mediationProcedure as proc } from "../../workflows/mediation";
import { mediationFigures } from "../../workflows/mediation/statistics";
import { agreementDoc, applicationForm, rightsNotice } from "../../templates/mediation/content";
import { mediator, started, step } from "./mediation-helpers";

const session = { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" };
const refused = (s: any, type: string, payload: object, at: string) => {
  const r = applyEvent(proc, s, { type, actor: mediator, payload, at });
  return r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.kind;
};
const oral = (s: any, date = "2026-09-08") => step(s, "AGREE_ORAL", { date, terms: "赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-08" }, `${date}T03:00:00Z`);
/** A written agreement signed the day it was reached: only it can go to 司法确认. */
const written = (s: any, date = "2026-09-08") => {
  const w = step(s, "AGREE_WRITTEN", { date, facts: "漏水", terms: "赔偿3000元", performance: "转账" }, `${date}T03:00:00Z`).snapshot;
  return step(w, "RECORD_SIGNED", { signedOn: date, signedCopy: { sha256: "a".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, `${date}T04:00:00Z`);
};
const BOTH = ["王大明", "赵小红"];

describe("PML 25 on every way out", () => {
  it("a red dispute cannot be terminated, withdrawn or moved before the police are notified", () => {
    const red = step(started(), "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "扬言报复" }, "2026-09-08T02:00:00Z").snapshot;
    expect(refused(red, "TERMINATE", { ground: "failed", reason: "分歧大" }, "2026-09-08T03:00:00Z")).toEqual(["policeNotifiedForRisk"]);
    expect(refused(red, "WITHDRAW", { party: 1, reason: "不调了" }, "2026-09-08T03:00:00Z")).toEqual(["policeNotifiedForRisk"]);
    expect(refused(red, "ESCALATE", { reason: "x", target: { id: 30, name: "街道", level: "street" } }, "2026-09-08T03:00:00Z")).toEqual(["policeNotifiedForRisk"]);
  });
});

describe("mediators", () => {
  it("only a 人民调解员 can be assigned as mediator (PML 19)", () => {
    const s = started();
    const officer = { mediator: { id: 9, name: "刘队员", roles: ["enforcement_officer"], officeId: 31 }, chosenByParties: "no" };
    expect(refused(s, "ASSIGN_MEDIATOR", officer, "2026-09-08T02:00:00Z")).toEqual(["assigneeIsMediator"]);
  });
});

describe("agreements and their effect", () => {
  it("counts an agreement never signed before termination as no success, and leaves it out of the file", () => {
    let s = step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").snapshot;
    s = step(s, "AGREE_WRITTEN", { date: "2026-09-08", facts: "事实", terms: "赔偿", performance: "转账" }, "2026-09-08T03:00:00Z").snapshot;
    const ended = step(s, "TERMINATE", { ground: "refused", reason: "一方拒绝签字" }, "2026-09-09T02:00:00Z").context;
    expect(mediationFigures([{ context: ended, officeName: "x" }])).toMatchObject({ successful: 0, successRate: 0 });
    expect(agreementDoc({ c: ended, caseNumber: "n", committee: "c", at: "2026-09-10T00:00:00Z" })).toBeNull();
  });

  it("applies for confirmation within the window counted on today's calendar", () => {
    let s = step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").snapshot;
    s = written(s).snapshot; // stored due 2026-10-08
    const late = { date: "2026-10-09", court: "静安区人民法院", applicants: BOTH };
    expect(refused(s, "APPLY_CONFIRMATION", late, "2026-10-09T02:00:00Z")).toEqual(["withinConfirmationWindow"]);
    expect(step(s, "APPLY_CONFIRMATION", { ...late, windowDue: "2026-10-09" }, "2026-10-09T02:00:00Z").context.confirmation.court).toBe("静安区人民法院");
  });

  it("records a ruling only after its application, and no second application after a rejection", () => {
    let s = step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").snapshot;
    s = written(s).snapshot;
    s = step(s, "APPLY_CONFIRMATION", { date: "2026-09-10", court: "静安区人民法院", applicants: BOTH }, "2026-09-10T02:00:00Z").snapshot;
    expect(refused(s, "RECORD_RULING", { ruling: "valid", date: "2026-09-09" }, "2026-09-20T02:00:00Z")).toEqual(["rulingAfterApplication"]);
    s = step(s, "RECORD_RULING", { ruling: "rejected", date: "2026-09-20" }, "2026-09-20T02:00:00Z").snapshot;
    expect(refused(s, "APPLY_CONFIRMATION", { date: "2026-09-21", court: "静安区人民法院", applicants: BOTH }, "2026-09-21T02:00:00Z")).toEqual(["confirmationNotYetApplied"]);
  });

  it("re-mediation keeps the unperformed agreement on file and needs a new follow-up to close", () => {
    let s = step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").snapshot;
    s = oral(s).snapshot;
    s = step(s, "FOLLOW_UP", { date: "2026-09-20", method: "phone", visited: "李四", performance: "none", note: "未道歉" }, "2026-09-20T02:00:00Z").snapshot;
    const back = step(s, "REMEDIATE", { reason: "未履行" }, "2026-09-21T02:00:00Z");
    expect(back.context.priorAgreements).toHaveLength(1);
    expect(back.context.priorAgreements[0]).toMatchObject({ reason: "未履行", agreement: { terms: "赔礼道歉" }, followUps: [{ performance: "none" }] });
    let again = step(back.snapshot, "RECORD_SESSION", { ...session, date: "2026-09-22" }, "2026-09-22T02:00:00Z").snapshot;
    again = oral(again, "2026-09-22").snapshot;
    expect(refused(again, "CLOSE", {}, "2026-09-23T02:00:00Z")).toEqual(["hasFollowUp"]);
  });
});

describe("documents a 司法所 would accept", () => {
  it("dates the rights notice when it was served and files an application only when a party applied", () => {
    const c = step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").context;
    const input = { c, caseNumber: "n", committee: "委员会", at: "2026-12-01T00:00:00Z" };
    expect(rightsNotice(input).signatures!.at(-1)).toBe("2026年9月7日");
    expect(applicationForm(input)).not.toBeNull();
    expect(applicationForm({ ...input, c: { ...c, source: "grid" } })).toBeNull();
  });
});

describe("list order", () => {
  it("an ended red dispute no longer sorts above open ones", () => {
    let s = step(started(), "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "扬言" }, "2026-09-08T02:00:00Z").snapshot;
    expect(proc.badge!(s.context as any)?.priority).toBe(3);
    s = step(s, "NOTIFY_POLICE", { station: "派出所", note: "已通报", measures: "民警参与" }, "2026-09-08T03:00:00Z").snapshot;
    const ended = step(s, "TERMINATE", { ground: "failed", reason: "终止" }, "2026-09-09T02:00:00Z").context;
    expect(proc.badge!(ended)).toMatchObject({ priority: 0, tone: "red" });
  });
});
