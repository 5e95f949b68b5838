import { enforcementProcedure as proc } from "../../workflows/enforcement";
import type { EnforcementContext } from "../../workflows/enforcement/context";
import { enforcementFigures } from "../../workflows/enforcement/statistics";
import { officialCalendar } from "./fixtures";
import { leader, noticed, sanction, step } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const review = (outcome: "approved" | "problems") => ({ round: 1, submittedAt: "", submittedBy: leader, materials: "", corrections: "", sanction: null, result: { reviewer: { id: 1, name: "x", qualificationNo: "A" }, items: [], outcome, opinion: "", at: "", number: "" } });

/** Decided on 22 September 2026 (filed 1 September): 21 days to decision; publication due 9 October. */
function decidedCase(fine = 3000): EnforcementContext {
  const s = step(noticed(fine), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
  return step(s, "DECIDE", { ...sanction(fine), date: "2026-09-22", socialImpact: "no", number: "n" }, at("2026-09-22"), leader).context;
}
const published = (c: EnforcementContext, on: string, status: "published" | "withdrawn" = "published"): EnforcementContext => ({
  ...c,
  publication: { status, text: "x", publishedAt: `${on}T02:00:00Z`, publishedBy: leader, withdrawnAt: null, withdrawReason: null },
});

describe("enforcement figures", () => {
  const onTime = published(decidedCase(), "2026-09-25");
  const late = published(decidedCase(), "2026-10-12");
  const majorFirstFail = { ...decidedCase(), legalReviews: [{ ...review("problems"), round: 1 }, { ...review("approved"), round: 2 }], flags: { publicInterest: true, socialRisk: false, complex: false, otherLaw: false } };
  const majorFirstPass = { ...decidedCase(), legalReviews: [review("approved")], flags: { publicInterest: false, socialRisk: true, complex: false, otherLaw: false } };
  const withdrawn = published(decidedCase(), "2026-09-24", "withdrawn");
  const f = enforcementFigures(
    [onTime, late, majorFirstFail, majorFirstPass, withdrawn].map((context, i) => ({ context, state: "serving", officeName: i < 3 ? "彭浦新村街道" : "临汾路街道" })),
    officialCalendar,
    proc.stateLabels,
  );

  it("counts publications made within 7 working days against those that had to be published", () => {
    expect([f.toPublish, f.published, f.publishedOnTime, f.publishedOnTimeRate]).toEqual([5, 3, 2, 40]);
    expect(f.withdrawals).toBe(1);
  });

  it("gives the first-round approval rate and the average number of rounds of major cases", () => {
    expect([f.major, f.reviewed, f.firstRoundApproved, f.firstRoundApprovalRate, f.averageRounds]).toEqual([2, 2, 1, 50, 1.5]);
  });

  it("gives average days from 立案 to decision, and splits by office and stage", () => {
    expect(f.averageDaysToDecision).toBe(21);
    expect(f.byOffice.map((o) => [o.label, o.count, o.major])).toEqual([["彭浦新村街道", 3, 1], ["临汾路街道", 2, 1]]);
    expect(f.byStage).toEqual([{ key: "serving", label: "送达", count: 5 }]);
    expect(f.fines).toBe(15000);
  });
});

describe("复议、诉讼 and 被纠错率", () => {
  it("counts challenged decisions and those a concluded challenge corrected", () => {
    const challenge = (outcome: string | null) => ({ n: 1, kind: "review", organ: "区政府", caseNumber: "1", filedOn: "2026-10-01", receivedOn: "2026-10-09", claims: "x", registeredAt: "", registeredBy: leader, answer: null, outcome: outcome ? { kind: outcome, date: "2026-11-20", reason: "x", fine: null, by: leader } : null });
    const list = [null, "upheld", "revoked", "illegal"].map((o) => ({ context: { ...decidedCase(), challenges: [challenge(o)] } as unknown as EnforcementContext, state: "closed", officeName: "彭浦新村街道" }));
    const f = enforcementFigures([...list, { context: decidedCase(), state: "closed", officeName: "彭浦新村街道" }], officialCalendar, proc.stateLabels);
    expect([f.challenged, f.challengesConcluded, f.corrected, f.correctedRate]).toEqual([4, 3, 2, 66.7]);
  });
});
