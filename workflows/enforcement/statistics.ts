/**
 * Enforcement figures for a period, per office and in total, as supervisors judge the three
 * systems (118 §6 年度统计): cases by matter and stage, major cases and how their legal reviews
 * went (first-round approval rate, rounds), decisions published on time, withdrawals, and average
 * days from 立案 to decision. Pure: the server selects the cases, this counts them.
 */
import { chinaDate, type HolidayCalendar } from "../calendar/calendar";
import { majorReasons } from "./catalogue";
import type { EnforcementContext } from "./context";
import { mustPublish, publishDue } from "./deadlines";
import { challengesOf, corrects } from "./coercion/context";
import { challenged, correctedByChallenge, fineOwed } from "./guards";

export interface EnforcementCase {
  readonly context: EnforcementContext;
  readonly state: string;
  readonly officeName: string;
}

export interface Count {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface EnforcementFigures {
  readonly cases: number;
  readonly simple: number;
  readonly decided: number;
  readonly penalties: number;
  readonly fines: number; // yuan, decided
  readonly major: number;
  readonly reviewed: number;
  readonly firstRoundApproved: number;
  readonly firstRoundApprovalRate: number | null; // percent, one decimal
  readonly averageRounds: number | null;
  readonly toPublish: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly publishedOnTimeRate: number | null;
  readonly withdrawals: number;
  readonly averageDaysToDecision: number | null;
  /** Decisions challenged by 复议 or 诉讼, challenges concluded, and decisions they corrected (被纠错). */
  readonly challenged: number;
  readonly challengesConcluded: number;
  readonly corrected: number;
  /** 被纠错率: corrected among the concluded challenges, percent. */
  readonly correctedRate: number | null;
  readonly byMatter: readonly Count[];
  readonly byStage: readonly Count[];
  readonly byOffice: readonly (Count & { readonly major: number; readonly published: number })[];
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
const average = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

function countBy<T>(items: readonly T[], keyOf: (x: T) => string, labelOf: (x: T) => string): Count[] {
  const out = new Map<string, Count>();
  for (const x of items) {
    const k = keyOf(x);
    const c = out.get(k);
    out.set(k, { key: k, label: labelOf(x), count: (c?.count ?? 0) + 1 });
  }
  return [...out.values()].sort((a, b) => b.count - a.count);
}

export function enforcementFigures(list: readonly EnforcementCase[], calendar: HolidayCalendar, stateLabels: Readonly<Record<string, string>>): EnforcementFigures {
  const ctx = list.map((x) => x.context);
  const decided = ctx.filter((c) => c.decision);
  const major = ctx.filter((c) => majorReasons(c).length > 0);
  const reviewed = ctx.filter((c) => c.legalReviews.some((r) => r.result));
  const firstRoundApproved = reviewed.filter((c) => c.legalReviews[0]?.result?.outcome === "approved").length;
  const toPublish = decided.filter(mustPublish);
  // Only the publication period is counted, once per case: the public figures page runs this over a year.
  const onTime = (c: EnforcementContext) => {
    if (!c.publication) return false;
    const due = publishDue(c, calendar);
    return !!due && chinaDate(c.publication.publishedAt) <= due;
  };
  const publishedOnTime = toPublish.filter(onTime).length;
  const published = ctx.filter((c) => c.publication);
  const concluded = ctx.flatMap((c) => challengesOf(c).filter((x) => x.outcome));
  return {
    cases: list.length,
    simple: ctx.filter((c) => c.track === "simple").length,
    decided: decided.length,
    penalties: decided.filter((c) => c.decision!.kind === "penalty").length,
    fines: decided.reduce((n, c) => n + fineOwed(c), 0),
    major: major.length,
    reviewed: reviewed.length,
    firstRoundApproved,
    firstRoundApprovalRate: rate(firstRoundApproved, reviewed.length),
    averageRounds: average(reviewed.map((c) => c.legalReviews.filter((r) => r.result).length)),
    toPublish: toPublish.length,
    published: published.length,
    publishedOnTime,
    publishedOnTimeRate: rate(publishedOnTime, toPublish.length),
    withdrawals: ctx.filter((c) => c.publication?.status === "withdrawn").length,
    averageDaysToDecision: average(decided.filter((c) => c.track === "general" && c.filing).map((c) => days(chinaDate(c.filing!.at), c.decision!.date))),
    challenged: ctx.filter(challenged).length,
    challengesConcluded: concluded.length,
    corrected: ctx.filter(correctedByChallenge).length,
    correctedRate: rate(concluded.filter((x) => corrects(x.outcome!.kind)).length, concluded.length),
    byMatter: countBy(ctx, (c) => c.matter.key, (c) => c.matter.name),
    byStage: countBy(list, (x) => x.state, (x) => stateLabels[x.state] ?? x.state),
    byOffice: countBy(list, (x) => x.officeName, (x) => x.officeName).map((o) => {
      const mine = list.filter((x) => x.officeName === o.key).map((x) => x.context);
      return { ...o, major: mine.filter((c) => majorReasons(c).length > 0).length, published: mine.filter((c) => c.publication).length };
    }),
  };
}
