/**
 * 不予受理 / 不予调解 and 终止 with their articles (PML 17, 23, 26; 人民调解工作若干规定 22), and a referral
 * from the police (PML 18) answered by a 回复函 before the file is archived.
 */
import { applyEvent } from "../../workflows/engine/run";
import { mediationProcedure as proc } from "../../workflows/mediation";
import { MediationIntakeSchema } from "../../workflows/mediation/events";
import { officialCalendar } from "./fixtures";
import { declineNotice, referralReply, terminationNotice } from "../../templates/mediation/endings";
import { applicant, intake, mediator, newMediation, newReferred, referral, respondent, started, step } from "./mediation-helpers";

const attempt = (s: any, type: string, payload: object, at: string) => {
  const r = applyEvent(proc, s, { type, actor: mediator, payload, at });
  return r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.kind === "invalid" ? r.issues.map((i) => `${i.path.join(".")}｜${i.message}`) : r.state;
};
const doc = (c: any) => ({ c, caseNumber: "（2026）彭人调字第3号", committee: "彭浦新村街道第一居委会人民调解委员会", at: "2026-09-09T02:00:00Z" });
const withParties = (s = newMediation()) => step(step(s, "ADD_PARTY", applicant, "2026-09-07T02:00:00Z").snapshot, "ADD_PARTY", respondent, "2026-09-07T02:00:00Z").snapshot;

describe("declining at intake", () => {
  it("declines a dispute a court has already accepted without anyone refusing, and says 不予受理 under 第二十二条", () => {
    const r = step(withParties(), "DECLINE", { ground: "handled", reason: "同一纠纷已由静安区人民法院立案受理" }, "2026-09-07T03:00:00Z");
    expect(r.state).toBe("declined");
    expect(r.context.ending).toMatchObject({ kind: "declined", ground: "handled" });
    const text = JSON.stringify(declineNotice(doc(r.context)));
    expect(text).toContain("不予受理告知书");
    expect(text).toContain("《人民调解工作若干规定》（司法部令第75号）第二十二条第（二）项");
    expect(text).toContain("向人民法院起诉");
  });

  it("declines for a party's refusal only when one refused (PML 17), and asks for the ground", () => {
    expect(attempt(withParties(), "DECLINE", { ground: "refused", reason: "不愿调解" }, "2026-09-07T03:00:00Z")).toEqual(["declineGroundHolds"]);
    expect(attempt(withParties(), "DECLINE", { reason: "不愿调解" }, "2026-09-07T03:00:00Z")).toEqual([expect.stringMatching(/^ground｜.*不予受理（调解）的情形/)]);
    const refused = step(withParties(), "RECORD_CONSENT", { party: 2, consent: "refused", note: "" }, "2026-09-07T02:00:00Z").snapshot;
    const r = step(refused, "DECLINE", { ground: "refused", reason: "被申请人明确拒绝调解" }, "2026-09-07T03:00:00Z");
    expect(JSON.stringify(declineNotice(doc(r.context)))).toContain("不予调解告知书");
  });
});

describe("terminating with its ground", () => {
  it("names 第二十三条 when a party asks to stop, and 第二十六条 when mediation fails", () => {
    const asked = step(started(), "TERMINATE", { ground: "requested", reason: "申请人要求终止，拟起诉" }, "2026-09-09T02:00:00Z").context;
    expect(JSON.stringify(terminationNotice(doc(asked)))).toContain("《中华人民共和国人民调解法》第二十三条第（二）项和《中华人民共和国人民调解法》第二十六条");
    const failed = step(started(), "TERMINATE", { ground: "failed", reason: "双方分歧过大" }, "2026-09-09T02:00:00Z").context;
    expect(JSON.stringify(terminationNotice(doc(failed)))).toContain("因调解不成（双方分歧过大），根据《中华人民共和国人民调解法》第二十六条");
    expect(attempt(started(), "TERMINATE", { ground: "tired", reason: "x" }, "2026-09-09T02:00:00Z")).toEqual([expect.stringMatching(/^ground｜/)]);
  });
});

describe("a referral from the police (PML 18)", () => {
  it("is registered with the referring body, its number and its deadline", () => {
    const r = MediationIntakeSchema.safeParse({ ...intake, source: "police" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["referringBody", "referralNumber", "referralDue"]);
    expect(r.error!.issues[0].message).toContain("第十八条");
    expect(MediationIntakeSchema.safeParse({ ...intake, ...referral }).success).toBe(true);
    const c = newReferred().context as any;
    expect(c.referral).toEqual({ body: referral.referringBody, number: referral.referralNumber, due: "2026-10-07" });
    expect(proc.deadlines(c, officialCalendar).find((d) => d.key === "referral-reply")).toMatchObject({ due: "2026-10-07", status: "open" });
  });

  it("cannot be archived until the 回复函 is recorded, dated after the ending, and the reply names the body's number", () => {
    const ended = step(withParties(newReferred()), "DECLINE", { ground: "handled", reason: "已由法院受理" }, "2026-09-08T03:00:00Z").snapshot;
    expect(attempt(ended, "ARCHIVE", {}, "2026-09-09T02:00:00Z")).toEqual(["referralAnswered"]);
    expect(attempt(ended, "REPLY_REFERRAL", { date: "2026-09-07", content: "不予受理" }, "2026-09-09T02:00:00Z")).toEqual(["date｜回复日期：不能早于调解结束的日期（2026年9月8日），请核对"]);
    const replied = step(ended, "REPLY_REFERRAL", { date: "2026-09-09", content: "已告知当事人向法院主张。" }, "2026-09-09T02:00:00Z");
    expect(proc.deadlines(replied.context, officialCalendar).find((d) => d.key === "referral-reply")?.status).toBe("met");
    expect(JSON.stringify(referralReply(doc(replied.context)))).toContain("你单位静公彭调〔2026〕15号委派（移送）本委员会调解");
    expect(attempt(replied.snapshot, "REPLY_REFERRAL", { date: "2026-09-09", content: "再次回复" }, "2026-09-09T03:00:00Z")).toEqual(["referralToAnswer"]);
    expect(attempt(replied.snapshot, "ARCHIVE", {}, "2026-09-10T02:00:00Z")).toBe("archived");
  });

  it("keeps no referral on a dispute from another source, and refuses a deadline already past at intake", () => {
    const c = newMediation().context as any;
    expect(c.referral).toBeUndefined();
    const filing = { officeId: 31, officeKind: "committee" as const, streetId: 30, by: { id: 21, name: "张调解员" }, at: "2026-09-07T01:00:00Z", settings: {} };
    const parsed = MediationIntakeSchema.parse({ ...intake, ...referral, referralDue: "2026-09-06" });
    expect(proc.validateCreate!(parsed, filing)).toEqual([{ path: ["referralDue"], message: "委派（移送）要求的办结期限：不能早于受理之日" }]);
    expect(proc.validateCreate!(MediationIntakeSchema.parse({ ...intake, ...referral }), filing)).toEqual([]);
  });

  it("a dispute nobody referred has nothing to answer", () => {
    const ended = step(started(), "TERMINATE", { ground: "failed", reason: "分歧大" }, "2026-09-09T02:00:00Z").snapshot;
    expect(attempt(ended, "REPLY_REFERRAL", { date: "2026-09-09", content: "x" }, "2026-09-09T03:00:00Z")).toEqual(["referralToAnswer"]);
    expect(proc.deadlines(ended.context as any, officialCalendar).some((d) => d.key === "referral-reply")).toBe(false);
  });
});
