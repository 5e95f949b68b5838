import { applyEvent, listActions, replay, topState } from "../../workflows/engine/run";
import { mediationProcedure as proc } from "../../workflows/mediation";
import { mediationDeadlines } from "../../workflows/mediation/deadlines";
import { officialCalendar } from "./fixtures";
import { applicant, intake, mediator, mediatorRef, newMediation, respondent, started, step } from "./mediation-helpers";

const refuse = (s: any, type: string, payload: object, at: string) => {
  const r = applyEvent(proc, s, { type, actor: mediator, payload, at });
  if (r.kind === "applied") throw new Error(`${type} was applied`);
  return r;
};
const guardsOf = (r: ReturnType<typeof refuse>) => (r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.issues.map((i) => i.path.join(".")));

describe("mediation intake", () => {
  it("refuses a party with a wrong ID number or phone, naming the field", () => {
    const r = refuse(newMediation(), "ADD_PARTY", { ...applicant, idNumber: "110105194912310021", phone: "12345" }, "2026-09-07T02:00:00Z");
    expect(r.kind === "invalid" && r.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["phone", expect.stringContaining("电话号码格式不正确")],
      ["idNumber", expect.stringContaining("校验位")],
    ]);
  });

  it("requires an organisation's credit code and legal representative", () => {
    const r = refuse(newMediation(), "ADD_PARTY", { side: "respondent", kind: "organisation", name: "某物业公司", creditCode: "91350100M000100Y44" }, "2026-09-07T02:00:00Z");
    expect(guardsOf(r)).toEqual(["creditCode", "legalRepresentative"]);
  });

  it("cannot start without both sides, consent, a risk grade and a mediator, and says each reason", () => {
    let s = step(newMediation(), "ADD_PARTY", applicant, "2026-09-07T02:00:00Z").snapshot;
    const r = refuse(s, "START", {}, "2026-09-07T02:00:00Z");
    expect(guardsOf(r)).toEqual(["partiesOnBothSides", "allPartiesConsent", "riskGraded", "mediatorAssigned"]);
    s = step(s, "ADD_PARTY", respondent, "2026-09-07T02:00:00Z").snapshot;
    const actions = listActions(proc, s, mediator, "2026-09-07T02:00:00Z", () => null);
    expect(actions.find((a) => a.type === "START")?.reasons.map((x) => x.basis)).toContain("《中华人民共和国人民调解法》第十七条");
  });

  it("a party's clear refusal means no mediation: only 不予调解 (PML 17)", () => {
    let s = step(newMediation(), "ADD_PARTY", applicant, "2026-09-07T02:00:00Z").snapshot;
    s = step(s, "ADD_PARTY", respondent, "2026-09-07T02:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "DECLINE", { ground: "refused", reason: "x" }, "2026-09-07T02:00:00Z"))).toEqual(["declineGroundHolds"]);
    s = step(s, "RECORD_CONSENT", { party: 2, consent: "refused", note: "不愿调解" }, "2026-09-07T02:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "START", {}, "2026-09-07T02:00:00Z"))).toContain("allPartiesConsent");
    expect(step(s, "DECLINE", { ground: "refused", reason: "被申请人明确拒绝调解" }, "2026-09-07T03:00:00Z").state).toBe("declined");
  });

  it("a red grade blocks mediation until the police are notified (PML 25), and a revision needs a reason", () => {
    let s = started();
    s = step(s, "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "一方扬言报复" }, "2026-09-08T02:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "GRADE_RISK", { grade: "green", factors: [] }, "2026-09-08T03:00:00Z"))).toEqual(["revisionHasReason"]);
    // Re-graded red in the middle of mediation: not even a session is recorded until the report is (PML 25).
    const session = { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "居委会调解室", participants: "双方", content: "调解" };
    expect(guardsOf(refuse(s, "RECORD_SESSION", session, "2026-09-08T04:00:00Z"))).toEqual(["policeNotifiedForRisk"]);
    const agreement = { date: "2026-09-08", facts: "漏水", terms: "赔偿3000元", performance: "9月30日前转账" };
    expect(guardsOf(refuse(s, "AGREE_WRITTEN", agreement, "2026-09-08T05:00:00Z"))).toContain("policeNotifiedForRisk");
    s = step(s, "NOTIFY_POLICE", { station: "彭浦新村派出所", note: "已电话通报", measures: "安排社区民警参与调解，告知双方不得采取过激行为" }, "2026-09-08T04:30:00Z").snapshot;
    s = step(s, "RECORD_SESSION", session, "2026-09-08T04:40:00Z").snapshot;
    expect(step(s, "AGREE_WRITTEN", agreement, "2026-09-08T06:00:00Z").state).toBe("signing");
  });
});

