/** A 三重一大 item on its case page: what it is, the research, pricing and legality check, the meeting and its signatures. */
import { formatInstant } from "~/format";
import { yuan } from "../../../workflows/money";
import { KINDS, needsPricing, type ThreeImportantContext } from "../../../workflows/three-important/context";
import type { FactsProps } from "../types";

export function ThreeImportantFacts({ c: data }: FactsProps) {
  const c = data as ThreeImportantContext;
  return (
    <>
      <dl className="facts">
        <dt>事项类别</dt><dd>{KINDS[c.kind]}</dd>
        <dt>议题</dt><dd>{c.title}</dd>
        <dt>申报单位</dt><dd>{`${c.unit}（${c.declaredBy.name}，${formatInstant(c.declaredAt)}）`}</dd>
        <dt>议题内容</dt><dd>{c.description}</dd>
        <dt>涉及金额</dt><dd>{c.amount > 0 ? `${yuan(c.amount)}${needsPricing(c) ? `（达到${yuan(c.threshold)}，须比价、审价）` : ""}` : "无"}</dd>
        {c.linked ? (<><dt>关联重大行政决策</dt><dd><a href={`/cases/${c.linked.caseId}`}>{`${c.linked.number} ${c.linked.name}`}</a></dd></>) : null}
        <dt>调查研究</dt><dd>{c.research?.findings ?? (c.linked ? "见关联的重大行政决策" : "尚未开展")}</dd>
        {c.comparison ? (<><dt>行业比价</dt><dd>{c.comparison.quotes.join("；")}</dd></>) : null}
        {c.audit ? (<><dt>专业审价</dt><dd>{`${c.audit.auditor}：${c.audit.result}`}</dd></>) : null}
        {c.legal ? (<><dt>法制审核</dt><dd>{`${c.legal.outcome === "pass" ? "通过" : "未通过"}：${c.legal.opinion}（${c.legal.by.name}）`}</dd></>) : null}
        {c.meeting ? (<><dt>集体讨论</dt><dd>{`${c.meeting.date}，主持人${c.meeting.chair.name}，应到${c.meeting.members}人，实到${c.meeting.attendees.length}人，${c.meeting.outcome === "passed" ? "通过" : "不予通过"}`}</dd></>) : null}
        {c.signedBy.length ? (<><dt>落笔签字</dt><dd>{c.signedBy.join("、")}</dd></>) : null}
        {c.lookback ? (<><dt>事后回溯</dt><dd>{c.lookback.result}</dd></>) : null}
      </dl>
      {c.meeting ? <ol>{c.meeting.opinions.map((o, i) => <li key={i}>{`${o.name}：${o.position === "agree" ? "同意" : "不同意"}。${o.text}`}</li>)}</ol> : null}
      {c.execution.length ? <ul>{c.execution.map((x, i) => <li key={i}>{`${formatInstant(x.at)} ${x.text}`}</li>)}</ul> : null}
    </>
  );
}
