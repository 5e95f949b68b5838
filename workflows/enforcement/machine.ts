/**
 * 行政执法 procedure. 简易程序: 当场处罚 → 备案 → 结案. 普通程序: 登记 → 立案 → 调查取证 → 案件审查 →
 * 事先告知 → 陈述申辩 (→ 听证) → 审核决定 (法制审核, 集体讨论) → 决定 → 送达 → 执行 → 结案 → 归档;
 * with 不予立案 and 撤销立案 as other endings. The full-process record runs alongside every stage,
 * and the publicity steps follow the decision, even after archiving. RULES.md §1–2.
 */
import { and, assign, setup } from "xstate";
import { namedGuards } from "../engine/run";
import type { ProcedureEvent } from "../engine/types";
import { chinaDate } from "../calendar/calendar";
import { currentSanction, hearingAvailable } from "./catalogue";
import type { ActKind, EnforcementContext, Officer, PenaltyKind, PersonRef, RecordEntry, Remedies, ReviewItem } from "./context";
import { REVIEW_ITEMS, type REVOCATION_KINDS } from "./context";
import { ALL_GUARDS } from "./guards";
import { AFTER_DECISION, by, collectiveOf, HANDLING, officers, onSpotHearing, p, PAYING, RECORDING, ROUTING, sanction, type EnforcementInput } from "./transitions";

export type { EnforcementInput } from "./transitions";

