/**
 * Figures of the street's major decisions for a period: decisions by stage, catalogue items by their
 * year-end outcome, comment calls with comments received and adopted, legality reviews by conclusion
 * and within their window, and 三重一大 items by kind. Pure: the server hands in the cases.
 */
import { chinaDate } from "../calendar/calendar";
import { OUTCOMES, type DecisionCatalogueContext } from "../decision-catalogue/context";
import { KINDS, type ThreeImportantContext } from "../three-important/context";
import { CONCLUSIONS, type MajorDecisionContext } from "./context";

export interface DecisionFigures {
  readonly byStage: readonly { readonly state: string; readonly label: string; readonly n: number }[];
  readonly items: { readonly listed: number; readonly removed: number; readonly outcomes: Readonly<Record<keyof typeof OUTCOMES | "pending", number>> };
  readonly calls: { readonly opened: number; readonly short: number; readonly received: number; readonly adopted: number; readonly partly: number; readonly rejected: number };
  readonly reviews: { readonly total: number; readonly withinWindow: number; readonly byConclusion: Readonly<Record<keyof typeof CONCLUSIONS, number>> };
  readonly threeImportant: readonly { readonly kind: string; readonly label: string; readonly n: number }[];
}

const inPeriod = (instant: string, from: string, to: string) => {
  const d = chinaDate(instant);
  return d >= from && d <= to;
};

export function decisionFigures(
  input: {
    readonly decisions: readonly { readonly state: string; readonly createdAt: string; readonly context: MajorDecisionContext; readonly received: number }[];
    readonly catalogues: readonly DecisionCatalogueContext[];
    readonly threeImportant: readonly { readonly createdAt: string; readonly context: ThreeImportantContext }[];
  },
  q: { readonly from: string; readonly to: string },
  stateLabels: Readonly<Record<string, string>>,
): DecisionFigures {
  const started = input.decisions.filter((d) => inPeriod(d.createdAt, q.from, q.to));
  const byStage = Object.entries(stateLabels).map(([state, label]) => ({ state, label, n: started.filter((d) => d.state === state).length })).filter((s) => s.n > 0);
  const years = new Set<number>();
  for (let y = Number(q.from.slice(0, 4)); y <= Number(q.to.slice(0, 4)); y++) years.add(y);
  const items = input.catalogues.filter((c) => c.publishedOn && years.has(c.year)).flatMap((c) => c.items);
  const listed = items.filter((i) => !i.removed);
  const outcomes = { done: 0, carried: 0, dropped: 0, pending: 0 };
  for (const i of listed) outcomes[i.evaluation?.outcome ?? "pending"] += 1;
  const calls = input.decisions.filter((d) => d.context.call && inPeriod(d.context.call.at, q.from, q.to));
  const comments = calls.flatMap((d) => d.context.comments);
  const reviews = input.decisions.flatMap((d) => d.context.reviews.map((r) => ({ r, due: d.context.reviewRequests.find((x) => x.round === r.round)?.dueOn }))).filter((x) => inPeriod(x.r.at, q.from, q.to));
  const byConclusion = { lawful: 0, lawful_after_changes: 0, unlawful: 0 };
  for (const x of reviews) byConclusion[x.r.conclusion] += 1;
  const three = input.threeImportant.filter((t) => inPeriod(t.createdAt, q.from, q.to));
  return {
    byStage,
    items: { listed: listed.length, removed: items.length - listed.length, outcomes },
    calls: {
      opened: calls.length,
      short: calls.filter((d) => d.context.call!.closesOn < d.context.call!.minimumEnd).length,
      received: calls.reduce((n, d) => n + d.received, 0),
      adopted: comments.filter((x) => x.disposition === "adopted").length,
      partly: comments.filter((x) => x.disposition === "partly").length,
      rejected: comments.filter((x) => x.disposition === "rejected").length,
    },
    reviews: { total: reviews.length, withinWindow: reviews.filter((x) => x.due && chinaDate(x.r.at) <= x.due).length, byConclusion },
    threeImportant: Object.entries(KINDS).map(([kind, label]) => ({ kind, label, n: three.filter((t) => t.context.kind === kind).length })),
  };
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The same figures as rows for Excel: UTF-8 with a BOM, one figure a row. */
/** One figure a row, without the header (the CSV and the .xlsx share it). */
export function decisionFiguresRows(f: DecisionFigures): (string | number)[][] {
  return [
    ...f.byStage.map((s) => [`重大行政决策（${s.label}）`, s.n]),
    ["目录事项（在目录中）", f.items.listed],
    ["目录事项（已调出）", f.items.removed],
    ...Object.entries(OUTCOMES).map(([k, label]) => [`目录事项评估：${label}`, f.items.outcomes[k as keyof typeof OUTCOMES]]),
    ["目录事项评估：尚未评估", f.items.outcomes.pending],
    ["公开征求意见（次）", f.calls.opened],
    ["其中期限少于30日", f.calls.short],
    ["收到公众意见（条）", f.calls.received],
    ["采纳", f.calls.adopted],
    ["部分采纳", f.calls.partly],
    ["不采纳", f.calls.rejected],
    ["合法性审查（次）", f.reviews.total],
    ["其中按期审查", f.reviews.withinWindow],
    ...Object.entries(CONCLUSIONS).map(([k, label]) => [`审查结论：${label}`, f.reviews.byConclusion[k as keyof typeof CONCLUSIONS]]),
    ...f.threeImportant.map((t) => [`“三重一大”：${t.label}`, t.n]),
  ];
}

export function decisionFiguresCsv(f: DecisionFigures, meta: { from: string; to: string; scope: string }): string {
  const rows: (string | number)[][] = [["统计范围", meta.scope], ["统计期间", `${meta.from}至${meta.to}`], ...decisionFiguresRows(f)];
  return `\uFEFF${[["项目", "数量"].join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\r\n")}\r\n`;
}
