/** 重大行政决策统计 (/reports/major-decision): decisions by stage, catalogue items, comment calls, legality reviews and 三重一大 items. */
import { CONCLUSIONS } from "../../../workflows/major-decision/context";
import type { DecisionFigures } from "../../../workflows/major-decision/statistics";
import type { ReportViewProps } from "../types";

export function DecisionReportView({ figures, from, to, scopeName }: ReportViewProps) {
  const f = figures as DecisionFigures;
  return (
    <div className="card" data-testid="figures">
      <p>{`${scopeName} · ${from} 至 ${to}`}</p>
      <p data-testid="sentence"><strong>{`启动重大行政决策${f.byStage.reduce((n, s) => n + s.n, 0)}项；公开征求意见${f.calls.opened}次，收到意见${f.calls.received}条，采纳${f.calls.adopted}条、部分采纳${f.calls.partly}条；合法性审查${f.reviews.total}次，按期${f.reviews.withinWindow}次。`}</strong></p>
      <h2>决策进展</h2>
      <table className="list"><thead><tr><th>阶段</th><th>项数</th></tr></thead><tbody>{f.byStage.map((s) => <tr key={s.state}><td>{s.label}</td><td>{s.n}</td></tr>)}</tbody></table>
      <h2>决策事项目录</h2>
      <p>{`目录内${f.items.listed}项（已调出${f.items.removed}项）：已完成${f.items.outcomes.done}项，结转下年度${f.items.outcomes.carried}项，不再实施${f.items.outcomes.dropped}项，尚未评估${f.items.outcomes.pending}项。`}</p>
      <h2>合法性审查结论</h2>
      <p>{Object.entries(CONCLUSIONS).map(([k, label]) => `${label}${f.reviews.byConclusion[k as keyof typeof CONCLUSIONS]}次`).join("，")}</p>
      <h2>“三重一大”事项</h2>
      <p>{f.threeImportant.map((t) => `${t.label}${t.n}项`).join("，")}</p>
    </div>
  );
}
