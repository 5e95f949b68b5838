/** The enforcement figures, shared by the internal report and the public annual statistics. */
import type { EnforcementFigures } from "../../../workflows/enforcement/statistics";

const pct = (n: number | null) => (n === null ? "—" : `${n}%`);

export function EnforcementFiguresView({ f, internal }: { f: EnforcementFigures; internal: boolean }) {
  return (
    <>
      <div className="card" data-testid="figures">
        <dl className="facts">
          <dt>案件</dt><dd>{f.cases} 件（其中简易程序 {f.simple} 件）</dd>
          <dt>作出决定</dt><dd>{f.decided} 件，其中行政处罚 {f.penalties} 件，罚款合计 {f.fines.toLocaleString("zh-CN")} 元</dd>
          <dt>重大执法决定</dt><dd>{f.major} 件，经法制审核 {f.reviewed} 件；首轮审核通过率 {pct(f.firstRoundApprovalRate)}；平均审核轮次 {f.averageRounds ?? "—"}</dd>
          <dt>决定公示</dt><dd>应公示 {f.toPublish} 件，已公示 {f.published} 件，按期公示 {f.publishedOnTime} 件（按期率 {pct(f.publishedOnTimeRate)}）；撤回公示 {f.withdrawals} 件</dd>
          <dt>复议、诉讼</dt><dd>被申请复议或起诉的决定 {f.challenged} 件，已审结 {f.challengesConcluded} 件，被撤销、变更或确认违法、无效 {f.corrected} 件（被纠错率 {pct(f.correctedRate)}）</dd>
          <dt>平均办案天数</dt><dd>{f.averageDaysToDecision ?? "—"} 日（普通程序，立案至决定）</dd>
        </dl>
      </div>
      <div className="grid2">
        <div className="card">
          <h2>按执法事项</h2>
          <table className="list"><thead><tr><th>事项</th><th>件数</th></tr></thead>
            <tbody>{f.byMatter.map((m) => <tr key={m.key}><td>{m.label}</td><td>{m.count}</td></tr>)}</tbody></table>
        </div>
        <div className="card">
          <h2>按单位</h2>
          <table className="list"><thead><tr><th>单位</th><th>件数</th><th>重大</th><th>已公示</th></tr></thead>
            <tbody>{f.byOffice.map((o) => <tr key={o.key}><td>{o.label}</td><td>{o.count}</td><td>{o.major}</td><td>{o.published}</td></tr>)}</tbody></table>
        </div>
        {internal ? (
          <div className="card">
            <h2>按办理阶段</h2>
            <table className="list"><thead><tr><th>阶段</th><th>件数</th></tr></thead>
              <tbody>{f.byStage.map((s) => <tr key={s.key}><td>{s.label}</td><td>{s.count}</td></tr>)}</tbody></table>
          </div>
        ) : null}
      </div>
    </>
  );
}