export const enforcementMachine = setup({
  types: { context: {} as EnforcementContext, events: {} as ProcedureEvent, input: {} as EnforcementInput },
  guards: {
    ...namedGuards(ALL_GUARDS),
    ...ROUTING,
  },
  actions: {
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
      const d = p<{ date: string; socialImpact: "yes" | "no"; number: string; remedies?: Remedies }>(event);
      // Only when given, so decisions recorded before the street set its remedies replay unchanged.
      return { decision: { ...sanction(event), number: d.number, date: d.date, decidedBy: by(event), socialImpact: d.socialImpact === "yes", at: event.at, ...(d.remedies ? { remedies: d.remedies } : {}) } };
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
  },
}).createMachine({
  id: "enforcement",
  initial: "start",
  context: ({ input }) => ({
    ...input,
    filing: null,
    notFiled: null,
    extensions: [],
    record: [],
    preservations: [],
    recusals: [],
    report: null,
    caseReview: null,
    flags: { publicInterest: false, socialRisk: false, complex: false, otherLaw: false },
    notice: null,
    representations: [],
    waiver: null,
    hearing: null,
    legalReviews: [],
    reviewBaseline: 0,
    readyOn: null,
    collective: null,
    decision: null,
    service: null,
    payments: [],
    enforcement: null,
    filedWithOffice: null,
    revocation: null,
    publication: null,
    cancelled: null,
    closedAt: null,
  }),
  states: {
    start: { always: [{ guard: "isSimple", target: "onSpot" }, { target: "registered" }] },
    // 简易程序 (APL 51, 52)
    onSpot: {
      on: {
        ...RECORDING,
        DECIDE_ON_SPOT: { target: "decidedOnSpot", guard: and(["withinLimitation", "twoOfficers", "officersCertified", "onSpotWithinLimits", "dateNotFuture"]), actions: "decideOnSpot" },
      },
    },
    decidedOnSpot: {
      on: {
        ...AFTER_DECISION,
        RECORD_PAYMENT: { guard: and(["decisionInForce", "outstandingFine", "paymentAfterService"]), actions: "pay" },
        ENFORCE: { guard: and(["decisionInForce", "outstandingFine"]), actions: "enforce" },
        FILE_WITH_OFFICE: { guard: "notYetFiledWithOffice", actions: "fileWithOffice" },
        CLOSE: { target: "closed", guard: and(["filedWithOffice", "finePaidOrEnforced"]), actions: "close" },
      },
    },
    // 普通程序
    registered: {
      on: {
        ...RECORDING,
        FILE: { target: "investigating", guard: and(["withinLimitation", "twoOfficers", "officersCertified"]), actions: "file" },
        NOT_FILE: { target: "notFiled", actions: "notFile" },
      },
    },
    investigating: {
      on: {
        ...HANDLING,
        SUBMIT_REPORT: { target: "caseReview", guard: and(["hasInvestigationRecord", "preservationsHandled"]), actions: "report" },
        CANCEL: { target: "cancelled", actions: "cancel" },
      },
    },
    caseReview: {
      on: {
        ...HANDLING,
        APPROVE_CASE: [
          { target: "noticing", guard: "proposesPenalty", actions: "approveCase" },
          { target: "deciding", actions: ["approveCase", "ready"] },
        ],
        RETURN: { target: "investigating", actions: "returnCase" },
      },
    },
    noticing: { on: { ...HANDLING, SEND_NOTICE: { target: "representing", guard: "dateNotFuture", actions: "notice" } } },
    representing: {
      on: {
        ...HANDLING,
        RECORD_REPRESENTATION: { guard: and(["dateNotFuture", "notHeavierThanNotice"]), actions: "representation" },
        WAIVE: { guard: "dateNotFuture", actions: "waive" },
        REQUEST_HEARING: { target: "hearing", guard: and(["hearingRight", "withinHearingRequestWindow"]), actions: "requestHearing" },
        PROCEED: { target: "deciding", guard: "representationsClosed", actions: "ready" },
      },
    },
    hearing: {
      on: {
        ...HANDLING,
        SCHEDULE_HEARING: { guard: and(["hearingNoticeSevenDays", "chairNotInvestigator"]), actions: "scheduleHearing" },
        HEARING_HELD: { target: "deciding", guard: and(["hearingScheduled", "hearingHeldOnOrAfterSchedule"]), actions: ["hearingHeld", "ready"] },
      },
    },
    deciding: {
      on: {
        ...HANDLING,
        SUBMIT_LEGAL_REVIEW: { target: "legalReview", guard: and(["notYetApproved", "correctionsAfterProblems"]), actions: "submitReview" },
        RECORD_COLLECTIVE: { guard: "dateNotFuture", actions: "collective" },
        DECIDE: [
          { target: "closing", guard: and(["decidesTransfer", "noticeBeforePenalty", "notHeavierThanNotice", "majorReviewApproved", "collectiveWhereRequired", "decisionDateValid"]), actions: "decide" },
          { target: "serving", guard: and(["noticeBeforePenalty", "notHeavierThanNotice", "majorReviewApproved", "collectiveWhereRequired", "decisionDateValid"]), actions: "decide" },
        ],
        RETURN: { target: "investigating", actions: "returnCase" },
      },
    },
    legalReview: { on: { ...RECORDING, LEGAL_REVIEW: { target: "deciding", guard: and(["reviewerQualified", "reviewerNotInvestigator"]), actions: "legalReview" } } },
    serving: {
      on: {
        ...AFTER_DECISION,
        SERVE: [
          { target: "executing", guard: and(["serviceAfterDecision", "decisionHasFine"]), actions: "serve" },
          { target: "closing", guard: "serviceAfterDecision", actions: "serve" },
        ],
      },
    },
    // A decision revoked before it is paid leaves nothing to collect: the case closes from here.
    executing: { on: { ...AFTER_DECISION, ...PAYING, CLOSE: { target: "closed", guard: "finePaidOrEnforced", actions: "close" } } },
    closing: { on: { ...AFTER_DECISION, CLOSE: { target: "closed", guard: "finePaidOrEnforced", actions: "close" } } },
    closed: { on: { ...AFTER_DECISION, ARCHIVE: "archived" } },
    notFiled: { on: { ARCHIVE: "archived" } },
    cancelled: { on: { ARCHIVE: "archived" } },
    // Not final: a decision revoked after archiving still has its publication withdrawn.
    archived: {
      on: {
        PUBLISH: AFTER_DECISION.PUBLISH,
        RECORD_REVOCATION: AFTER_DECISION.RECORD_REVOCATION,
        WITHDRAW_PUBLICATION: AFTER_DECISION.WITHDRAW_PUBLICATION,
      },
    },
  },
});
