/** What followed the decision on the case page: 复议 and 诉讼 with their answers and outcomes. */
import { CHALLENGE_KINDS, CHALLENGE_OUTCOMES, challengesOf } from "../../../workflows/enforcement/coercion/context";
import type { EnforcementContext } from "../../../workflows/enforcement/context";

export function CoercionFacts({ c }: { c: EnforcementContext }) {
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
