/** A mediation's data on its case page: parties, risk, mediators, moves, sessions, agreement, follow-ups. */
import { CO_MEDIATOR_ROLES, FOLLOW_UP_METHODS, LEVELS, PERFORMANCE, RISK_FACTORS, RISK_GRADES, SOURCES, type MediationContext } from "../../../workflows/mediation/context";
import { formatInstant } from "~/format";

export function RiskBadge({ grade }: { grade: keyof typeof RISK_GRADES }) {
  return <span className={`badge risk-${grade}`}>{RISK_GRADES[grade]}风险</span>;
}

export function MediationFacts({ c }: { c: MediationContext; files?: unknown }) {
  return (
    <>
      <dl className="facts">
        <dt>纠纷类型</dt><dd>{c.disputeTypeLabel}</dd>
        <dt>来源</dt><dd>{SOURCES[c.source]}</dd>
        <dt>受理</dt><dd>{c.acceptedBy.name} · {formatInstant(c.acceptedAt)}</dd>
        <dt>调解层级</dt><dd>{LEVELS[c.level]}</dd>
        <dt>简要情况</dt><dd>{c.summary}</dd>
        <dt>当事人请求</dt><dd>{c.claims}</dd>
        <dt>风险等级</dt>
        <dd>{c.risk ? <><RiskBadge grade={c.risk.grade} /> {c.risk.factors.map((f) => RISK_FACTORS[f]).join("；")}{c.risk.reason ? `（${c.risk.reason}）` : ""}</> : "尚未研判"}</dd>
        {c.policeNotified ? (<><dt>公安通报</dt><dd>{c.policeNotified.station} · {formatInstant(c.policeNotified.at)}：{c.policeNotified.note}{c.policeNotified.measures ? `；预防措施：${c.policeNotified.measures}` : ""}</dd></>) : null}
        <dt>调解员</dt><dd>{c.mediators.map((m) => m.name).join("、") || "尚未指定"}{c.chosenByParties ? "（当事人选择）" : ""}</dd>
        {c.coMediators.length ? (<><dt>参与调解</dt><dd>{c.coMediators.map((m) => `${m.name}（${CO_MEDIATOR_ROLES[m.role]}）`).join("、")}</dd></>) : null}
        {c.extension ? (<><dt>期限延长</dt><dd>{c.extension.days}日：{c.extension.reason}</dd></>) : null}
        {c.ending ? (<><dt>结束原因</dt><dd>{c.ending.reason}</dd></>) : null}
      </dl>
      <h2>当事人</h2>
      <table className="list" data-testid="parties">
        <thead><tr><th>#</th><th>地位</th><th>姓名/名称</th><th>证件号码</th><th>电话</th><th>住址</th><th>调解意愿</th></tr></thead>
        <tbody>
          {c.parties.map((p) => (
            <tr key={p.index}>
              <td>{p.index}</td>
              <td>{p.side === "applicant" ? "申请人" : "被申请人"}</td>
              <td>{p.name}{p.agentName ? `（代理人：${p.agentName}）` : ""}</td>
              <td>{p.kind === "person" ? p.idNumber : p.creditCode}</td>
              <td>{p.phone}</td>
              <td>{p.address}</td>
              <td>{{ pending: "待征询", given: "同意", refused: "拒绝" }[p.consent]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.moves.length ? (
        <><h2>层级流转</h2><ul>{c.moves.map((m, i) => <li key={i}>{m.direction === "up" ? "上移" : "下交"}:{LEVELS[m.from as keyof typeof LEVELS]} → {LEVELS[m.to as keyof typeof LEVELS]} · {m.by.name} · {m.reason}</li>)}</ul></>
      ) : null}
      {c.sessions.length ? (
        <><h2>调查与调解记录</h2><ul>{c.sessions.map((s) => <li key={s.index}>{s.date}{s.start ? ` ${s.start}—${s.end ?? ""}` : ""} {s.kind === "mediation" ? "调解" : "调查"} · {s.place}{s.subject ? ` · 被调查人 ${s.subject}` : ""} · {s.participants}：{s.content}</li>)}</ul></>
      ) : null}
      {c.agreement ? (
        <>
          <h2>{c.agreement.kind === "written" ? "调解协议书" : "口头协议"}</h2>
          <dl className="facts">
            <dt>达成日期</dt><dd>{c.agreement.date}</dd>
            <dt>协议内容</dt><dd>{c.agreement.terms}</dd>
            <dt>履行</dt><dd>{c.agreement.performance}</dd>
            <dt>生效</dt><dd>{c.agreement.effectiveOn ?? "待各方签字盖章并上传"}</dd>
          </dl>
        </>
      ) : null}
      {c.confirmation ? <p>司法确认：{c.confirmation.appliedAt} {c.confirmation.applicants ? `${c.confirmation.applicants.join("、")}共同` : ""}向{c.confirmation.court}申请；{c.confirmation.ruling ? (c.confirmation.ruling === "valid" ? "裁定确认有效" : "裁定驳回") : "待裁定"}</p> : null}
      {c.followUps.length ? (
        <><h2>回访</h2><ul>{c.followUps.map((f, i) => <li key={i}>{f.date}{f.method ? ` · ${FOLLOW_UP_METHODS[f.method]}` : ""}{f.visited ? ` · 被回访人${f.visited}` : ""} · {PERFORMANCE[f.performance]} · {f.by.name}：{f.note}</li>)}</ul></>
      ) : null}
    </>
  );
}
