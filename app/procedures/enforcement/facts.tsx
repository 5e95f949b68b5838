/** An enforcement case on its page: the party and matter, why it is (not) major, the full-process record as a timeline, reviews. */
import { yuan } from "../../../workflows/money";
import { formatInstant } from "~/format";
import { majorReasons } from "../../../workflows/enforcement/catalogue";
// From the guard files themselves: the guards index brings every rule and, with them, the holiday tables.
import { fineOwed, recusedName } from "../../../workflows/enforcement/guards/common";
import { overpaid } from "../../../workflows/enforcement/guards/execution";
import { discoveredOn, limitationEnds } from "../../../workflows/enforcement/guards/registration";
import { ACT_KINDS, DECISION_KINDS, LIMITATIONS, REVIEW_ITEMS, REVOCATION_KINDS, SOURCES, TRACKS, type EnforcementContext } from "../../../workflows/enforcement/context";
import { sanctionText } from "../../../workflows/enforcement/publication";
import { CoercionFacts } from "./coercion-facts";

type FileLink = { id: number; sha256: string };

export function EnforcementFacts({ c, files }: { c: EnforcementContext; files: readonly FileLink[] }) {
  const major = majorReasons(c);
  const fileId = new Map(files.map((f) => [f.sha256, f.id]));
  const correctedBy = new Map(c.record.filter((r) => r.corrects).map((r) => [r.corrects!, r.seq]));
  const p = c.party;
  return (
    <>
      <dl className="facts">
        <dt>办案程序</dt><dd>{TRACKS[c.track]}</dd>
        <dt>案件来源</dt><dd>{SOURCES[c.source]}{c.sourceNote ? `（${c.sourceNote}）` : ""}</dd>
        <dt>执法事项</dt><dd>{c.matter.name}<div className="hint">依据：{c.matter.basis}；处罚幅度：{c.matter.penalty}；裁量基准：{c.matter.discretion}</div></dd>
        <dt>当事人</dt>
        <dd>
          {p.name}({p.kind === "person" ? "自然人" : "单位"})
          {p.kind === "person" ? (p.idNumber ? ` · 身份证 ${p.idNumber}` : "") : ` · 统一社会信用代码 ${p.creditCode} · 法定代表人 ${p.legalRepresentative}`}
          {p.phone ? ` · ${p.phone}` : ""}{p.address ? ` · ${p.address}` : ""}
        </dd>
        <dt>违法地点、日期</dt><dd>{c.place} · {c.occurredOn}发生 · {discoveredOn(c)}发现</dd>
        <dt>追责时效</dt>
        <dd data-testid="limitation">{LIMITATIONS[c.limitation ?? "two"].label}，至{limitationEnds(c)}{discoveredOn(c) > limitationEnds(c) ? "（发现时已超过时效，不再给予行政处罚，《行政处罚法》第三十六条）" : ""}</dd>
        <dt>案情简要</dt><dd>{c.facts}</dd>
        <dt>承办人员</dt><dd>{c.filing ? c.filing.officers.map((o) => `${o.name}（${o.certNo ?? "无证"}）`).join("、") : "尚未立案"}</dd>
        {c.recusals.length ? (
          <>
            <dt>回避</dt>
            <dd data-testid="recusals">
              {c.recusals.map((r) => (
                <div key={r.at}>{formatInstant(r.at)} 当事人申请{recusedName(r)}回避（{r.reason}），{r.by.name}决定{r.decision === "granted" ? `回避${r.replacement ? `，由${r.replacement.name}接替` : ""}` : "不予回避"}</div>
              ))}
            </dd>
          </>
        ) : null}
        <dt>重大执法决定</dt>
        <dd data-testid="major">{major.length ? <>是，须经法制审核方可决定：<ul>{major.map((m) => <li key={m.reason}>{m.reason}（依据：{m.basis}）</li>)}</ul></> : "否（未列入重大执法决定目录清单）"}</dd>
        {c.report ? (<><dt>拟处理意见</dt><dd>{sanctionText(c.report.proposal)}</dd></>) : null}
        {c.notice ? (<><dt>事先告知</dt><dd>{c.notice.number} · {c.notice.servedOn}送达{c.notice.hearingRight ? " · 已告知听证权利" : ""}</dd></>) : null}
        {c.hearing ? (<><dt>听证</dt><dd>{c.hearing.requestedOn}申请{c.hearing.scheduled ? ` · ${c.hearing.scheduled.date}${c.hearing.scheduled.time ? ` ${c.hearing.scheduled.time}` : ""}在${c.hearing.scheduled.place}举行，主持人${c.hearing.scheduled.chair.name}${c.hearing.scheduled.clerk ? `，书记员${c.hearing.scheduled.clerk.name}` : ""}` : ""}{c.hearing.held ? " · 已举行" : ""}</dd></>) : null}
        {c.decision ? (<><dt>决定</dt><dd>{c.decision.number} · {DECISION_KINDS[c.decision.kind]}:{sanctionText(c.decision)} · {c.decision.date}</dd></>) : null}
        {c.payments.length ? (<><dt>缴款</dt><dd>{c.payments.map((x) => `${x.date} ${yuan(x.amount)}${x.surcharge ? `（应加处罚款${yuan(x.surcharge)}）` : ""}`).join("；")}</dd></>) : null}
        {c.publication ? (<><dt>公示</dt><dd>{c.publication.status === "published" ? `已于${formatInstant(c.publication.publishedAt)}公示` : `已撤回：${c.publication.withdrawReason}`}</dd></>) : null}
        {c.revocation ? (
          <>
            <dt>决定变更</dt>
            <dd data-testid="revocation">
              {c.revocation.date}{REVOCATION_KINDS[c.revocation.kind]}:{c.revocation.reason}
              {c.revocation.kind === "changed" ? `；变更后罚款${yuan(fineOwed(c))}` : "；不再据以收缴罚款或强制执行"}
              {overpaid(c) ? `；已多缴${yuan(overpaid(c))}，应予退还` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>全过程记录</h2>
      {c.record.length === 0 ? <p className="hint">尚无记录。</p> : null}
      <ol className="timeline" data-testid="record">
        {c.record.map((r) => (
          <li key={r.seq} style={correctedBy.has(r.seq) ? { opacity: 0.6 } : undefined}>
            <strong>第{r.seq}条 {ACT_KINDS[r.kind].label}</strong> <span className="hint">{r.time.replace("T", " ")}{r.endTime ? `至${r.endTime.slice(0, 10) === r.time.slice(0, 10) ? r.endTime.slice(11) : r.endTime.replace("T", " ")}` : ""} · {r.place}{r.inCaseRoom ? "（办案场所）" : ""} · {r.officers.map((o) => o.name).join("、")}</span>
            {r.corrects ? <div className="hint">更正第{r.corrects}条：{r.correctionReason}</div> : null}
            {correctedBy.has(r.seq) ? <div className="hint">已由第{correctedBy.get(r.seq)}条更正（原记录保留）</div> : null}
            <div style={{ whiteSpace: "pre-wrap" }}>{r.content}</div>
            {r.files.length ? (
              <ul>{r.files.map((f) => <li key={f.sha256}>{fileId.has(f.sha256) ? <a href={`/files/${fileId.get(f.sha256)}`}>{f.name}</a> : f.name} <details className="tech"><summary>校验值</summary><span className="mono">SHA-256 {f.sha256}</span></details></li>)}</ul>
            ) : null}
            <div className="hint">记录人：{r.recordedBy.name} · {formatInstant(r.recordedAt)}</div>
          </li>
        ))}
      </ol>
      {c.legalReviews.length ? (
        <>
          <h2>法制审核</h2>
          {c.legalReviews.map((r) => (
            <div key={r.round} className="card" data-testid={`review-${r.round}`}>
              <strong>第{r.round}轮</strong> · 送审：{r.submittedBy.name} {formatInstant(r.submittedAt)}
              {r.corrections ? <div className="hint">整改情况：{r.corrections}</div> : null}
              {r.result ? (
                <>
                  <div>结论：<strong>{r.result.outcome === "approved" ? "同意" : "存在问题"}</strong>（{r.result.reviewer.name}，资格证 {r.result.reviewer.qualificationNo}） {r.result.number}</div>
                  <ul>{r.result.items.map((i) => <li key={i.key}>{REVIEW_ITEMS[i.key]}:{i.ok ? "通过" : `存在问题 — ${i.note}`}</li>)}</ul>
                  <div>{r.result.opinion}</div>
                </>
              ) : <div className="hint">待审核</div>}
            </div>
          ))}
        </>
      ) : null}
      <CoercionFacts c={c} />
    </>
  );
}
