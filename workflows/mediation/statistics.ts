/**
 * Mediation figures for a period, as street and district reports give them: accepted, concluded,
 * still open, mediated successfully, success rate (successes ÷ concluded disputes: the users'
 * reports count a year's concluded cases, 442 调解成功 of 446 办结; open disputes are shown apart and
 * count neither way), by type, level, source and office, average days to conclude, and red-grade
 * disputes with how they ended. Pure: the server selects the cases, this counts them.
 */
import { chinaDate } from "../calendar/calendar";
import { LEVELS, SOURCES, type MediationContext } from "./context";

export interface CaseForStats {
  readonly context: MediationContext;
  /** The office that accepted the dispute (受理单位), not where it is handled now. */
  readonly officeName: string;
}

export interface Tally {
  readonly key: string;
  readonly label: string;
  readonly accepted: number;
  readonly successful: number;
}

export interface MediationFigures {
  readonly accepted: number;
  readonly concluded: number;
  /** Accepted but neither agreed nor ended yet: not in the rate. */
  readonly open: number;
  readonly successful: number;
  readonly successRate: number | null; // percent, one decimal
  readonly averageDaysToConclude: number | null;
  /** Agreements visited at least once, those fully performed at the latest visit, and the 履行率 (percent). */
  readonly followedUp: number;
  readonly performed: number;
  readonly performanceRate: number | null;
  /** 司法确认 applied for, and confirmed valid by the court. */
  readonly confirmationsApplied: number;
  readonly confirmationsValid: number;
  readonly byType: readonly Tally[];
  readonly byLevel: readonly Tally[];
  readonly bySource: readonly Tally[];
  readonly byOffice: readonly Tally[];
  readonly red: { readonly total: number; readonly agreed: number; readonly terminated: number; readonly declinedOrWithdrawn: number; readonly ongoing: number };
}

/**
 * Success: an agreement in force (signed, or oral) that was not later terminated, not refused
 * judicial confirmation, and not found unperformed at the latest follow-up visit (回访).
 */
const successful = (c: MediationContext) =>
  c.agreement?.effectiveOn != null && c.ending === null && c.confirmation?.ruling !== "rejected" && c.followUps.at(-1)?.performance !== "none";
/** Concluded: an agreement in force, or an ending. A written agreement still awaiting signature is open. */
const concludedOn = (c: MediationContext): string | null => (c.agreement?.effectiveOn != null ? c.agreement.date : c.ending ? chinaDate(c.ending.at) : null);
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
const wasRed = (c: MediationContext) => c.risk?.grade === "red" || c.riskHistory.some((r) => r.grade === "red");

function tally(cases: readonly CaseForStats[], keyOf: (x: CaseForStats) => string, labels: Record<string, string>): Tally[] {
  const out = new Map<string, { accepted: number; successful: number }>();
  for (const x of cases) {
    const t = out.get(keyOf(x)) ?? { accepted: 0, successful: 0 };
    t.accepted++;
    if (successful(x.context)) t.successful++;
    out.set(keyOf(x), t);
  }
  return [...out.entries()].map(([key, t]) => ({ key, label: labels[key] ?? key, ...t })).sort((a, b) => b.accepted - a.accepted);
}

export function mediationFigures(cases: readonly CaseForStats[]): MediationFigures {
  const contexts = cases.map((x) => x.context);
  const done = contexts.filter((c) => concludedOn(c) !== null);
  const success = contexts.filter(successful).length;
  const spans = done.map((c) => days(chinaDate(c.acceptedAt), concludedOn(c)!));
  const red = contexts.filter(wasRed);
  const visited = contexts.filter((c) => c.agreement && c.followUps.length > 0);
  return {
    accepted: contexts.length,
    concluded: done.length,
    open: contexts.length - done.length,
    successful: success,
    successRate: done.length ? Math.round((success / done.length) * 1000) / 10 : null,
    averageDaysToConclude: spans.length ? Math.round((spans.reduce((a, b) => a + b, 0) / spans.length) * 10) / 10 : null,
    // Grouped by the type's key, named as the cases were accepted (a street may rename its types).
    followedUp: visited.length,
    performed: visited.filter((c) => c.followUps.at(-1)!.performance === "full").length,
    performanceRate: visited.length ? Math.round((visited.filter((c) => c.followUps.at(-1)!.performance === "full").length / visited.length) * 1000) / 10 : null,
    confirmationsApplied: contexts.filter((c) => c.confirmation).length,
    confirmationsValid: contexts.filter((c) => c.confirmation?.ruling === "valid").length,
    byType: tally(cases, (x) => x.context.disputeType, Object.fromEntries(cases.map((x) => [x.context.disputeType, x.context.disputeTypeLabel]))),
    // The level that accepted the dispute, whatever level it moved to afterwards.
    byLevel: tally(cases, (x) => x.context.moves[0]?.from ?? x.context.level, LEVELS),
    bySource: tally(cases, (x) => x.context.source, SOURCES),
    byOffice: tally(cases, (x) => x.officeName, {}),
    red: {
      total: red.length,
      agreed: red.filter(successful).length,
      terminated: red.filter((c) => c.ending?.kind === "terminated").length,
      declinedOrWithdrawn: red.filter((c) => c.ending?.kind === "declined" || c.ending?.kind === "withdrawn").length,
      ongoing: red.filter((c) => concludedOn(c) === null).length,
    },
  };
}

/** The figures as CSV rows (指标, 分类, 受理数, 调解成功数), for Excel. */
/** The figures as a table: the header, then one figure a row (the CSV and the .xlsx share it). */
export function figuresRows(f: MediationFigures): (string | number)[][] {
  const rows: (string | number)[][] = [["指标", "分类", "受理数", "调解成功数"]];
  rows.push(["合计", "全部", f.accepted, f.successful]);
  rows.push(["已办结", "", f.concluded, f.successful]);
  rows.push(["办理中（不计入成功率）", "", f.open, ""]);
  rows.push(["调解成功率（%）（成功数÷办结数）", "", f.successRate ?? "", ""]);
  rows.push(["平均调结天数", "", f.averageDaysToConclude ?? "", ""]);
  rows.push(["协议履行", "已回访的协议", f.followedUp, ""]);
  rows.push(["协议履行", "最近一次回访已全部履行", f.performed, ""]);
  rows.push(["履行率（%）（全部履行数÷已回访协议数）", "", f.performanceRate ?? "", ""]);
  rows.push(["司法确认", "申请", f.confirmationsApplied, ""]);
  rows.push(["司法确认", "裁定确认有效", f.confirmationsValid, ""]);
  for (const [name, list] of [["纠纷类型", f.byType], ["调解层级", f.byLevel], ["纠纷来源", f.bySource], ["调解组织", f.byOffice]] as const) {
    for (const t of list) rows.push([name, t.label, t.accepted, t.successful]);
  }
  rows.push(["红色风险纠纷", "合计", f.red.total, f.red.agreed]);
  rows.push(["红色风险纠纷", "终止调解", f.red.terminated, ""]);
  rows.push(["红色风险纠纷", "不予调解或撤回", f.red.declinedOrWithdrawn, ""]);
  rows.push(["红色风险纠纷", "调解中", f.red.ongoing, ""]);
  return rows;
}

export function figuresCsv(f: MediationFigures, period: { from: string; to: string; scope: string }): string {
  const rows: (string | number)[][] = [["统计范围", period.scope, "", ""], ["统计期间", `${period.from}至${period.to}`, "", ""], ...figuresRows(f)];
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
