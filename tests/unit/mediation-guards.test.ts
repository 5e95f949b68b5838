/**
 * Every mediation guard, the endings' included, with a case where it holds and one where it refuses,
 * each citing its basis. A guard added without both fails the first test.
 */
import type { EventActor } from "../../workflows/engine/types";
import type { MediationContext } from "../../workflows/mediation/context";
import { ENDING_GUARDS } from "../../workflows/mediation/endings";
import { ALL_GUARDS } from "../../workflows/mediation/guards";
import { mediator, newMediation, newReferred, started, step } from "./mediation-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
type Case = [MediationContext, Record<string, unknown>, string?, EventActor?];
const ctx = (s: { context: unknown }) => s.context as MediationContext;

const registered = ctx(newMediation());
const begun = started();
const base = ctx({ context: begun.context });
const withSession = step(begun, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" }, at("2026-09-08")).snapshot;
const mediated = ctx(withSession);
const written = step(withSession, "AGREE_WRITTEN", { date: "2026-09-08", facts: "漏水", terms: "赔偿3000元", performance: "转账" }, at("2026-09-08")).snapshot;
const signing = ctx(written);
const signedSnap = step(written, "RECORD_SIGNED", { signedOn: "2026-09-08", signedCopy: { sha256: "a".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, at("2026-09-08")).snapshot;
const signed = ctx(signedSnap);
const appliedSnap = step(signedSnap, "APPLY_CONFIRMATION", { date: "2026-09-09", court: "静安区人民法院", applicants: "王大明\n赵小红" }, at("2026-09-09")).snapshot;
const applied = ctx(appliedSnap);
const ruled = ctx(step(appliedSnap, "RECORD_RULING", { ruling: "valid", date: "2026-09-15" }, at("2026-09-15")));
const visited = ctx(step(signedSnap, "FOLLOW_UP", { date: "2026-09-20", method: "phone", visited: "王大明", performance: "full", note: "已履行" }, at("2026-09-20")));
const oral = ctx(step(withSession, "AGREE_ORAL", { date: "2026-09-08", terms: "互相赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no" }, at("2026-09-08")));
const red: MediationContext = { ...base, risk: { grade: "red", factors: [], reason: "", at: "" } };
const violent: MediationContext = { ...base, risk: { grade: "green", factors: ["violence"], reason: "", at: "" } };
const reported: MediationContext = { ...red, policeNotified: { at: "", station: "彭浦新村派出所", note: "已通报", measures: "民警到场" } };
const refusing: MediationContext = { ...base, parties: base.parties.map((p, i) => (i === 1 ? { ...p, consent: "refused" as const } : p)) };
const referred = ctx(newReferred());
const answered: MediationContext = { ...referred, referralReply: { date: "2026-09-10", content: "已回复", by: mediator, at: "" } };
const district: MediationContext = { ...base, level: "district" };
const extended: MediationContext = { ...mediated, extension: { days: 15, reason: "案情复杂", at: "" } };
const mediatorRef = (roles: string[]) => ({ mediator: { id: 21, name: "张调解员", roles, officeId: 31 } });

const TABLE: Record<string, { pass: Case; fail: Case }> = {
  partiesOnBothSides: { pass: [base, {}], fail: [registered, {}] },
  allPartiesConsent: { pass: [base, {}], fail: [refusing, {}] },
  riskGraded: { pass: [base, {}], fail: [registered, {}] },
  policeNotifiedIfRed: { pass: [reported, {}], fail: [red, {}] },
  mediatorAssigned: { pass: [base, {}], fail: [registered, {}] },
  assigneeIsMediator: { pass: [base, mediatorRef(["mediator"])], fail: [base, mediatorRef(["judicial_staff"])] },
  revisionHasReason: { pass: [base, { grade: "yellow", reason: "双方情绪激动" }], fail: [base, { grade: "yellow", reason: " " }] },
  partyExists: { pass: [base, { party: 2 }], fail: [base, { party: 3 }] },
  dateNotBeforeAcceptance: { pass: [base, { date: "2026-09-07" }, at("2026-09-08")], fail: [base, { date: "2026-09-06" }, at("2026-09-08")] },
  hasMediationSession: { pass: [mediated, {}], fail: [base, {}] },
  agreementAfterSessions: { pass: [mediated, { date: "2026-09-08" }, at("2026-09-08")], fail: [mediated, { date: "2026-09-07" }, at("2026-09-08")] },
  agreementInForce: { pass: [signed, {}], fail: [signing, {}] },
  withinConfirmationWindow: { pass: [signed, { date: "2026-10-08" }, at("2026-10-08")], fail: [signed, { date: "2026-10-09" }, at("2026-10-09")] },
  confirmationNotYetApplied: { pass: [signed, {}], fail: [applied, {}] },
  confirmationAwaitingRuling: { pass: [applied, {}], fail: [ruled, {}] },
  signedOnValid: { pass: [signing, { signedOn: "2026-09-08" }, at("2026-09-09")], fail: [signing, { signedOn: "2026-09-07" }, at("2026-09-09")] },
  rulingAfterApplication: { pass: [applied, { date: "2026-09-09" }, at("2026-09-10")], fail: [applied, { date: "2026-09-08" }, at("2026-09-10")] },
  followUpAfterAgreement: { pass: [signed, { date: "2026-09-08" }, at("2026-09-10")], fail: [signed, { date: "2026-09-07" }, at("2026-09-10")] },
  hasFollowUp: { pass: [visited, {}], fail: [signed, {}] },
  canEscalate: { pass: [base, {}], fail: [district, {}] },
  canDelegate: { pass: [district, {}], fail: [base, {}] },
  notExtendedYet: { pass: [mediated, {}], fail: [extended, {}] },
  oralOnlyWithoutObligations: { pass: [mediated, { terms: "互相赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no" }], fail: [mediated, { terms: "赔偿5000元", performance: "当场", obligations: "no", writingRequested: "no" }] },
  writtenForConfirmation: { pass: [signed, {}], fail: [oral, {}] },
  jointApplication: { pass: [signed, { applicants: ["王大明", "赵小红"] }], fail: [signed, { applicants: ["王大明"] }] },
  policeNotifiedForRisk: { pass: [{ ...violent, policeNotified: reported.policeNotified }, {}], fail: [violent, {}] },
  declineGroundHolds: { pass: [base, { ground: "handled" }], fail: [base, { ground: "refused" }] },
  referralToAnswer: { pass: [referred, {}], fail: [answered, {}] },
  referralAnswered: { pass: [answered, {}], fail: [referred, {}] },
  replyNotFuture: { pass: [answered, { date: "2026-09-08" }, at("2026-09-08")], fail: [answered, { date: "2026-09-09" }, at("2026-09-08")] },
};

const GUARDS = [...ALL_GUARDS, ...ENDING_GUARDS];

describe("every mediation guard", () => {
  it("has a passing and a refusing case in this table", () => {
    expect(GUARDS.map((g) => g.name).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const g of GUARDS) {
    it(`${g.name}: holds and refuses, citing ${g.basis.slice(0, 24)}…`, () => {
      const run = ([c, payload, when = at("2026-09-08"), actor = mediator]: Case) => g.test(c, { type: "X", at: when, actor, payload });
      expect(run(TABLE[g.name].pass)).toBe(true);
      expect(run(TABLE[g.name].fail)).toBe(false);
      expect(g.explain).toMatch(/[\u4e00-\u9fa5]/);
      expect(g.basis).toMatch(/《|枫桥经验|小事不出村/);
    });
  }
});
