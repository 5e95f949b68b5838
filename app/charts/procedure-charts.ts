/**
 * Each procedure's report charts beyond the monthly trend: breakdowns and on-time rates, from the same
 * figures the tables show. Breakdowns link to the case list narrowed to their value (a facet the
 * procedure declares) within the report's period.
 */
import type { EnforcementFigures } from "../../workflows/enforcement/statistics";
import type { DecisionFigures } from "../../workflows/major-decision/statistics";
import type { MediationFigures } from "../../workflows/mediation/statistics";
import { CONCLUSIONS } from "../../workflows/normative-review/context";
import type { NormativeReviewFigures } from "../../workflows/normative-review/statistics";
import type { ChartSpec } from "./chart.server";

type Link = (filters: Readonly<Record<string, string>>) => string;
const pct = (v: number | null) => v ?? 0;

export function mediationCharts(f: MediationFigures, link: Link): ChartSpec[] {
  return [
    { title: "按纠纷类型", kind: "pie", categories: f.byType.map((t) => t.label), series: [{ name: "受理数", data: f.byType.map((t) => t.accepted) }], link: (_s, i) => link({ facet: "disputeType", value: f.byType[i].key }) },
    { title: "按纠纷来源和调解层级", kind: "bar", categories: [...f.bySource.map((t) => t.label), ...f.byLevel.map((t) => t.label)], series: [{ name: "受理数", data: [...f.bySource, ...f.byLevel].map((t) => t.accepted) }, { name: "调解成功数", data: [...f.bySource, ...f.byLevel].map((t) => t.successful) }], link: (_s, i) => (i < f.bySource.length ? link({ facet: "source", value: f.bySource[i].key }) : null) },
    { title: "调解成功率与履行率", kind: "bar", percent: true, categories: ["调解成功率", "履行率"], series: [{ name: "比率", data: [pct(f.successRate), pct(f.performanceRate)] }] },
  ];
}

export function enforcementCharts(f: EnforcementFigures, link: Link): ChartSpec[] {
  return [
    { title: "按执法事项", kind: "pie", categories: f.byMatter.map((m) => m.label), series: [{ name: "案件数", data: f.byMatter.map((m) => m.count) }], link: (_s, i) => link({ facet: "matter", value: f.byMatter[i].key }) },
    { title: "按办理阶段", kind: "bar", categories: f.byStage.map((m) => m.label), series: [{ name: "案件数", data: f.byStage.map((m) => m.count) }], link: (_s, i) => link({ state: f.byStage[i].key }) },
    { title: "按期公示率、法制审核一次通过率和被纠错率", kind: "bar", percent: true, categories: ["按期公示率", "一次通过率", "被纠错率"], series: [{ name: "比率", data: [pct(f.publishedOnTimeRate), pct(f.firstRoundApprovalRate), pct(f.correctedRate)] }] },
  ];
}

export function normativeReviewCharts(f: NormativeReviewFigures): ChartSpec[] {
  const conclusions = Object.entries(CONCLUSIONS);
  return [
    { title: "审查与按期出具", kind: "bar", categories: f.byType.map((t) => t.label), series: [{ name: "审查", data: f.byType.map((t) => t.reviewed) }, { name: "出具意见", data: f.byType.map((t) => t.issued) }, { name: "按期出具", data: f.byType.map((t) => t.issuedOnTime) }] },
    { title: "审查结论", kind: "pie", categories: conclusions.map(([, l]) => l), series: [{ name: "件数", data: conclusions.map(([k]) => f.byType.reduce((n, t) => n + t.conclusions[k as keyof typeof CONCLUSIONS], 0)) }] },
  ];
}

export function decisionCharts(f: DecisionFigures, link: Link): ChartSpec[] {
  const rate = f.reviews.total ? Math.round((f.reviews.withinWindow / f.reviews.total) * 1000) / 10 : 0;
  return [
    { title: "重大行政决策所处阶段", kind: "bar", categories: f.byStage.map((s) => s.label), series: [{ name: "件数", data: f.byStage.map((s) => s.n) }], link: (_s, i) => link({ state: f.byStage[i].state }) },
    { title: "公众意见处理", kind: "pie", categories: ["采纳", "部分采纳", "不采纳"], series: [{ name: "条数", data: [f.calls.adopted, f.calls.partly, f.calls.rejected] }] },
    { title: "合法性审查按期率", kind: "bar", percent: true, categories: ["按期审查"], series: [{ name: "比率", data: [rate] }] },
  ];
}
