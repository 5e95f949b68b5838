import { applyEvent, listActions, replay, topState } from "../../workflows/engine/run";
import { normativeReviewProcedure as proc } from "../../workflows/normative-review";
import { normativeReviewDeadlines, reviewClock } from "../../workflows/normative-review/deadlines";
import { normativeReviewFigures } from "../../workflows/normative-review/statistics";
import { officialCalendar } from "./fixtures";
import { accepted, acceptPayload, adviser, director, draftFile, must, newCase, opinion, otherAdviser, request, staff } from "./normative-review-helpers";

const allow = () => null;
const ISSUE = { number: "彭司法审〔2026〕1号", sha256: "a".repeat(64) };

describe("the legality review of a normative document or contract", () => {
  it("runs from 送审 through review, sign-off and issue to archive", () => {
    let s = accepted();
    s = must(s, "SUBMIT_OPINION", adviser, opinion, "2026-10-09T02:00:00Z").snapshot;
    s = must(s, "RETURN", director, { comments: "请补充修改建议的依据" }, "2026-10-09T05:00:00Z").snapshot;
    expect(topState(s.value)).toBe("reviewing");
    s = must(s, "SUBMIT_OPINION", adviser, opinion, "2026-10-10T02:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-12T02:00:00Z").snapshot;
    s = must(s, "ISSUE", staff, ISSUE, "2026-10-12T03:00:00Z").snapshot;
    const archived = must(s, "ARCHIVE", staff, {}, "2026-10-13T03:00:00Z");
    expect(archived.state).toBe("archived");
    expect(archived.context.signOffs.map((r: { decision: string }) => r.decision)).toEqual(["returned", "approved"]);
    expect(archived.context.opinion.problems).toEqual([{ text: opinion.problems[0], article: "《中华人民共和国行政处罚法》第十六条" }]);
  });

  it("cannot be accepted before the draft is handed in, citing 713 art. 26", () => {
    const r = applyEvent(proc, newCase(), { type: "ACCEPT", actor: director, payload: acceptPayload(), at: "2026-09-29T02:00:00Z" });
    expect(r.kind === "refused" && r.reasons.map((x) => [x.guard, x.basis])).toEqual([["draftSubmitted", expect.stringContaining("第二十六条")]]);
    const shown = listActions(proc, newCase(), director, "2026-09-29T02:00:00Z", allow).find((a) => a.type === "ACCEPT")!;
    expect(shown.available).toBe(false);
    expect(shown.reasons[0].message).toContain("尚未提交送审稿");
  });

  it("is reviewed only by a 法律顾问/公职律师 of the office's roster", () => {
    const s = must(newCase(), "SUBMIT_DRAFT", staff, draftFile, "2026-09-28T02:00:00Z").snapshot;
    const notAdviser = applyEvent(proc, s, { type: "ACCEPT", actor: director, payload: acceptPayload(staff), at: "2026-09-29T02:00:00Z" });
    expect(notAdviser.kind === "refused" && notAdviser.reasons.map((x) => x.guard)).toEqual(["reviewerIsAdviser"]);
    const outsider = applyEvent(proc, s, { type: "ACCEPT", actor: director, payload: acceptPayload({ ...otherAdviser, officeId: 99 }), at: "2026-09-29T02:00:00Z" });
    expect(outsider.kind === "refused" && outsider.reasons.map((x) => x.guard)).toEqual(["reviewerInOffice"]);
    const byOther = applyEvent(proc, accepted(), { type: "SUBMIT_OPINION", actor: otherAdviser, payload: opinion, at: "2026-10-09T02:00:00Z" });
    expect(byOther.kind === "refused" && byOther.reasons[0].guard).toBe("actorIsReviewer");
  });

  it("requires each problem to name the provision it conflicts with, and problems for any conclusion but 合法", () => {
    const noArticle = applyEvent(proc, accepted(), { type: "SUBMIT_OPINION", actor: adviser, payload: { ...opinion, problems: ["第十二条设定罚款不妥"] }, at: "2026-10-09T02:00:00Z" });
    expect(noArticle.kind === "invalid" && [noArticle.issues[0].path, noArticle.issues[0].message]).toEqual([["problems", 0], expect.stringContaining("抵触的法律条款")]);
    const none = applyEvent(proc, accepted(), { type: "SUBMIT_OPINION", actor: adviser, payload: { ...opinion, conclusion: "unlawful", problems: [] }, at: "2026-10-09T02:00:00Z" });
    expect(none.kind === "invalid" && none.issues.map((i) => i.path)).toEqual([["problems"]]);
    const noSuggestion = applyEvent(proc, accepted(), { type: "SUBMIT_OPINION", actor: adviser, payload: { ...opinion, suggestions: "" }, at: "2026-10-09T02:00:00Z" });
    expect(noSuggestion.kind === "invalid" && noSuggestion.issues.map((i) => i.path)).toEqual([["suggestions"]]);
    expect(must(accepted(), "SUBMIT_OPINION", adviser, { conclusion: "lawful", reasoning: "未发现问题。" }, "2026-10-09T02:00:00Z").state).toBe("signOff");
  });

  it("is signed off by someone other than the reviewer, and issued only after an approving sign-off", () => {
    const s = must(accepted(), "SUBMIT_OPINION", adviser, opinion, "2026-10-09T02:00:00Z").snapshot;
    const self = applyEvent(proc, s, { type: "APPROVE", actor: { ...adviser, roles: ["legal_adviser", "judicial_director"] }, payload: {}, at: "2026-10-09T03:00:00Z" });
    expect(self.kind === "refused" && self.reasons[0].guard).toBe("signerIsNotReviewer");
    const early = applyEvent(proc, s, { type: "ISSUE", actor: staff, payload: ISSUE, at: "2026-10-09T03:00:00Z" });
    expect(early.kind).toBe("refused");
  });

  it("can be withdrawn only by whoever registered it or the head, and refused before acceptance", () => {
    const other = applyEvent(proc, accepted(), { type: "WITHDRAW", actor: { ...staff, id: 9 }, payload: { reason: "不再制定" }, at: "2026-10-09T02:00:00Z" });
    expect(other.kind === "refused" && other.reasons[0].guard).toBe("actorMayWithdraw");
    expect(must(accepted(), "WITHDRAW", staff, { reason: "不再制定" }, "2026-10-09T02:00:00Z").state).toBe("withdrawn");
    expect(must(newCase(), "REJECT", director, { reason: "不属于规范性文件" }, "2026-09-29T02:00:00Z").state).toBe("rejected");
  });

  it("replays its events to the same snapshot", () => {
    const input = { ...request, officeId: 10, requestedBy: { id: staff.id, name: staff.name }, requestedAt: "2026-09-28T01:00:00Z" };
    const events = [
      { type: "SUBMIT_DRAFT", at: "2026-09-28T02:00:00Z", actor: staff, payload: draftFile },
      { type: "ACCEPT", at: "2026-09-29T02:00:00Z", actor: director, payload: acceptPayload() },
      { type: "REQUEST_CORRECTION", at: "2026-09-30T02:00:00Z", actor: adviser, payload: { items: "制定依据" } },
      { type: "SUPPLY_CORRECTION", at: "2026-10-09T02:00:00Z", actor: staff, payload: { note: "已补充", files: [] } },
    ];
    let s = newCase();
    for (const e of events) s = must(s, e.type, e.actor, e.payload, e.at).snapshot;
    expect(replay(proc, input, events)).toEqual(s);
  });
});

