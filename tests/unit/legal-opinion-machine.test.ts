import { applyEvent, listActions, replay, topState } from "../../workflows/engine/run";
import { legalOpinionProcedure as proc } from "../../workflows/legal-opinion";
import { legalOpinionDeadlines } from "../../workflows/legal-opinion/deadlines";
import { officialCalendar } from "./fixtures";
import { acceptPayload, adviser, director, draft, must, newCase, otherAdviser, request, staff } from "./legal-opinion-helpers";
import { ROSTER } from "./fixtures";

const allow = () => null;

describe("legal-opinion procedure", () => {
  it("runs from request through review to issue and archive", () => {
    let s = newCase();
    s = must(s, "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    s = must(s, "SUBMIT_DRAFT", adviser, draft, "2026-10-09T02:00:00Z").snapshot;
    s = must(s, "RETURN", director, { comments: "请补充违约金计算依据" }, "2026-10-09T05:00:00Z").snapshot;
    expect(topState(s.value)).toBe("drafting");
    s = must(s, "SUBMIT_DRAFT", adviser, draft, "2026-10-10T02:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-12T02:00:00Z").snapshot;
    s = must(s, "ISSUE", director, { number: "彭司法意〔2026〕1号", sha256: "a".repeat(64) }, "2026-10-12T03:00:00Z").snapshot;
    const archived = must(s, "ARCHIVE", staff, {}, "2026-10-13T03:00:00Z");
    expect(archived.state).toBe("archived");
    expect(archived.context.reviews.map((r: { decision: string }) => r.decision)).toEqual(["returned", "approved"]);
  });

  it("cannot be assigned to someone who is not a legal adviser, citing the basis", () => {
    const r = applyEvent(proc, newCase(), { type: "ACCEPT", actor: director, payload: acceptPayload(staff), at: "2026-09-30T02:00:00Z" });
    expect(r.kind).toBe("refused");
    if (r.kind !== "refused") return;
    expect(r.reasons.map((x) => x.guard)).toEqual(["assigneeIsAdviser"]);
    expect(r.reasons[0].basis).toContain("中办发〔2016〕30号");
  });

  it("cannot be assigned to an adviser of another office", () => {
    const outsider = { ...otherAdviser, officeId: 99 };
    const r = applyEvent(proc, newCase(), { type: "ACCEPT", actor: director, payload: acceptPayload(outsider), at: "2026-09-30T02:00:00Z" });
    expect(r.kind === "refused" && r.reasons.map((x) => x.guard)).toEqual(["assigneeInOffice"]);
  });

  it("is drafted only by the assigned adviser", () => {
    const s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const r = applyEvent(proc, s, { type: "SUBMIT_DRAFT", actor: otherAdviser, payload: draft, at: "2026-10-09T02:00:00Z" });
    expect(r.kind === "refused" && r.reasons[0].guard).toBe("actorIsAssignee");
  });

  it("refuses a draft whose legal bases do not cite an article, naming the field", () => {
    const s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const r = applyEvent(proc, s, { type: "SUBMIT_DRAFT", actor: adviser, payload: { ...draft, bases: ["民法典相关规定"] }, at: "2026-10-09T02:00:00Z" });
    expect(r.kind).toBe("invalid");
    if (r.kind !== "invalid") return;
    expect(r.issues[0].path).toEqual(["bases", 0]);
    expect(r.issues[0].message).toContain("具体条款");
  });

  it("is not reviewed by its own drafter", () => {
    const selfReviewer = { ...adviser, roles: ["legal_adviser", "judicial_director"] };
    let s = must(newCase(), "ACCEPT", director, acceptPayload(selfReviewer), "2026-09-30T02:00:00Z").snapshot;
    s = must(s, "SUBMIT_DRAFT", selfReviewer, draft, "2026-10-09T02:00:00Z").snapshot;
    const r = applyEvent(proc, s, { type: "APPROVE", actor: selfReviewer, payload: {}, at: "2026-10-09T03:00:00Z" });
    expect(r.kind === "refused" && r.reasons[0].guard).toBe("reviewerIsNotDrafter");
  });

  it("cannot be issued before the review approves it: the stage is named", () => {
    const s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const r = applyEvent(proc, s, { type: "ISSUE", actor: director, payload: { number: "x", sha256: "b".repeat(64) }, at: "2026-10-09T02:00:00Z" });
    expect(r.kind === "refused" && r.reasons[0].message).toContain("起草中");
  });

  it("lets only the requester or the director withdraw", () => {
    const r = applyEvent(proc, newCase(), { type: "WITHDRAW", actor: adviser, payload: { reason: "不需要了" }, at: "2026-09-30T02:00:00Z" });
    expect(r.kind === "refused" && r.reasons[0].guard).toBe("actorMayWithdraw");
    expect(must(newCase(), "WITHDRAW", staff, { reason: "不需要了" }, "2026-09-30T02:00:00Z").state).toBe("withdrawn");
  });

  it("lists the actions of the current stage with the reasons they are unavailable", () => {
    const s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const forOther = listActions(proc, s, otherAdviser, "2026-10-01T00:00:00Z", allow);
    const submit = forOther.find((a) => a.type === "SUBMIT_DRAFT")!;
    expect(submit.available).toBe(false);
    expect(submit.reasons[0].message).toContain("被指派");
    expect(listActions(proc, s, adviser, "2026-10-01T00:00:00Z", allow).find((a) => a.type === "SUBMIT_DRAFT")!.available).toBe(true);
    const denied = listActions(proc, s, adviser, "2026-10-01T00:00:00Z", () => ({ guard: "permission", message: "无权", basis: "" }));
    expect(denied.every((a) => !a.available)).toBe(true);
  });

  it("replaying the events from the start gives exactly the stored snapshot", () => {
    const input = { ...request, officeId: 10, requestedBy: { id: staff.id, name: staff.name }, requestedAt: "2026-09-29T01:00:00Z" };
    const log = [
      { type: "ACCEPT", actor: director, payload: acceptPayload(), at: "2026-09-30T02:00:00Z" },
      { type: "SUBMIT_DRAFT", actor: adviser, payload: draft, at: "2026-10-09T02:00:00Z" },
      { type: "RETURN", actor: director, payload: { comments: "补充" }, at: "2026-10-09T03:00:00Z" },
      { type: "SUBMIT_DRAFT", actor: adviser, payload: draft, at: "2026-10-10T02:00:00Z" },
      { type: "APPROVE", actor: director, payload: { comments: "" }, at: "2026-10-12T02:00:00Z" },
    ];
    let s = newCase();
    const applied = log.map((e) => {
      const r = must(s, e.type, e.actor, e.payload, e.at);
      s = r.snapshot;
      return { ...e, payload: r.event.payload };
    });
    expect(replay(proc, input, applied)).toEqual(s);
  });
});

describe("legal-opinion deadline", () => {
  it("counts 10 working days from assignment across National Day and shows how", () => {
    const r = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z");
    const [deadline] = legalOpinionDeadlines(r.context, officialCalendar);
    expect(deadline.due).toBe("2026-10-20");
    expect(deadline.explanation).toContain("10月1日至7日国庆节休假不计");
    expect(deadline.legalBasis).toBe("本街道法律顾问工作制度");
    expect(deadline.status).toBe("open");
  });

  it("is met once the opinion is issued and cancelled when the request is withdrawn", () => {
    let s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const withdrawn = must(s, "WITHDRAW", director, { reason: "撤回" }, "2026-10-09T02:00:00Z");
    expect(legalOpinionDeadlines(withdrawn.context, officialCalendar)[0].status).toBe("cancelled");
    s = must(s, "SUBMIT_DRAFT", adviser, draft, "2026-10-09T02:00:00Z").snapshot;
    s = must(s, "APPROVE", director, {}, "2026-10-09T03:00:00Z").snapshot;
    const issued = must(s, "ISSUE", director, { number: "n", sha256: "c".repeat(64) }, "2026-10-09T04:00:00Z");
    expect(legalOpinionDeadlines(issued.context, officialCalendar)[0].status).toBe("met");
  });
});

describe("reassigning the adviser", () => {
  it("hands the draft to another adviser without extending the period", () => {
    const accepted = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z");
    const moved = must(accepted.snapshot, "REASSIGN", director, { ...acceptPayload(otherAdviser), reason: "原承办人调离" }, "2026-10-12T02:00:00Z");
    // The new adviser's roster credentials go with the assignment, for the opinion to show.
    expect(moved.context.assignee).toEqual({ id: otherAdviser.id, name: otherAdviser.name, licenceNo: ROSTER.licenceNo, adviserKind: "retained", firm: ROSTER.firm });
    expect(legalOpinionDeadlines(moved.context, officialCalendar)[0].due).toBe(legalOpinionDeadlines(accepted.context, officialCalendar)[0].due);
    const old = applyEvent(proc, moved.snapshot, { type: "SUBMIT_DRAFT", actor: adviser, payload: draft, at: "2026-10-13T02:00:00Z" });
    expect(old.kind === "refused" && old.reasons[0].guard).toBe("actorIsAssignee");
  });

  it("refuses a reassignment to the same adviser or to a non-adviser", () => {
    const s = must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    const same = applyEvent(proc, s, { type: "REASSIGN", actor: director, payload: { ...acceptPayload(), reason: "x" }, at: "2026-10-12T02:00:00Z" });
    expect(same.kind === "refused" && same.reasons.map((r) => r.guard)).toEqual(["assigneeChanges"]);
    const staffer = applyEvent(proc, s, { type: "REASSIGN", actor: director, payload: { ...acceptPayload(staff), reason: "x" }, at: "2026-10-12T02:00:00Z" });
    expect(staffer.kind === "refused" && staffer.reasons.map((r) => r.guard)).toEqual(["assigneeIsAdviser"]);
  });
});
