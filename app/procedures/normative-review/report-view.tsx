/** 合法性审查统计 (/reports/normative-review): the sentence the annual report publishes, and the figures by type. */
import type { NormativeReviewFigures } from "../../../workflows/normative-review/statistics";
import type { ReportViewProps } from "../types";

export function NormativeReviewReportView({ figures, from, to, scopeName }: ReportViewProps) {
  const f = figures as NormativeReviewFigures;
  return (
    <div className="card" data-testid="figures">
      <p>{scopeName} · {from} 至 {to}</p>
      <p data-testid="sentence"><strong>{f.sentence}</strong>（按送审登记日期统计，已受理的计入）</p>
      <table className="list">
        <thead><tr><th>类型</th><th>送审</th><th>审查</th><th>已出具意见</th><th>按期出具</th><th>合法</th><th>修改后合法</th><th>不合法</th><th>发现问题（条）</th></tr></thead>
        <tbody>
          {f.byType.map((t) => (
            <tr key={t.type}>
              <td>{t.label}</td><td>{t.submitted}</td><td>{t.reviewed}</td><td>{t.issued}</td><td>{t.issuedOnTime}</td>
              <td>{t.conclusions.lawful}</td><td>{t.conclusions.lawful_after_changes}</td><td>{t.conclusions.unlawful}</td><td>{t.problems}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">办理中 {f.open} 件；不予受理或受理前撤回 {f.notAccepted} 件。</p>
    </div>
  );
}
