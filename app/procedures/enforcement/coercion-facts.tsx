/** Coercive measures and what followed the decision on the case page: 查封扣押, 强制拆除, 暂缓或分期, 催告, the court application, 复议 and 诉讼. */
import { Fragment } from "react";
import { CHALLENGE_KINDS, CHALLENGE_OUTCOMES, challengesOf, demolitionOf, ENFORCEMENT_METHODS, POLICE_REPLIES, RELEASE_GROUNDS, SEIZURE_KINDS, SEIZURE_OUTCOMES, seizuresOf } from "../../../workflows/enforcement/coercion/context";
import { REPRESENTATION_RESULTS, type EnforcementContext } from "../../../workflows/enforcement/context";

export function CoercionFacts({ c }: { c: EnforcementContext }) {
  return (
    <>
      <TransferFacts c={c} />
      <Seizures c={c} />
      <Demolition c={c} />
      <Collection c={c} />
      <Challenges c={c} />
    </>
  );
}

function TransferFacts({ c }: { c: EnforcementContext }) {
  const t = c.transfer;
  if (!t) return null;
  return (
    <>
      <h2>移送司法机关</h2>
      <dl className="facts" data-testid="transfer">
        <dt>批准移送</dt><dd>{t.number} · {t.date} · {t.by.name}批准，移送{t.police}{t.procuratorate ? `，抄送${t.procuratorate}` : ""}</dd>
        <dt>移送</dt><dd>{t.delivered ? `${t.delivered.date}移送，回执：${t.delivered.receipt}` : "尚未移送（批准后24小时内）"}</dd>
        {t.reply ? (<><dt>公安机关审查</dt><dd>{POLICE_REPLIES[t.reply.kind]}（{t.reply.date}）：{t.reply.note}</dd></>) : null}
      </dl>
    </>
  );
}

function Seizures({ c }: { c: EnforcementContext }) {
  const list = seizuresOf(c);
  if (!list.length) return null;
  return (
    <>
      <h2>查封、扣押</h2>
      <ul data-testid="seizures">
        {list.map((s) => (
          <li key={s.n}>
            第{s.n}次 {SEIZURE_KINDS[s.kind]} {s.number} · {s.time.replace("T", " ")} · {s.place}（全过程记录第{s.entry}条）
            <div className="hint">清单：{s.items}</div>
            <div>
              {s.approval ? `${s.approval.by.name}批准` : s.rejected ? `${s.rejected.by.name}不予批准：${s.rejected.reason}` : `情况紧急当场实施（${s.emergency}），待补办批准`}
              {s.extension ? ` · 延长${s.extension.days}日（${s.extension.reason}，${s.extension.notifiedOn}书面告知）` : ""}
            </div>
            {s.ended ? <div><strong>{SEIZURE_OUTCOMES[s.ended.outcome]}</strong>（{s.ended.date}{s.ended.ground ? `，${RELEASE_GROUNDS[s.ended.ground]}` : ""}）：{s.ended.reason}</div> : <div className="hint">尚未作出处理决定</div>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Demolition({ c }: { c: EnforcementContext }) {
  const order = c.decision?.order;
  if (!order) return null;
  const d = demolitionOf(c);
  return (
    <>
      <h2>限期拆除的执行</h2>
      <dl className="facts" data-testid="demolition">
        <dt>限期拆除</dt><dd>{order.structure}，限{order.deadline}前自行拆除</dd>
        {d.statements.map((s, n) => (<Fragment key={n}><dt>陈述申辩</dt><dd>{s.date}：{s.content}（{REPRESENTATION_RESULTS[s.result]}：{s.reason}）</dd></Fragment>))}
        {d.decision ? (<><dt>强制执行决定</dt><dd>{d.decision.number} · {d.decision.date} · {ENFORCEMENT_METHODS[d.decision.method]}{d.decision.executor ? `（代履行人：${d.decision.executor}）` : ""}{d.served ? ` · ${d.served.date}送达` : " · 尚未送达"}</dd></>) : null}
        {d.announced ? (<><dt>公告</dt><dd>{d.announced.number} · {d.announced.date}公告，限{d.announced.deadline}前自行拆除（{d.announced.place}）</dd></>) : null}
        {d.done ? (<><dt>强制拆除</dt><dd>{d.done.time.replace("T", " ")}实施，见全过程记录第{d.done.entry}条{d.done.urgent ? `（情况紧急：${d.done.urgent}）` : ""}</dd></>) : null}
        {d.complied ? (<><dt>自行拆除</dt><dd>{d.complied.date}：{d.complied.note}</dd></>) : null}
      </dl>
    </>
  );
}

function Collection({ c }: { c: EnforcementContext }) {
  const urgings = c.urgings ?? [];
  if (!c.paymentPlan && !urgings.length && !c.courtApplication) return null;
  return (
    <>
      <h2>催缴与强制执行</h2>
      <dl className="facts" data-testid="collection">
        {c.paymentPlan ? (<><dt>{c.paymentPlan.kind === "defer" ? "暂缓缴纳" : "分期缴纳"}</dt><dd>当事人{c.paymentPlan.appliedOn}申请（{c.paymentPlan.reason}），经{c.paymentPlan.by.name}批准：{c.paymentPlan.instalments.map((i) => `${i.due}前${i.amount}元`).join("；")}</dd></>) : null}
        {urgings.map((u, n) => (<Fragment key={n}><dt>催告</dt><dd>{u.number} · {u.date}送达 · {u.obligation === "fine" ? "催告缴纳罚款" : "催告自行拆除"}，期限至{u.deadline}</dd></Fragment>))}
        {c.courtApplication ? (<><dt>申请法院强制执行</dt><dd>{c.courtApplication.date}向{c.courtApplication.court}申请{c.courtApplication.note ? `：${c.courtApplication.note}` : ""}</dd></>) : null}
      </dl>
    </>
  );
}

function Challenges({ c }: { c: EnforcementContext }) {
  const challenges = challengesOf(c);
  if (!challenges.length) return null;
  return (
    <>
      <h2>复议、诉讼</h2>
      <ul data-testid="challenges">
        {challenges.map((x) => (
          <li key={x.n}>
            {CHALLENGE_KINDS[x.kind]} {x.organ} {x.caseNumber} · {x.filedOn}申请（起诉），{x.receivedOn}收到副本
            <div className="hint">请求：{x.claims}</div>
            <div>{x.answer ? `${x.answer.date}已提交${x.kind === "review" ? "答复" : "答辩状"}` : "尚未答复（答辩）"}</div>
            {x.outcome ? <div><strong>{CHALLENGE_OUTCOMES[x.outcome.kind]}</strong>（{x.outcome.date}）：{x.outcome.reason}</div> : <div className="hint">尚未审结</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
