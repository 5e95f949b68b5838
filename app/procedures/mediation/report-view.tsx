/** 人民调解统计 (/reports/mediation): the figures and the tallies by type, level, source and organisation. */
import type { MediationFigures, Tally } from "../../../workflows/mediation/statistics";
import type { ReportViewProps } from "../types";

function TallyTable({ title, rows }: { title: string; rows: readonly Tally[] }) {
  return (
    <div className="card">
      <h2>{title}</h2>
      <table className="list">
        <thead><tr><th>分类</th><th>受理</th><th>调解成功</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.key}><td>{r.label}</td><td>{r.accepted}</td><td>{r.successful}</td></tr>)}</tbody>
      </table>
    </div>
  );
}

export function MediationReportView({ figures, from, to, scopeName }: ReportViewProps) {
  const f = figures as MediationFigures;
  return (
    <>
      <div className="card" data-testid="figures">
        <p>{scopeName} · {from} 至 {to}</p>
        <dl className="facts">
          <dt>受理</dt><dd>{f.accepted} 件</dd>
          <dt>已调结</dt><dd>{f.concluded} 件</dd>
          <dt>办理中</dt><dd data-testid="open">{f.open} 件（尚未调结，不计入成功率）</dd>
          <dt>调解成功</dt><dd>{f.successful} 件（协议生效且未终止、未被驳回确认、回访未见不履行）</dd>
          <dt>调解成功率</dt><dd>{f.successRate === null ? "—" : `${f.successRate}%`}（调解成功数÷已调结数；未履行的协议不计入成功）</dd>
          <dt>协议履行率</dt><dd data-testid="performance">{f.performanceRate === null ? "—" : `${f.performanceRate}%`}（已回访协议 {f.followedUp} 件，全部履行 {f.performed} 件）</dd>
          <dt>司法确认</dt><dd>申请 {f.confirmationsApplied} 件，裁定确认有效 {f.confirmationsValid} 件</dd>
          <dt>平均调结天数</dt><dd>{f.averageDaysToConclude ?? "—"}</dd>
          <dt>红色风险纠纷</dt><dd>{f.red.total} 件：达成协议 {f.red.agreed}，终止 {f.red.terminated}，不予调解或撤回 {f.red.declinedOrWithdrawn}，调解中 {f.red.ongoing}</dd>
        </dl>
      </div>
      <div className="grid2">
        <TallyTable title="按纠纷类型" rows={f.byType} />
        <TallyTable title="按调解层级" rows={f.byLevel} />
        <TallyTable title="按纠纷来源" rows={f.bySource} />
        <TallyTable title="按调解组织" rows={f.byOffice} />
      </div>
    </>
  );
}
