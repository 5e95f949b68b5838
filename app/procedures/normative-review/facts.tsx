/** A legality review on its case page: what was sent, the period and its pauses, the opinion and its sign-off. */
import { formatInstant } from "~/format";
import { CONCLUSIONS, DOCUMENT_TYPES, type NormativeReviewContext } from "../../../workflows/normative-review/context";
import type { FactsProps } from "../types";

export function NormativeReviewFacts({ c: data, files }: FactsProps) {
  const c = data as NormativeReviewContext;
  const fileLink = (f: { sha256: string; name: string }) => {
    const stored = files.find((x) => x.sha256 === f.sha256);
    return stored ? <a href={`/files/${stored.id}`}>{f.name}</a> : f.name;
  };
  const waiting = c.corrections.at(-1)?.suppliedOn === null ? c.corrections.at(-1) : undefined;
  return (
    <>
      <dl className="facts">
        <dt>送审文件类型</dt><dd>{DOCUMENT_TYPES[c.documentType]}</dd>
        <dt>文件（合同）名称</dt><dd>{c.title}</dd>
        <dt>送审单位</dt><dd>{c.requestingUnit}</dd>
        {c.counterparty ? (<><dt>合同相对方</dt><dd>{c.counterparty}</dd></>) : null}
        <dt>起草（送审）说明</dt><dd>{c.explanation}</dd>
        <dt>登记</dt><dd>{c.requestedBy.name} · {formatInstant(c.requestedAt)}</dd>
        <dt>要求完成日期</dt><dd>{c.wantedBy}</dd>
        <dt>送审稿</dt><dd>{c.draft ? <>{fileLink(c.draft)}{c.draft.note ? `（${c.draft.note}）` : ""}</> : "尚未提交"}</dd>
        <dt>审查人</dt><dd>{c.reviewer ? `${c.reviewer.name}（受理之日起${c.reviewDays}个工作日内出具意见；依据：${c.reviewBasis}）` : "尚未受理"}</dd>
        {waiting ? (<><dt>审查期限</dt><dd data-testid="paused">{waiting.requestedOn}通知补正：审查期限内通知补正的，期限自通知之日起暂停，补正材料送达后继续计算剩余期限（见“期限”）</dd></>) : null}
        {c.issued ? (<><dt>文号</dt><dd>{c.issued.number}</dd></>) : null}
        {c.closedReason ? (<><dt>终结原因</dt><dd>{c.closedReason}</dd></>) : null}
      </dl>
      {c.corrections.length ? (
        <>
          <h2>补正</h2>
          <ul>
            {c.corrections.map((k, i) => (
              <li key={i}>
                {k.requestedOn} {k.requestedBy.name}通知补正：{k.items}
                {k.suppliedOn ? <>;{k.suppliedOn}补正送达：{k.note}{k.files.length ? <>（材料：{k.files.map((f, j) => <span key={j}>{j ? "、" : ""}{fileLink(f)}</span>)}）</> : null}</> : "；等待补正"}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {c.opinion ? (
        <>
          <h2>审查意见</h2>
          <dl className="facts">
            <dt>审查结论</dt><dd data-testid="conclusion">{CONCLUSIONS[c.opinion.conclusion]}</dd>
            <dt>审查意见说明</dt><dd>{c.opinion.reasoning}</dd>
            {c.opinion.problems.length ? (<><dt>存在的问题</dt><dd><ol>{c.opinion.problems.map((p, i) => <li key={i}>{p.text}</li>)}</ol></dd></>) : null}
            {c.opinion.suggestions ? (<><dt>修改建议</dt><dd>{c.opinion.suggestions}</dd></>) : null}
            <dt>审查人</dt><dd>{c.opinion.by.name} · {formatInstant(c.opinion.at)}</dd>
          </dl>
        </>
      ) : null}
      {c.signOffs.length ? (
        <>
          <h2>签发记录</h2>
          <ul>
            {c.signOffs.map((r) => (
              <li key={r.round}>第{r.round}轮：{r.decision === "approved" ? "签发" : "退回修改"} · {r.by.name} · {formatInstant(r.at)}{r.comments ? `：${r.comments}` : ""}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
