/** A catalogue on its case page: the items (with what became of each), the approvals, filing, publication and the change log. */
import { formatInstant } from "~/format";
import { OUTCOMES, PLANNED_STEPS, type DecisionCatalogueContext } from "../../../workflows/decision-catalogue/context";
import type { FactsProps } from "../types";

export function DecisionCatalogueFacts({ c: data }: FactsProps) {
  const c = data as DecisionCatalogueContext;
  const review = c.reviews.at(-1);
  return (
    <>
      <dl className="facts">
        <dt>目录年度</dt><dd>{c.year}年</dd>
        <dt>编制</dt><dd>{c.compiledBy.name} · {formatInstant(c.compiledAt)}</dd>
        <dt>司法所审核</dt><dd>{review ? `${review.outcome === "pass" ? "通过" : "退回修改"}：${review.opinion}（${review.by.name}，${formatInstant(review.at)}）` : "尚未审核"}</dd>
        <dt>党（工）委同意</dt><dd>{c.approval ? `${c.approval.meeting}，${c.approval.date}` : "尚未同意"}</dd>
        <dt>备案</dt><dd>{c.filing ? `${c.filing.filedOn}报${c.filing.filedWith}备案${c.acknowledgement ? `；${c.acknowledgement.by.name}已确认：${c.acknowledgement.opinion}` : "，待确认"}` : "尚未报备"}</dd>
        <dt>向社会公布</dt><dd>{c.publishedOn ?? "尚未公布"}</dd>
        {c.evaluation ? (<><dt>年度评估</dt><dd>{c.evaluation.summary}（{c.evaluation.by.name}，{formatInstant(c.evaluation.at)}）</dd></>) : null}
      </dl>
      <h2>决策事项</h2>
      <table className="list" data-testid="catalogue-items">
        <thead><tr><th>序号</th><th>决策事项</th><th>承办单位</th><th>决策依据</th><th>计划完成</th><th>拟采取的程序</th><th>情况</th></tr></thead>
        <tbody>
          {c.items.map((i) => (
            <tr key={i.no}>
              <td>{i.no}</td>
              <td>{i.name}</td>
              <td>{i.unit}</td>
              <td>{i.basis}</td>
              <td>{i.plannedBy}</td>
              <td>{i.steps.map((s) => PLANNED_STEPS[s]).join("、") || "—"}</td>
              <td>
                {i.addedBy ? `第${i.addedBy}次调整增列` : "原目录"}
                {i.removed ? `；${i.removed.on}调出：${i.removed.reason}` : ""}
                {i.evaluation ? `；评估：${OUTCOMES[i.evaluation.outcome]}（${i.evaluation.reason}）` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.adjustments.length ? (
        <>
          <h2>目录调整</h2>
          <ol>
            {c.adjustments.map((a) => (
              <li key={a.index}>
                {a.kind === "add" ? `增列“${a.item?.name}”` : `调出第${a.itemNo}项“${c.items.find((i) => i.no === a.itemNo)?.name ?? ""}”`}；理由：{a.reason}（{a.proposedBy.name}，{formatInstant(a.proposedAt)}）
                {a.reviews.map((r) => `；审核${r.outcome === "pass" ? "通过" : "不予通过"}：${r.opinion}`).join("")}
                {a.approval ? `；${a.approval.meeting}（${a.approval.date}）同意` : ""}
                {a.publishedOn ? `；${a.publishedOn}公布` : a.dropped ? "；未调整" : "；办理中"}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
