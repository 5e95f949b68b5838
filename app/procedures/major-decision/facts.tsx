/** A major decision on its case page: its catalogue item, each step's record and the 不适用 reasons the reviewer and the meeting see. */
import { formatInstant } from "~/format";
import { CHECK_ITEMS, CONCLUSIONS, DISPOSITIONS, MEETING_KINDS, MEETING_OUTCOMES, OPTIONAL_STEPS, RISK_LEVELS, currentDraft, type MajorDecisionContext } from "../../../workflows/major-decision/context";
import type { FactsProps } from "../types";

export function MajorDecisionFacts({ c: data, files }: FactsProps) {
  const c = data as MajorDecisionContext;
  const fileLink = (f: { sha256: string; name: string } | null) => {
    if (!f) return "—";
    const stored = files.find((x) => x.sha256 === f.sha256);
    return stored ? <a href={`/files/${stored.id}`}>{f.name}</a> : f.name;
  };
  return (
    <>
      <dl className="facts">
        <dt>决策事项</dt><dd>{`${c.item.name}（${c.item.catalogueNumber}第${c.item.no}项）`}</dd>
        <dt>决策依据</dt><dd>{c.item.basis}</dd>
        <dt>承办单位</dt><dd>{c.launch?.unit ?? c.item.unit}</dd>
        <dt>决策草案</dt><dd>{fileLink(currentDraft(c))}</dd>
        {c.launch ? (<><dt>起草说明</dt><dd>{c.launch.explanation}</dd></>) : null}
        <dt>不适用的程序</dt><dd data-testid="not-applicable">{c.notApplicable.length ? c.notApplicable.map((n) => `${OPTIONAL_STEPS[n.step]}：${n.reason}（${n.by.name}）`).join("；") : "无"}</dd>
        {c.call ? (<><dt>征求意见</dt><dd>{`${c.call.opensOn}至${c.call.closesOn}${c.call.closesOn < c.call.minimumEnd ? `（少于30日，理由：${c.call.shortReason}）` : ""}；已处理意见${c.comments.length}条${c.callClosed ? `，共收到${c.callClosed.received}条，已结束` : ""}`}</dd></>) : null}
        {c.hearing ? (<><dt>听证会</dt><dd>{`${c.hearing.heldOn}，${c.hearing.place}（材料于${c.hearing.materialsOn}提供）：${c.hearing.summary}`}</dd></>) : null}
        {c.ended ? (<><dt>终止</dt><dd>{c.ended.reason}</dd></>) : null}
      </dl>
      {c.comments.length ? (
        <><h2>公众意见处理</h2><ol>{c.comments.map((x) => <li key={x.id}>{`第${x.id}号：${x.text} —— ${DISPOSITIONS[x.disposition]}：${x.reason}`}</li>)}</ol></>
      ) : null}
      {c.experts.length ? (<><h2>专家论证</h2><ul>{c.experts.map((x, i) => <li key={i}>{`${x.name}（${x.field}，${x.institution}）：${x.opinion}`}</li>)}</ul></>) : null}
      {c.risks.length ? (<><h2>风险评估</h2><ul>{c.risks.map((r, i) => <li key={i}>{`${formatInstant(r.at)} ${RISK_LEVELS[r.level]}：${r.points}；措施：${r.measures}`}</li>)}</ul></>) : null}
      {c.reviewRequests.length ? (
        <>
          <h2>合法性审查</h2>
          <ul>
            {c.reviewRequests.map((q) => {
              const r = c.reviews.find((x) => x.round === q.round);
              return (
                <li key={q.round}>
                  {`第${q.round}次：${q.requestedOn}送${q.reviewer.name}审查，期限至${q.dueOn}${q.dueOn < q.minimumDue ? `（短于7个工作日，理由：${q.shortReason}）` : ""}`}
                  {r ? `；${CONCLUSIONS[r.conclusion]}（${r.number}）：${Object.entries(CHECK_ITEMS).map(([k, l]) => `${l}${r.checks[k as keyof typeof CHECK_ITEMS] === "ok" ? "符合" : "存在问题"}`).join("、")}。${r.opinion}` : "；审查中"}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {c.meetings.map((m) => (
        <div key={m.round}>
          <h2>{`集体讨论（第${m.round}次）：${MEETING_KINDS[m.kind]}，${m.date}，${MEETING_OUTCOMES[m.outcome]}`}</h2>
          <p>{`主持人${m.chair.name}；应到${m.members}人，实到${m.attendees.length}人：${m.attendees.join("、")}`}</p>
          <ol>{m.opinions.map((o, i) => <li key={i}>{`${o.name}：${o.position === "agree" ? "同意" : "不同意"}。${o.text}`}</li>)}</ol>
          {m.againstMajorityReason ? <p>{`与多数意见不一致的理由：${m.againstMajorityReason}`}</p> : null}
        </div>
      ))}
      {c.publication ? (<><h2>决策公布</h2><p>{`${c.publication.publishedOn}：${c.publication.text}`}</p><p>{`采纳情况：${c.publication.adoption}`}</p></>) : null}
      {c.execution ? (<><h2>决策执行</h2><p>{`执行单位：${c.execution.unit}${c.execution.suspended ? `；已中止：${c.execution.suspended.reason}` : ""}`}</p><ul>{c.execution.reports.map((r, i) => <li key={i}>{`${formatInstant(r.at)} ${r.text}`}</li>)}</ul></>) : null}
      {(c.changes ?? []).length ? (<><h2>决策调整</h2><ul>{(c.changes ?? []).map((x, i) => <li key={i}>{`${formatInstant(x.at)} ${x.meeting}决定调整：${x.reason}${x.replaced ? `（原决策${x.replaced.publishedOn}公布）` : ""}`}</li>)}</ul></>) : null}
      {c.postEvaluation ? (<><h2>决策后评估</h2><p>{`${c.postEvaluation.unit}：${c.postEvaluation.result}（${c.postEvaluation.publishedOn}公开）`}</p></>) : null}
    </>
  );
}
