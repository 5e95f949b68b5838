/**
 * A major decision through 713's procedure (applied by reference, art. 42): every guard holds and
 * refuses and cites its article; 不适用 needs a reason; a draft not reviewed or found unlawful never
 * reaches the meeting; the meeting's quorum, order of speaking and dissent are kept; the periods are
 * counted on the holiday calendar.
 */
import { majorDecisionProcedure as proc } from "../../workflows/major-decision";
import { ALL_GUARDS } from "../../workflows/major-decision/guards";
import { minimumCallEnd, minimumReviewDue } from "../../workflows/major-decision/deadlines";
import { officialCalendar } from "./fixtures";
import * as h from "./major-decision-helpers";
import { ROSTER } from "./fixtures";

const { step, refuse, at, staff, director, leader, adviser, ref } = h;

describe("guards of a major decision", () => {
  it("each cites 713 by article, or the rule it rests on", () => {
    for (const g of ALL_GUARDS) expect(g.basis, g.name).toMatch(/《重大行政决策程序暂行条例》第[一二三四五六七八九十]+条|议事规则|如实记录/);
    expect(ALL_GUARDS.length).toBeGreaterThanOrEqual(20);
  });

  it("callDatesInOrder and callLongEnough: a call of at least 30 days, or a shorter one with its reason published", () => {
    const s = h.launched();
    expect(refuse(s, "OPEN_CALL", staff, { ...h.CALL, opensOn: "2026-02-01" }, at("2026-02-03"))).toEqual(["callDatesInOrder"]);
    expect(refuse(s, "OPEN_CALL", staff, { ...h.CALL, closesOn: "2026-02-20" }, at("2026-02-03"))).toEqual(["callLongEnough"]);
    const short = step(s, "OPEN_CALL", staff, { ...h.CALL, closesOn: "2026-02-20", shortReason: "汛期前须出台" }, at("2026-02-03"));
    expect(short.context.call).toMatchObject({ closesOn: "2026-02-20", shortReason: "汛期前须出台" });
    expect(proc.deadlines(short.context, officialCalendar)[0].explanation).toContain("理由：汛期前须出台");
  });

  it("commentNotDisposed, allCommentsDisposed, callEnded, hearingSettled: every comment answered once, after the call, hearing held or not applicable", () => {
    let s = h.commenting();
    expect(refuse(s, "DISPOSE_COMMENT", staff, { comment: 11, disposition: "adopted", reason: "x" }, at("2026-03-06"))).toEqual(["commentNotDisposed"]);
    s = step(s, "DISPOSE_COMMENT", staff, { comment: 11, disposition: "rejected", reason: "与上位法不符", received: h.COMMENT }, at("2026-03-06")).snapshot;
    expect(refuse(s, "DISPOSE_COMMENT", staff, { comment: 11, disposition: "adopted", reason: "x", received: h.COMMENT }, at("2026-03-06"))).toEqual(["commentNotDisposed"]);
    expect(refuse(s, "CLOSE_CALL", staff, { receivedIds: [11] }, at("2026-03-05"))).toEqual(["callEnded", "hearingSettled"]);
    expect(refuse(s, "CLOSE_CALL", staff, { receivedIds: [11, 12] }, at("2026-03-06"))).toEqual(["allCommentsDisposed", "hearingSettled"]);
    expect(refuse(s, "HOLD_HEARING", staff, { materialsOn: "2026-02-20", heldOn: "2026-02-26", place: "街道会议室", summary: "听证" }, at("2026-03-01"))).toEqual(["materialsSevenDaysBefore"]);
    s = step(s, "HOLD_HEARING", staff, { materialsOn: "2026-02-19", heldOn: "2026-02-26", place: "街道会议室", summary: "听证参加人已签字" }, at("2026-03-01")).snapshot;
    expect(step(s, "CLOSE_CALL", staff, { receivedIds: [11] }, at("2026-03-06")).state).toBe("expertise");
  });

  it("expertHasNoInterest and expertiseSettled: an interested expert is excluded; no expert means 不适用 with a reason", () => {
    let s = h.commenting();
    s = step(s, "SKIP_HEARING", staff, { reason: "无分歧" }, at("2026-03-06")).snapshot;
    s = step(s, "CLOSE_CALL", staff, { receivedIds: [] }, at("2026-03-06")).snapshot;
    expect(refuse(s, "FINISH_EXPERTISE", staff, { note: "" }, at("2026-03-07"))).toEqual(["expertiseSettled"]);
    expect(refuse(s, "RECORD_EXPERT", staff, { name: "王工", field: "电梯", institution: "某电梯公司", interest: "yes", opinion: "可行" }, at("2026-03-07"))).toEqual(["expertHasNoInterest"]);
    expect(refuse(s, "SKIP_EXPERTISE", staff, { reason: "" }, at("2026-03-07"))).toEqual(["reason"]);
    const skipped = step(s, "SKIP_EXPERTISE", staff, { reason: "不属于专业技术性事项" }, at("2026-03-07"));
    expect(skipped.state).toBe("risk");
    expect(skipped.context.notApplicable).toMatchObject([{ step: "hearing" }, { step: "expert", reason: "不属于专业技术性事项" }]);
  });

  it("riskSettled and riskControllable: an uncontrollable risk holds the draft until it is adjusted and reassessed", () => {
    let r = h.commenting();
    r = step(r, "SKIP_HEARING", staff, { reason: "无分歧" }, at("2026-03-06")).snapshot;
    r = step(r, "CLOSE_CALL", staff, { receivedIds: [] }, at("2026-03-06")).snapshot;
    r = step(r, "SKIP_EXPERTISE", staff, { reason: "非专业事项" }, at("2026-03-07")).snapshot;
    expect(refuse(r, "FINISH_RISK", staff, { note: "" }, at("2026-03-08"))).toEqual(["riskSettled"]);
    r = step(r, "ASSESS_RISK", staff, { level: "uncontrollable", points: "大规模反对", measures: "暂无" }, at("2026-03-08")).snapshot;
    expect(refuse(r, "FINISH_RISK", staff, { note: "" }, at("2026-03-08"))).toEqual(["riskControllable"]);
    r = step(r, "REVISE_DRAFT", staff, { draft: { sha256: "e".repeat(64), name: "草案修改稿.pdf" }, note: "分两期实施" }, at("2026-03-09")).snapshot;
    r = step(r, "ASSESS_RISK", staff, { level: "high", points: "部分反对", measures: "分期实施、人民调解" }, at("2026-03-10")).snapshot;
    expect(step(r, "FINISH_RISK", staff, { note: "" }, at("2026-03-10")).state).toBe("legality");
  });

  it("reviewerIsAdviser and reviewWindowLongEnough: an adviser of the roster, 7 working days unless the head says why", () => {
    const s = h.toLegality();
    expect(refuse(s, "REQUEST_REVIEW", director, { ...h.REQUEST, reviewer: { ...ref(staff), roster: ROSTER } }, at("2026-03-11"))).toEqual(["reviewerIsAdviser"]);
    expect(refuse(s, "REQUEST_REVIEW", director, { ...h.REQUEST, reviewer: { ...ref(adviser), officeId: 99, roster: ROSTER } }, at("2026-03-11"))).toEqual(["reviewerIsAdviser"]);
    expect(refuse(s, "REQUEST_REVIEW", director, { ...h.REQUEST, dueOn: "2026-03-16" }, at("2026-03-11"))).toEqual(["reviewWindowLongEnough"]);
    expect(refuse(s, "REQUEST_REVIEW", staff, { ...h.REQUEST, dueOn: "2026-03-16", shortReason: "会议已定" }, at("2026-03-11"))).toEqual(["reviewWindowLongEnough"]);
    const short = step(s, "REQUEST_REVIEW", director, { ...h.REQUEST, dueOn: "2026-03-16", shortReason: "区里要求月中前上会" }, at("2026-03-11"));
    expect(proc.pendingTasks(short.state, short.context)).toEqual([{ label: "合法性审查：提出审查意见", role: null, userId: adviser.id }]);
    expect(proc.deadlines(short.context, officialCalendar).find((d) => d.key === "review-1")).toMatchObject({ due: "2026-03-16", status: "open" });
  });

  it("actorIsReviewer and reviewedLawful: only the reviewer answers; unlawful goes back, and never to the meeting", () => {
    let s = step(h.toLegality(), "REQUEST_REVIEW", director, h.REQUEST, at("2026-03-11")).snapshot;
    expect(refuse(s, "REVIEW_OPINION", director, h.LAWFUL, at("2026-03-12"))).toEqual(["actorIsReviewer"]);
    const back = step(s, "REVIEW_OPINION", adviser, { ...h.LAWFUL, content: "problem", problems: "第五条设定罚款——《中华人民共和国行政处罚法》第十六条", conclusion: "unlawful" }, at("2026-03-12"));
    expect(back.state).toBe("legality");
    expect(proc.pendingTasks("legality", back.context)[0].label).toContain("重新送审");
    expect(proc.events.RECORD_MEETING.guards.map((g) => g.name)).toContain("reviewedLawful");
    expect(ALL_GUARDS.find((g) => g.name === "reviewedLawful")!.test(back.context, { type: "RECORD_MEETING", at: at("2026-03-13"), actor: leader, payload: {} })).toBe(false);
    s = step(back.snapshot, "REVISE_DRAFT", staff, { draft: { sha256: "f".repeat(64), name: "修改稿.pdf" }, note: "删除第五条" }, at("2026-03-13")).snapshot;
    s = step(s, "REQUEST_REVIEW", director, { ...h.REQUEST, dueOn: "2026-03-24", minimumDue: "2026-03-24" }, at("2026-03-13")).snapshot;
    // Requested again and not yet answered: still not reviewed.
    expect(ALL_GUARDS.find((g) => g.name === "reviewedLawful")!.test(s.context as any, { type: "RECORD_MEETING", at: at("2026-03-13"), actor: leader, payload: {} })).toBe(false);
    const ok = step(s, "REVIEW_OPINION", adviser, { ...h.LAWFUL, number: "彭司法决审〔2026〕2号" }, at("2026-03-20"));
    expect(ok.state).toBe("meeting");
    expect((ok.context as any).reviews.map((r: any) => [r.round, r.conclusion])).toEqual([[1, "unlawful"], [2, "lawful"]]);
  });

  it("quorum, chairSpeaksLast, reasonIfAgainstMajority, dateNotFuture: the meeting as 713 art. 30 has it", () => {
    const s = h.toMeeting();
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, members: 8 }, at("2026-03-20", 8))).toEqual(["quorum"]);
    const wrongOrder = [h.OPINIONS[3], ...h.OPINIONS.slice(0, 3)];
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, opinions: h.opinionLines(wrongOrder) }, at("2026-03-20", 8))).toEqual(["chairSpeaksLast"]);
    const againstMajority = h.opinionLines(h.OPINIONS.map((o) => (o.name === "孙主任" ? o : { ...o, position: "disagree" })));
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, opinions: againstMajority }, at("2026-03-20", 8))).toEqual(["reasonIfAgainstMajority"]);
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-03-21" }, at("2026-03-20", 8))).toEqual(["dateNotFuture"]);
    const decided = step(s, "RECORD_MEETING", leader, { ...h.MEETING, opinions: againstMajority, againstMajorityReason: "已列入区实事项目，资金有保障" }, at("2026-03-20", 8));
    expect(decided.state).toBe("publication");
    // Dissent is kept as said.
    expect((decided.context as any).meetings[0].opinions[1]).toEqual({ name: "周副主任", position: "disagree", text: "财政负担较重，建议分两年实施。" });
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, opinions: "钱书记同意" }, at("2026-03-20", 8))).toEqual(["opinions.0"]);
  });

  it("修改后再议 goes back for review, 不予通过 ends the decision", () => {
    expect(step(h.toMeeting(), "RECORD_MEETING", leader, { ...h.MEETING, outcome: "revise" }, at("2026-03-20", 8)).state).toBe("legality");
    const no = step(h.toMeeting(), "RECORD_MEETING", leader, { ...h.MEETING, outcome: "rejected", againstMajorityReason: "资金无法落实" }, at("2026-03-20", 8));
    expect(no.state).toBe("ended");
    expect(step(no.snapshot, "ARCHIVE", staff, { note: "" }, at("2026-03-25")).state).toBe("archived");
  });

  it("publishedAfterMeeting, actorIsHead, evaluatorIndependent: published after the meeting, suspended only by the head, evaluated by another unit", () => {
    const m = step(h.toMeeting(), "RECORD_MEETING", leader, h.MEETING, at("2026-03-20", 8)).snapshot;
    expect(refuse(m, "PUBLISH_DECISION", staff, { publishedOn: "2026-03-19", text: "x", adoption: "y" }, at("2026-03-23"))).toEqual(["publishedAfterMeeting"]);
    let s = h.published();
    expect(refuse(s, "SUSPEND", staff, { reason: "紧急" }, at("2026-04-01"))).toEqual(["actorIsHead"]);
    s = step(s, "SUSPEND", leader, { reason: "施工发生安全事故" }, at("2026-04-01")).snapshot;
    s = step(s, "RESUME", leader, { text: "隐患已排除" }, at("2026-04-10")).snapshot;
    expect(refuse(s, "POST_EVALUATE", staff, { unit: "街道社区管理办公室", result: "良好", publishedOn: "2026-11-20" }, at("2026-11-20"))).toEqual(["evaluatorIndependent"]);
    const e = step(s, "POST_EVALUATE", staff, { unit: "上海某公共政策研究中心", result: "良好", publishedOn: "2026-11-20" }, at("2026-11-20"));
    expect(e.state).toBe("evaluated");
  });

  it("a decision in force is changed only through the procedure: a new draft, a new review after it, a new meeting and publication (713 art. 37)", () => {
    let s = h.published();
    const change = step(s, "CHANGE", leader, { draft: { sha256: "c".repeat(64), name: "调整稿.pdf" }, reason: "补贴标准随上位法调整", meeting: "街道党工委2026年第9次会议" }, at("2026-06-01"));
    expect(change.state).toBe("legality");
    expect((change.context as any).changes).toMatchObject([{ reason: "补贴标准随上位法调整", replaced: { publishedOn: "2026-03-23" } }]);
    // The earlier review does not cover the changed draft.
    expect(ALL_GUARDS.find((g) => g.name === "reviewedLawful")!.test(change.context as any, { type: "RECORD_MEETING", at: at("2026-06-02"), actor: leader, payload: {} })).toBe(false);
    s = step(change.snapshot, "REQUEST_REVIEW", director, { ...h.REQUEST, dueOn: "2026-06-12", minimumDue: "2026-06-10" }, at("2026-06-02")).snapshot;
    s = step(s, "REVIEW_OPINION", adviser, { ...h.LAWFUL, number: "彭司法决审〔2026〕5号" }, at("2026-06-08")).snapshot;
    s = step(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-06-10" }, at("2026-06-10", 8)).snapshot;
    const again = step(s, "PUBLISH_DECISION", staff, { publishedOn: "2026-06-11", text: "调整后的办法现予公布。", adoption: "同前。" }, at("2026-06-11"));
    expect(again.state).toBe("executing");
    expect((again.context as any).publication.publishedOn).toBe("2026-06-11");
    expect((again.context as any).meetings).toHaveLength(2);
  });

  it("chairIsHead, meetingAfterReview: the head chairs, after the review", () => {
    const s = h.toMeeting();
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, chair: ref(staff), opinions: h.opinionLines(h.OPINIONS.map((o) => (o.name === "孙主任" ? { ...o, name: "李干事" } : o))) }, at("2026-03-20", 8))).toEqual(["chairIsHead"]);
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-03-17" }, at("2026-03-20", 8))).toEqual(["meetingAfterReview"]);
    expect(step(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-03-18" }, at("2026-03-20", 8)).state).toBe("publication");
  });

  it("noHearingYet, noRiskAssessedYet, notInForce: one hearing record; an assessed risk is not 不适用; a decision in force is not dropped", () => {
    let s = h.commenting();
    s = step(s, "HOLD_HEARING", staff, { materialsOn: "2026-02-10", heldOn: "2026-02-20", place: "会议室", summary: "已签字" }, at("2026-02-21")).snapshot;
    expect(refuse(s, "HOLD_HEARING", staff, { materialsOn: "2026-02-12", heldOn: "2026-02-25", place: "会议室", summary: "第二次" }, at("2026-02-26"))).toEqual(["noHearingYet"]);
    let r = step(s, "CLOSE_CALL", staff, { receivedIds: [] }, at("2026-03-06")).snapshot;
    r = step(r, "SKIP_EXPERTISE", staff, { reason: "非专业事项" }, at("2026-03-07")).snapshot;
    const assessed = step(r, "ASSESS_RISK", staff, { level: "uncontrollable", points: "大规模反对", measures: "暂无" }, at("2026-03-08")).snapshot;
    expect(refuse(assessed, "SKIP_RISK", staff, { reason: "不需要" }, at("2026-03-08"))).toEqual(["noRiskAssessedYet"]);
    expect(step(r, "SKIP_RISK", staff, { reason: "不涉及社会稳定" }, at("2026-03-08")).state).toBe("legality");
    expect(step(assessed, "DROP", leader, { reason: "风险不可控，暂缓决策" }, at("2026-03-09")).state).toBe("ended");
    const changing = step(h.published(), "CHANGE", leader, { draft: { sha256: "c".repeat(64), name: "调整稿.pdf" }, reason: "调整标准", meeting: "党工委会议" }, at("2026-06-01")).snapshot;
    expect(refuse(changing, "DROP", leader, { reason: "不调整了" }, at("2026-06-02"))).toEqual(["notInForce"]);
  });

  it("a change the meeting does not adopt leaves the decision in force, executing; the review can be sent to another adviser", () => {
    let s = step(h.published(), "CHANGE", leader, { draft: { sha256: "c".repeat(64), name: "调整稿.pdf" }, reason: "调整标准", meeting: "党工委会议" }, at("2026-06-01")).snapshot;
    s = step(s, "REQUEST_REVIEW", director, { ...h.REQUEST, dueOn: "2026-06-12", minimumDue: "2026-06-10" }, at("2026-06-02")).snapshot;
    const other = { id: 4, name: "赵律师", roles: ["legal_adviser"], officeId: 10, roster: { ...ROSTER, licenceNo: "13101201810654321" } };
    s = step(s, "REQUEST_REVIEW", director, { ...h.REQUEST, reviewer: other, dueOn: "2026-06-15", minimumDue: "2026-06-12" }, at("2026-06-03")).snapshot;
    expect(proc.pendingTasks("reviewing", s.context as any)).toEqual([{ label: "合法性审查：提出审查意见", role: null, userId: 4 }]);
    expect(refuse(s, "REVIEW_OPINION", adviser, h.LAWFUL, at("2026-06-05"))).toEqual(["actorIsReviewer"]);
    s = step(s, "REVIEW_OPINION", { id: other.id, name: other.name, officeId: other.officeId, roles: ["legal_adviser"] }, { ...h.LAWFUL, number: "彭司法决审〔2026〕6号" }, at("2026-06-08")).snapshot;
    const kept = step(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-06-10", outcome: "rejected", againstMajorityReason: "资金无法落实" }, at("2026-06-10", 8));
    expect(kept.state).toBe("executing");
    expect((kept.context as any).ended).toBeNull();
    expect((kept.context as any).publication.publishedOn).toBe("2026-03-23");
  });

  it("reviewAskedForChanges: after 修改后合法 the draft is revised as asked and still goes to the meeting; after 合法 a revision goes back to review", () => {
    const requested = step(h.toLegality(), "REQUEST_REVIEW", director, h.REQUEST, at("2026-03-11")).snapshot;
    const revised = { draft: { sha256: "a".repeat(64), name: "按审查意见修改稿.pdf" }, note: "删除第五条" };
    const changes = step(requested, "REVIEW_OPINION", adviser, { ...h.LAWFUL, conclusion: "lawful_after_changes", problems: "第五条——《中华人民共和国行政处罚法》第十六条" }, at("2026-03-18")).snapshot;
    const r = step(changes, "REVISE_DRAFT", staff, revised, at("2026-03-19"));
    expect((r.context as any).drafts.at(-1)).toMatchObject({ perReview: 1 });
    expect(step(r.snapshot, "RECORD_MEETING", leader, h.MEETING, at("2026-03-20", 8)).state).toBe("publication");
    const lawful = h.toMeeting();
    expect(ALL_GUARDS.find((g) => g.name === "reviewAskedForChanges")!.test(lawful.context as any, { type: "REVISE_DRAFT", at: at("2026-03-19"), actor: staff, payload: {} })).toBe(false);
    expect(step(changes, "REVISE_DRAFT", staff, revised, at("2026-03-19")).state).toBe("meeting");
    expect(refuse(lawful, "REVISE_DRAFT", staff, revised, at("2026-03-19"))).toEqual(["stage"]);
  });

  it("hasDraft: the review is requested on a draft", () => {
    const g = ALL_GUARDS.find((x) => x.name === "hasDraft")!;
    expect(g.test(h.toLegality().context as any, { type: "REQUEST_REVIEW", at: at("2026-03-11"), actor: director, payload: {} })).toBe(true);
    expect(g.test({ ...(h.toLegality().context as any), launch: null, drafts: [] }, { type: "REQUEST_REVIEW", at: at("2026-03-11"), actor: director, payload: {} })).toBe(false);
  });
});

describe("periods on the holiday calendar", () => {
  it("a 30-day call whose 30th day is a rest day ends on the next working day", () => {
    // 2026-09-01 + 30 days = 2026-10-01, 国庆 (10-01…10-07): the call may close no earlier than 2026-10-08.
    const r = minimumCallEnd(officialCalendar, "2026-09-01");
    expect(r.due).toBe("2026-10-08");
    expect(r.explanation).toContain("顺延");
    expect(minimumCallEnd(officialCalendar, "2026-03-02").due).toBe("2026-04-01");
  });

  it("7 working days of review across 国庆 skip the holiday and count the make-up day", () => {
    // Requested Tuesday 2026-09-29: 9-30, (10-01…10-07 holiday), 10-08, 10-09, 10-10 (补班), 10-12, 10-13, 10-14.
    expect(minimumReviewDue(officialCalendar, "2026-09-29").due).toBe("2026-10-14");
    expect(minimumReviewDue(officialCalendar, "2026-03-11").due).toBe("2026-03-20");
  });
});