describe("the review period", () => {
  it("is 7 working days from acceptance on the holiday calendar (accepted 9-29: 10-1 to 10-7 not counted, 10-10 调休 counted)", () => {
    const [d] = normativeReviewDeadlines(accepted().context as any, officialCalendar);
    // 9-30, 10-8, 10-9, 10-10, 10-12, 10-13, 10-14.
    expect([d.start, d.due, d.status]).toEqual(["2026-09-29", "2026-10-14", "open"]);
    expect(d.legalBasis).toContain("第二十六条");
  });

  it("stands still while 补正 is awaited and runs on with what was left once it arrives", () => {
    // Accepted Tue 9-29; 补正 asked Wed 9-30 (1 working day used, 6 left); supplied Mon 10-12.
    let s = must(accepted(), "REQUEST_CORRECTION", adviser, { items: "制定依据文本" }, "2026-09-30T02:00:00Z").snapshot;
    expect(topState(s.value)).toBe("correcting");
    expect(normativeReviewDeadlines(s.context as any, officialCalendar)).toEqual([]);
    expect(reviewClock(s.context as any, officialCalendar)).toEqual({ due: null, paused: true, pauses: [{ from: "2026-09-30", to: null }] });
    s = must(s, "SUPPLY_CORRECTION", staff, { note: "已补充", files: [] }, "2026-10-12T02:00:00Z").snapshot;
    const [d] = normativeReviewDeadlines(s.context as any, officialCalendar);
    // 6 working days after Mon 10-12: 10-13 … 10-20.
    expect(d.due).toBe("2026-10-20");
    expect(d.explanation).toContain("2026年9月30日通知补正至2026年10月12日补正送达期间不计入");
  });

  it("cannot be stretched by a 补正 asked after it ran out: the review stays overdue and is not counted on time", () => {
    // Due 10-14; 补正 asked 10-20, supplied 10-26.
    let s = must(accepted(), "REQUEST_CORRECTION", adviser, { items: "补充说明" }, "2026-10-20T02:00:00Z").snapshot;
    expect(normativeReviewDeadlines(s.context as any, officialCalendar).map((d) => d.due)).toEqual(["2026-10-14"]);
    s = must(s, "SUPPLY_CORRECTION", staff, { note: "已补充", files: [] }, "2026-10-26T02:00:00Z").snapshot;
    s = must(s, "SUBMIT_OPINION", adviser, opinion, "2026-10-26T03:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-26T04:00:00Z").snapshot;
    const late = must(s, "ISSUE", staff, ISSUE, "2026-10-26T05:00:00Z").context;
    expect(normativeReviewDeadlines(late, officialCalendar)[0].due).toBe("2026-10-14");
    expect(normativeReviewFigures([{ context: late }], officialCalendar).byType[0].issuedOnTime).toBe(0);
  });

  it("ends the day the material arrives when 补正 is asked on its last day", () => {
    const s = must(must(accepted(), "REQUEST_CORRECTION", adviser, { items: "补充说明" }, "2026-10-14T02:00:00Z").snapshot, "SUPPLY_CORRECTION", staff, { note: "已补充", files: [] }, "2026-10-19T02:00:00Z").snapshot;
    expect(normativeReviewDeadlines(s.context as any, officialCalendar)[0].due).toBe("2026-10-19");
  });

  it("is met once the opinion is issued, and cancelled when the request is withdrawn", () => {
    let s = must(accepted(), "SUBMIT_OPINION", adviser, opinion, "2026-10-09T02:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-12T02:00:00Z").snapshot;
    const issued = must(s, "ISSUE", staff, ISSUE, "2026-10-12T03:00:00Z").context;
    expect(normativeReviewDeadlines(issued, officialCalendar)[0].status).toBe("met");
    const withdrawn = must(accepted(), "WITHDRAW", staff, { reason: "不再制定" }, "2026-10-09T02:00:00Z").context;
    expect(normativeReviewDeadlines(withdrawn, officialCalendar)[0].status).toBe("cancelled");
  });
});

