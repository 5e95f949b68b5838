/** A legal opinion's data on its case page: the request, the assignee, the draft and its review rounds. */
import { formatInstant } from "~/format";
import { MATTER_TYPES, type LegalOpinionContext } from "../../../workflows/legal-opinion/context";

export function LegalOpinionFacts({ c }: { c: LegalOpinionContext; files?: unknown }) {
  return (
    <>
      <dl className="facts">
        <dt>事项类型</dt><dd>{MATTER_TYPES[c.matterType]}</dd>
        <dt>申请部门</dt><dd>{c.requestingUnit}</dd>
        <dt>申请人</dt><dd>{c.requestedBy.name} · {formatInstant(c.requestedAt)}</dd>
        <dt>基本情况</dt><dd>{c.background}</dd>
        <dt>法律问题</dt><dd>{c.questions}</dd>
        <dt>承办人</dt><dd>{c.assignee ? `${c.assignee.name}（${c.draftDays}个工作日内出具）` : "尚未指派"}</dd>
        {c.issued ? (<><dt>文号</dt><dd>{c.issued.number}</dd></>) : null}
        {c.closedReason ? (<><dt>终结原因</dt><dd>{c.closedReason}</dd></>) : null}
      </dl>
      {c.draft ? (
        <>
          <h2>意见书草稿</h2>
          <dl className="facts">
            <dt>基本事实</dt><dd>{c.draft.facts}</dd>
            <dt>咨询问题</dt><dd>{c.draft.questions}</dd>
            <dt>法律分析</dt><dd>{c.draft.analysis}</dd>
            <dt>法律意见</dt><dd>{c.draft.conclusion}</dd>
            <dt>法律依据</dt><dd>{c.draft.bases.join("\n")}</dd>
          </dl>
        </>
      ) : null}
      {c.reviews.length ? (
        <>
          <h2>审核记录</h2>
          <ul>
            {c.reviews.map((r) => (
              <li key={r.round}>第{r.round}轮：{r.decision === "approved" ? "同意" : "退回修改"} · {r.by.name} · {formatInstant(r.at)}{r.comments ? `：${r.comments}` : ""}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