describe("sessions and agreements", () => {
  it("refuses a session dated before acceptance or in the future", () => {
    const s = started();
    const session = { kind: "investigation", start: "09:00", end: "10:00", place: "现场", subject: "李四，男，住彭浦新村12号201室", participants: "调解员", content: "查看漏水" };
    expect(guardsOf(refuse(s, "RECORD_SESSION", { ...session, date: "2026-09-06" }, "2026-09-08T02:00:00Z"))).toEqual(["dateNotBeforeAcceptance"]);
    expect(guardsOf(refuse(s, "RECORD_SESSION", { ...session, date: "2026-09-09" }, "2026-09-08T02:00:00Z"))).toEqual(["dateNotBeforeAcceptance"]);
  });

  it("a record states when it began and ended, and an investigation whom it asked", () => {
    const s = started();
    const session = { kind: "investigation", date: "2026-09-08", start: "09:00", end: "10:00", place: "现场", subject: "李四，男，住彭浦新村12号201室", participants: "调解员", content: "查看漏水" };
    const at = "2026-09-08T04:00:00Z";
    const { start: _start, end: _end, ...untimed } = session;
    expect(guardsOf(refuse(s, "RECORD_SESSION", untimed, at))).toEqual(["start", "end"]);
    expect(guardsOf(refuse(s, "RECORD_SESSION", { ...session, end: "08:30" }, at))).toEqual(["end"]);
    expect(guardsOf(refuse(s, "RECORD_SESSION", { ...session, subject: "" }, at))).toEqual(["subject"]);
    // A mediation session needs no 被调查人.
    const c = step(s, "RECORD_SESSION", { ...session, kind: "mediation", subject: "" }, at).context;
    expect(c.sessions.at(-1)).toMatchObject({ start: "09:00", end: "10:00" });
  });

  it("refuses an agreement before any mediation session, or dated before the last one", () => {
    let s = started();
    const agreement = { date: "2026-09-08", facts: "漏水", terms: "赔偿", performance: "一周内" };
    expect(guardsOf(refuse(s, "AGREE_WRITTEN", agreement, "2026-09-10T02:00:00Z"))).toEqual(["hasMediationSession"]);
    s = step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-09", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, "2026-09-10T02:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "AGREE_WRITTEN", agreement, "2026-09-10T02:00:00Z"))).toEqual(["agreementAfterSessions"]);
  });

  it("a written agreement takes effect only with the signed copy; then confirmation is due in 30 days", () => {
    let s = started();
    s = step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, "2026-09-08T02:00:00Z").snapshot;
    s = step(s, "AGREE_WRITTEN", { date: "2026-09-08", facts: "漏水", terms: "赔偿3000元", performance: "转账" }, "2026-09-08T03:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "APPLY_CONFIRMATION", { date: "2026-09-09", court: "静安区人民法院", applicants: "王大明\n赵小红" }, "2026-09-09T02:00:00Z"))).toEqual(["stage"]);
    const early = refuse(s, "RECORD_SIGNED", { signedOn: "2026-09-07", signedCopy: { sha256: "a".repeat(64), name: "协议.pdf" } }, "2026-09-08T05:00:00Z");
    expect(guardsOf(early)).toEqual(["signedOnValid"]);
    const signed = step(s, "RECORD_SIGNED", { signedOn: "2026-09-08", signedCopy: { sha256: "a".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, "2026-09-10T02:00:00Z");
    expect(signed.context.agreement.effectiveOn).toBe("2026-09-08");
    const deadline = mediationDeadlines(signed.context, officialCalendar).find((d) => d.key === "confirmation")!;
    expect(deadline).toMatchObject({ start: "2026-09-08", due: "2026-10-08", legalBasis: expect.stringContaining("第三十三条") });
    expect(guardsOf(refuse(signed.snapshot, "APPLY_CONFIRMATION", { date: "2026-10-09", court: "静安区人民法院", applicants: ["王大明", "赵小红"] }, "2026-10-10T02:00:00Z"))).toEqual(["withinConfirmationWindow"]);
    const applied = step(signed.snapshot, "APPLY_CONFIRMATION", { date: "2026-10-08", court: "静安区人民法院", applicants: "王大明\n赵小红" }, "2026-10-08T02:00:00Z");
    expect(mediationDeadlines(applied.context, officialCalendar).find((d) => d.key === "confirmation")!.status).toBe("met");
  });

  it("an oral agreement takes effect when reached (PML 30); closing needs a follow-up (PML 31)", () => {
    let s = started();
    s = step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, "2026-09-08T02:00:00Z").snapshot;
    const oral = step(s, "AGREE_ORAL", { date: "2026-09-08", terms: "双方互相赔礼道歉，和好如初", performance: "当场", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-08" }, "2026-09-08T03:00:00Z");
    expect(oral.state).toBe("performing");
    expect(guardsOf(refuse(oral.snapshot, "CLOSE", {}, "2026-09-09T02:00:00Z"))).toEqual(["hasFollowUp"]);
    expect(guardsOf(refuse(oral.snapshot, "FOLLOW_UP", { date: "2026-09-09", performance: "full", note: "已履行" }, "2026-09-09T02:00:00Z")).sort()).toEqual(["method", "visited"]);
    const visited = step(oral.snapshot, "FOLLOW_UP", { date: "2026-09-09", method: "phone", visited: "李四", performance: "full", note: "已履行" }, "2026-09-09T02:00:00Z");
    expect((visited.context as any).followUps[0]).toMatchObject({ method: "phone", visited: "李四" });
    expect(step(visited.snapshot, "CLOSE", {}, "2026-09-09T03:00:00Z").state).toBe("closed");
  });

  it("a follow-up finding no performance can send the case back to mediation", () => {
    let s = started();
    s = step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, "2026-09-08T02:00:00Z").snapshot;
    s = step(s, "AGREE_ORAL", { date: "2026-09-08", terms: "被申请人向申请人赔礼道歉，今后不再在楼道堆物", performance: "一周内", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-08" }, "2026-09-08T03:00:00Z").snapshot;
    s = step(s, "FOLLOW_UP", { date: "2026-09-16", method: "phone", visited: "李四", performance: "none", note: "仍在楼道堆物" }, "2026-09-16T02:00:00Z").snapshot;
    const back = step(s, "REMEDIATE", { reason: "未履行" }, "2026-09-16T03:00:00Z");
    expect(back.state).toBe("mediating");
    expect(back.context.agreement).toBeNull();
  });
});

describe("tiered handling", () => {
  it("moves up and down with reasons, and not past the district or below a committee", () => {
    let s = started();
    const street = step(s, "ESCALATE", { reason: "涉及多户", target: { id: 30, name: "彭浦新村街道", level: "street" } }, "2026-09-08T02:00:00Z");
    expect(street.context).toMatchObject({ officeId: 30, level: "street" });
    expect(street.context.moves[0]).toMatchObject({ from: "committee", to: "street", direction: "up", reason: "涉及多户" });
    s = step(street.snapshot, "ESCALATE", { reason: "跨街道", target: { id: 1, name: "区", level: "district" } }, "2026-09-09T02:00:00Z").snapshot;
    expect(guardsOf(refuse(s, "ESCALATE", { reason: "x", target: { id: 2, name: "x", level: "district" } }, "2026-09-10T02:00:00Z"))).toEqual(["canEscalate"]);
    expect(guardsOf(refuse(started(), "DELEGATE", { reason: "x", target: { id: 32, name: "x", level: "committee" } }, "2026-09-10T02:00:00Z"))).toEqual(["canDelegate"]);
  });
});

describe("mediation deadlines", () => {
  it("one month from 7 September 2026 ends on 7 October, a holiday, so 8 October (PMR 33)", () => {
    const [conclude] = mediationDeadlines(newMediation().context as any, officialCalendar);
    expect(conclude).toMatchObject({ key: "conclude", start: "2026-09-07", due: "2026-10-08", legalBasis: "《人民调解工作若干规定》第三十三条" });
    expect(conclude.explanation).toContain("顺延");
  });

  it("a recorded extension moves the conclusion deadline and says why", () => {
    const s = started();
    const extended = step(s, "EXTEND", { days: 15, reason: "需等待房屋鉴定" }, "2026-09-20T02:00:00Z");
    const [conclude] = mediationDeadlines(extended.context, officialCalendar);
    expect(conclude.due).toBe("2026-10-23");
    expect(conclude.rule).toContain("需等待房屋鉴定");
    expect(guardsOf(refuse(extended.snapshot, "EXTEND", { days: 5, reason: "再延" }, "2026-09-21T02:00:00Z"))).toEqual(["notExtendedYet"]);
  });
});

describe("replay", () => {
  it("rebuilds a mediation from its events", () => {
    const input = { ...intake, disputeTypeLabel: "邻里纠纷", officeId: 31, streetId: 30, level: "committee", acceptedBy: { id: mediator.id, name: mediator.name }, acceptedAt: "2026-09-07T01:00:00Z", followUpDays: 15 };
    const log = [
      ["ADD_PARTY", applicant], ["ADD_PARTY", respondent], ["RECORD_CONSENT", { party: 1, consent: "given" }], ["RECORD_CONSENT", { party: 2, consent: "given" }],
      ["GRADE_RISK", { grade: "yellow", factors: ["vulnerable"] }], ["ASSIGN_MEDIATOR", mediatorRef], ["START", {}],
    ] as const;
    let s = newMediation();
    const applied = log.map(([type, payload]) => {
      const r = step(s, type, payload, "2026-09-07T02:00:00Z");
      s = r.snapshot;
      return { type, at: "2026-09-07T02:00:00Z", actor: mediator, payload: r.event.payload };
    });
    expect(topState(s.value)).toBe("mediating");
    expect(replay(proc, input, applied)).toEqual(s);
  });
});