describe("the figures", () => {
  it("count reviewed normative documents and contracts the way the annual report states them", () => {
    let s = must(accepted(), "SUBMIT_OPINION", adviser, opinion, "2026-10-09T02:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-12T02:00:00Z").snapshot;
    const issuedOnTime = must(s, "ISSUE", staff, ISSUE, "2026-10-12T03:00:00Z").context;
    const contract = must(must(newCase(undefined, { documentType: "contract", counterparty: "某公司" }), "SUBMIT_DRAFT", staff, draftFile, "2026-09-28T02:00:00Z").snapshot, "ACCEPT", director, acceptPayload(), "2026-09-29T02:00:00Z").context;
    const notAccepted = must(newCase(), "REJECT", director, { reason: "不属于审查范围" }, "2026-09-29T02:00:00Z").context;
    const f = normativeReviewFigures([{ context: issuedOnTime }, { context: contract }, { context: notAccepted }], officialCalendar);
    expect(f.sentence).toBe("审查规范性文件1件，审查合同1件");
    const normative = f.byType.find((t) => t.type === "normative")!;
    expect([normative.submitted, normative.reviewed, normative.issued, normative.issuedOnTime, normative.conclusions.lawful_after_changes, normative.problems]).toEqual([2, 1, 1, 1, 1, 1]);
    expect([f.open, f.notAccepted]).toEqual([1, 1]);
  });
});
