/**
 * The adviser roster (RULES.md §5): an adviser outside the 聘期, or not on the roster, is not assigned;
 * one who declared a conflict with the requesting unit or the counterparty is refused (律师法 39);
 * the issued opinion shows the certificate number.
 */
import { applyEvent } from "../../workflows/engine/run";
import { legalOpinionProcedure } from "../../workflows/legal-opinion";
import { normativeReviewProcedure } from "../../workflows/normative-review";
import { legalOpinionContent } from "../../templates/legal-opinion/content";
import { ROSTER } from "./fixtures";
import * as lo from "./legal-opinion-helpers";
import * as nr from "./normative-review-helpers";

const accept = (roster: object | null | undefined, at = "2026-09-30T02:00:00Z") => {
  const payload = lo.acceptPayload();
  const assignee = roster === undefined ? (({ roster: _r, ...rest }) => rest)(payload.assignee) : { ...payload.assignee, roster };
  const r = applyEvent(legalOpinionProcedure, lo.newCase(), { type: "ACCEPT", actor: lo.director, payload: { ...payload, assignee }, at });
  return r.kind === "refused" ? r.reasons : r.kind;
};

describe("assigning a legal opinion", () => {
  it("takes an adviser on the roster within the 聘期", () => {
    expect(accept(ROSTER)).toBe("applied");
    expect(accept({ ...ROSTER, termFrom: "2026-09-30" })).toBe("applied");
  });

  it("refuses an adviser whose 聘期 has ended or not begun, or who is not on the roster, citing 中办发〔2016〕30号", () => {
    for (const roster of [{ ...ROSTER, termTo: "2026-09-29" }, { ...ROSTER, termFrom: "2026-10-01" }, null, undefined]) {
      expect(accept(roster)).toEqual([expect.objectContaining({ guard: "adviserInTerm", basis: expect.stringContaining("中办发〔2016〕30号") })]);
    }
    // The 聘期 is read on the China date of the assignment: 23:30 on 31 December 2027 in Shanghai is still in it,
    // midnight is not.
    expect(accept(ROSTER, "2027-12-31T15:30:00Z")).toBe("applied");
    expect(accept(ROSTER, "2027-12-31T16:00:00Z")).toEqual([expect.objectContaining({ guard: "adviserInTerm" })]);
  });

  it("refuses an adviser who declared a conflict with the requesting unit, citing 律师法 39", () => {
    expect(accept({ ...ROSTER, conflicts: ["街道管理办"] })).toEqual([expect.objectContaining({ guard: "adviserWithoutConflict", basis: "《中华人民共和国律师法》第三十九条" })]);
    expect(accept({ ...ROSTER, conflicts: ["某物业公司"] })).toBe("applied");
  });

  it("prints the adviser's kind, firm and 执业证号 on the issued opinion", () => {
    let s = lo.must(lo.newCase(), "ACCEPT", lo.director, lo.acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
    s = lo.must(s, "SUBMIT_DRAFT", lo.adviser, lo.draft, "2026-10-09T02:00:00Z").snapshot;
    const c = lo.must(s, "APPROVE", lo.director, {}, "2026-10-12T02:00:00Z").context;
    const doc = legalOpinionContent(c, { number: "彭司法意〔2026〕1号", at: "2026-10-12T02:00:00Z", officeName: "彭浦新村街道" });
    expect(doc.drafter).toBe("承办人：陈律师（外聘法律顾问，上海市某某律师事务所，执业证号13101201510123456）");
  });
});

describe("assigning a legality review", () => {
  it("refuses an adviser who declared a conflict with the contract's counterparty", () => {
    const contract = nr.newCase(undefined, { documentType: "contract", title: "加装电梯代建合同", counterparty: "上海某某建设有限公司" });
    const submitted = nr.must(contract, "SUBMIT_DRAFT", nr.staff, nr.draftFile, "2026-09-28T02:00:00Z").snapshot;
    const payload = nr.acceptPayload();
    const send = (conflicts: string[]) => applyEvent(normativeReviewProcedure, submitted, { type: "ACCEPT", actor: nr.director, payload: { ...payload, reviewer: { ...payload.reviewer, roster: { ...ROSTER, conflicts } } }, at: "2026-09-29T02:00:00Z" });
    const r = send(["上海某某建设有限公司"]);
    expect(r.kind === "refused" && r.reasons.map((x) => x.guard)).toEqual(["adviserWithoutConflict"]);
    expect(send(["上海另一家物业有限公司"]).kind).toBe("applied");
  });
});
