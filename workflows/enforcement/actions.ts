/**
 * What each enforcement event writes into the case (the machine's actions), built on the machine's
 * own types so machine.ts holds only the states and transitions.
 */
import { setup } from "xstate";
import type { ProcedureEvent } from "../engine/types";
import { chinaDate } from "../calendar/calendar";
import { currentSanction, hearingAvailable } from "./catalogue";
import type { ActKind, EnforcementContext, Officer, PenaltyKind, PersonRef, RecordEntry, Remedies, ReviewItem } from "./context";
import { REVIEW_ITEMS, type REVOCATION_KINDS } from "./context";
import * as dm from "./coercion/demolition";
import * as sz from "./coercion/seizure";
import * as tr from "./coercion/transfer";
import { applyCourt, planPayment, urgePayment } from "./coercion/collection";
import { answerChallenge, challengeOutcome, registerChallenge } from "./coercion/challenges";
import { by, collectiveOf, officers, onSpotHearing, p, sanction, type EnforcementInput } from "./transitions";

export const base = setup({ types: { context: {} as EnforcementContext, events: {} as ProcedureEvent, input: {} as EnforcementInput } });
const assign = base.assign;

export const ACTIONS = {
  file: assign(({ event }) => ({ filing: { at: event.at, approvedBy: by(event), officers: officers(p<{ officers: Officer[] }>(event).officers), opinion: p<{ opinion: string }>(event).opinion } })),
  notFile: assign(({ event }) => ({ notFiled: { reason: p<{ reason: string }>(event).reason, at: event.at } })),
  recordAct: assign(({ context, event }) => {
    const a = p<Omit<RecordEntry, "seq" | "recordedBy" | "recordedAt" | "officers"> & { officers: Officer[]; items: string }>(event);
    const seq = context.record.length + 1;
    const entry: RecordEntry = {
      seq,
      kind: a.kind as ActKind,
      time: a.time,
      ...(a.endTime ? { endTime: a.endTime } : {}),
      ...(a.subject ? { subject: a.subject } : {}),
      ...(a.witness ? { witness: a.witness } : {}),
      place: a.place,
      inCaseRoom: a.inCaseRoom,
      officers: officers(a.officers),
      content: a.content,
      files: a.files,
      corrects: a.corrects ?? null,
      correctionReason: a.correctionReason ?? "",
      recordedBy: by(event),
      recordedAt: event.at,
    };
    const approver = (event.payload.approver as PersonRef | undefined) ?? null;
    const preserved = a.kind === "preservation" && !a.corrects
      ? [{ entry: seq, on: a.time.slice(0, 10), items: a.items, approvedBy: approver ? { id: approver.id, name: approver.name } : null, handled: null }]
      : [];
    return { record: [...context.record, entry], preservations: [...context.preservations, ...preserved] };
  }),
  handlePreservation: assign(({ context, event }) => {
    const { entry, on, outcome } = p<{ entry: number; on: string; outcome: string }>(event);
    return { preservations: context.preservations.map((x) => (x.entry === entry ? { ...x, handled: { on, outcome } } : x)) };
  }),
  // A granted recusal takes the officer off the case (APL 43); the named replacement joins the officers in charge.
  recusal: assign(({ context, event }) => {
    const r = p<{ officer: PersonRef; reason: string; decision: "granted" | "refused"; replacement?: Officer }>(event);
    const replacement = r.decision === "granted" && r.replacement ? officers([r.replacement])[0] : null;
    const entry = { officer: { id: r.officer.id, name: r.officer.name }, reason: r.reason, decision: r.decision, replacement, at: event.at, by: by(event) };
    const filing = context.filing && r.decision === "granted"
      ? { ...context.filing, officers: [...context.filing.officers.filter((o) => o.id !== r.officer.id && o.id !== replacement?.id), ...(replacement ? [replacement] : [])] }
      : context.filing;
    return { recusals: [...context.recusals, entry], filing };
  }),
  extend: assign(({ context, event }) => ({ extensions: [...context.extensions, { ...p<{ days: number; reason: string }>(event), at: event.at, by: by(event) }] })),
  cancel: assign(({ event }) => ({ cancelled: { reason: p<{ reason: string }>(event).reason, at: event.at } })),
  report: assign(({ event }) => ({ report: { facts: p<{ facts: string }>(event).facts, evidence: p<{ evidence: string }>(event).evidence, proposal: sanction(event), at: event.at, by: by(event) } })),
  approveCase: assign(({ event }) => {
    const flags = p<{ flags: string[] }>(event).flags ?? [];
    return {
      caseReview: { opinion: p<{ opinion: string }>(event).opinion, at: event.at, by: by(event) },
      flags: { publicInterest: flags.includes("publicInterest"), socialRisk: flags.includes("socialRisk"), complex: flags.includes("complex"), otherLaw: flags.includes("otherLaw") },
    };
  }),
  // Back to investigation: the notice, statements, hearing, discussion and earlier reviews no longer
  // stand for the case as it will be re-reported (a new notice and, if major, a new review follow).
  returnCase: assign(({ context }) => ({
    caseReview: null,
    notice: null,
    representations: [],
    waiver: null,
    hearing: null,
    collective: null,
    readyOn: null,
    reviewBaseline: context.legalReviews.length,
  })),
  ready: assign(({ event }) => ({ readyOn: chinaDate(event.at) })),
  notice: assign(({ context, event }) => {
    const proposal = context.report!.proposal;
    return { notice: { number: p<{ number: string }>(event).number, servedOn: p<{ date: string }>(event).date, method: p<{ method: string }>(event).method, proposal, hearingRight: hearingAvailable(context, proposal), at: event.at } };
  }),
  representation: assign(({ context, event }) => {
    const r = p<{ date: string; content: string; result: "accepted" | "partly" | "rejected"; reason: string; revisedFine: number | "" }>(event);
    const base = [...context.representations].reverse().find((x) => x.revised)?.revised ?? context.notice?.proposal;
    const revised = r.revisedFine === "" || r.revisedFine === undefined || !base ? null : { ...base, fine: Number(r.revisedFine) };
    return { representations: [...context.representations, { date: r.date, content: r.content, result: r.result, reason: r.reason, revised, by: by(event) }] };
  }),
  waive: assign(({ event }) => ({ waiver: { date: p<{ date: string }>(event).date, note: p<{ note: string }>(event).note } })),
  requestHearing: assign(({ event }) => ({ hearing: { requestedOn: p<{ date: string }>(event).date, scheduled: null, held: null } })),
  scheduleHearing: assign(({ context, event }) => {
    const s = p<{ date: string; time: string; place: string; chair: PersonRef; panel: string; clerk: PersonRef; noticeServedOn: string; number: string }>(event);
    const clerk = s.clerk ? { id: s.clerk.id, name: s.clerk.name } : undefined;
    return { hearing: { ...context.hearing!, scheduled: { date: s.date, time: s.time, place: s.place, chair: { id: s.chair.id, name: s.chair.name }, panel: s.panel, clerk, noticeNumber: s.number, noticeServedOn: s.noticeServedOn } } };
  }),
  hearingHeld: assign(({ context, event }) => {
    const h = p<{ date: string; start: string; end: string; attendance: string; partyAbsent: "yes" | "no"; record: string }>(event);
    return { hearing: { ...context.hearing!, held: { date: h.date, start: h.start, end: h.end, attendance: h.attendance, partyAbsent: h.partyAbsent === "yes", record: h.record } } };
  }),
  submitReview: assign(({ context, event }) => ({
    legalReviews: [
      ...context.legalReviews,
      {
        round: context.legalReviews.length + 1,
        submittedAt: event.at,
        submittedBy: by(event),
        materials: p<{ materials: string }>(event).materials,
        corrections: p<{ corrections: string }>(event).corrections ?? "",
        sanction: currentSanction(context),
        result: null,
      },
    ],
  })),
  legalReview: assign(({ context, event }) => {
    const r = p<Record<string, string> & { reviewer: { id: number; name: string; qualificationNo: string } }>(event);
    const items = (Object.keys(REVIEW_ITEMS) as ReviewItem[]).map((key) => ({ key, ok: r[key] === "ok", note: r[`${key}Note`] ?? "" }));
    const last = context.legalReviews.at(-1)!;
    const result = {
      reviewer: { id: r.reviewer.id, name: r.reviewer.name, qualificationNo: r.reviewer.qualificationNo },
      items,
      outcome: r.outcome as "approved" | "problems",
      opinion: r.opinion,
      at: event.at,
      number: r.number ?? "",
    };
    return { legalReviews: [...context.legalReviews.slice(0, -1), { ...last, result }] };
  }),
  collective: assign(({ event }) => ({ collective: collectiveOf(event) })),
  decide: assign(({ event }) => {
    const d = p<{ date: string; socialImpact: "yes" | "no"; number: string; remedies?: Remedies; orderStructure?: string; orderDeadline?: string }>(event);
    const order = d.orderStructure && d.orderDeadline ? { order: { structure: d.orderStructure, deadline: d.orderDeadline } } : {};
    // Only when given, so decisions recorded before the street set its remedies replay unchanged.
    return { decision: { ...sanction(event), number: d.number, date: d.date, decidedBy: by(event), socialImpact: d.socialImpact === "yes", at: event.at, ...(d.remedies ? { remedies: d.remedies } : {}), ...order } };
  }),
  decideOnSpot: assign(({ context, event }) => {
    const d = p<{ officers: Officer[]; penalty: "warning" | "fine"; fine: number; date: string; time?: string; reasons: string; number: string; remedies?: Remedies; signed?: "signed" | "refused" }>(event);
    const penalties: PenaltyKind[] = [d.penalty];
    return {
      filing: { at: event.at, approvedBy: by(event), officers: officers(d.officers), opinion: "当场处罚（简易程序）" },
      decision: { kind: "penalty" as const, penalties, fine: d.penalty === "fine" ? Number(d.fine) : 0, confiscation: 0, reasons: d.reasons, number: d.number, date: d.date, ...(d.time ? { time: d.time } : {}), decidedBy: by(event), socialImpact: false, at: event.at, ...(d.remedies ? { remedies: d.remedies } : {}), ...onSpotHearing(event) },
      // The form is handed to the party on the spot (APL 52); a refusal to sign is noted on it.
      service: { date: d.date, method: "on_spot" as const, receiver: d.signed === "refused" ? `${context.party.name}（拒绝签收）` : context.party.name, at: event.at },
    };
  }),
  serve: assign(({ event }) => ({ service: { ...p<{ date: string; method: "direct"; receiver: string }>(event), at: event.at } })),
  pay: assign(({ context, event }) => ({ payments: [...context.payments, { date: p<{ date: string }>(event).date, amount: Number(p<{ amount: number }>(event).amount), surcharge: Number(p<{ surcharge?: number }>(event).surcharge ?? 0), by: by(event) }] })),
  enforce: assign(({ event }) => ({ enforcement: { kind: p<{ kind: string }>(event).kind === "court" ? "申请人民法院强制执行" : "依法强制执行", date: p<{ date: string }>(event).date, note: p<{ note: string }>(event).note } })),
  fileWithOffice: assign(({ event }) => ({ filedWithOffice: { at: event.at, by: by(event) } })),
  close: assign(({ event }) => ({ closedAt: event.at })),
  publish: assign(({ event }) => ({ publication: { status: "published" as const, text: p<{ text: string }>(event).text, publishedAt: event.at, publishedBy: by(event), withdrawnAt: null, withdrawReason: null } })),
  revocation: assign(({ event }) => {
    const r = p<{ kind: keyof typeof REVOCATION_KINDS; date: string; reason: string; fine?: number }>(event);
    return { revocation: { kind: r.kind, date: r.date, reason: r.reason, fine: r.kind === "changed" ? Number(r.fine ?? 0) : null, at: event.at } };
  }),
  withdraw: assign(({ context, event }) => ({
    publication: { ...context.publication!, status: "withdrawn" as const, withdrawnAt: event.at, withdrawReason: p<{ reason: string }>(event).reason, withdrawCause: context.revocation ? ("revoked" as const) : ("privacy" as const) },
  })),
  registerChallenge: assign(({ context, event }) => registerChallenge(context, event)),
  answerChallenge: assign(({ context, event }) => answerChallenge(context, event)),
  challengeOutcome: assign(({ context, event }) => challengeOutcome(context, event)),
  planPayment: assign(({ context, event }) => planPayment(context, event)),
  urgePayment: assign(({ context, event }) => urgePayment(context, event)),
  applyCourt: assign(({ context, event }) => applyCourt(context, event)),
  urgeDemolition: assign(({ context, event }) => dm.urgeDemolition(context, event)),
  urgeStatement: assign(({ context, event }) => dm.urgeStatement(context, event)),
  decideEnforcement: assign(({ context, event }) => dm.decideEnforcement(context, event)),
  serveEnforcement: assign(({ context, event }) => dm.serveEnforcement(context, event)),
  announce: assign(({ context, event }) => dm.announce(context, event)),
  demolish: assign(({ context, event }) => dm.demolish(context, event)),
  comply: assign(({ context, event }) => dm.comply(context, event)),
  seize: assign(({ context, event }) => sz.seize(context, event)),
  approveSeizure: assign(({ context, event }) => sz.approveSeizure(context, event)),
  extendSeizure: assign(({ context, event }) => sz.extendSeizure(context, event)),
  endSeizure: assign(({ context, event }) => sz.endSeizure(context, event)),
  transfer: assign(({ context, event }) => tr.transfer(context, event)),
  transferDelivered: assign(({ context, event }) => tr.transferDelivered(context, event)),
  policeReply: assign(({ context, event }) => tr.policeReply(context, event)),
};
