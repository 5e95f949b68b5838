/**
 * An unmet precondition links to the step that meets it (issue 13 §7): each guard's `metBy` names
 * events of its own procedure, so the case page's link always leads to a real action.
 */
import { procedureModules } from "../../app/procedures";

describe("the steps guards name as meeting them", () => {
  const named = procedureModules().flatMap((m) =>
    Object.values(m.definition.events).flatMap((e) => e.guards.flatMap((g) => (g.metBy ?? []).map((t) => ({ procedure: m.definition.id, guard: g.name, event: t, known: t in m.definition.events })))),
  );

  it("are events of the guard's own procedure", () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
    expect(named.filter((n) => !n.known)).toEqual([]);
  });

  it("cover the preconditions of 开始调解 and of a penalty decision", () => {
    const guardsWithSteps = new Set(named.map((n) => `${n.procedure} ${n.guard}`));
    for (const g of ["mediation partiesOnBothSides", "mediation allPartiesConsent", "mediation riskGraded", "mediation mediatorAssigned", "enforcement majorReviewApproved", "enforcement noticeBeforePenalty"]) expect(guardsWithSteps.has(g), g).toBe(true);
  });
});
