import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { inArray } from "drizzle-orm";
import { organisations } from "../../db/schema";
import { ADVISER_KINDS, ASSESSMENT_RESULTS, type AdviserKind, type AssessmentResult } from "../../workflows/advisers";
import { chinaDate } from "../../workflows/calendar/calendar";
import { AssessmentFormSchema, RosterFormSchema } from "~/advisers/roster-schema";
import { adviserAccounts, adviserWork, committeesOf, listRoster, saveAdviser, saveAssessment } from "~/advisers/roster.server";
import { forbidden, requirePermission } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { officeScope, streetOf } from "~/auth/users.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";

export const meta: MetaFunction = () => [{ title: "法律顾问名册 · 司法所" }];

/** /advisers: the 法律顾问名册 and its yearly assessment (RULES.md §5), with the figures of the year. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "advisers.read");
  const today = chinaDate(new Date());
  const yearParam = Number(new URL(request.url).searchParams.get("year"));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : Number(today.slice(0, 4));
  const scope = officeScope(db(), user);
  const streets = db().select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, scope)).all().filter((o) => o.kind === "street");
  const roster = listRoster(db(), streets.map((s) => s.id), today);
  const work = adviserWork(db(), streets.map((s) => s.id), year);
  const own = streetOf(db(), user.organisationId);
  const manages = hasPermission(user.roles, "advisers.manage") && !!own;
  const figures = streets.map((s) => {
    const entries = roster.filter((r) => r.officeId === s.id);
    const committees = committeesOf(db(), s.id);
    const served = new Set(entries.filter((r) => r.inTerm && r.committeeId).map((r) => r.committeeId));
    const results = Object.keys(ASSESSMENT_RESULTS).map((k) => [k, entries.filter((r) => r.assessments.some((a) => a.year === year && a.result === k)).length] as const);
    return {
      office: s.name,
      total: entries.length,
      inTerm: entries.filter((r) => r.inTerm).length,
      byKind: Object.keys(ADVISER_KINDS).map((k) => [k, entries.filter((r) => r.kind === k && r.inTerm).length] as const),
      committees: committees.length,
      served: committees.filter((c) => served.has(c.id)).length,
      assessed: entries.filter((r) => r.assessments.some((a) => a.year === year)).length,
      results,
    };
  });
  return {
    year,
    today,
    figures,
    roster: roster.map((r) => ({ ...r, work: work.get(r.userId) ?? { opinions: 0, reviews: 0, decisions: 0 } })),
    manage: manages ? { accounts: adviserAccounts(db(), own!.id), committees: committeesOf(db(), own!.id) } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "advisers.manage");
  const own = streetOf(db(), user.organisationId);
  if (!own) forbidden("法律顾问名册由街道司法所维护");
  const values = formToObject(await request.formData());
  if (values.intent === "assessment") {
    const parsed = AssessmentFormSchema.safeParse(values);
    if (!parsed.success) return { intent: "assessment", errors: fieldErrors(parsed.error.issues), values, saved: false };
    const r = saveAssessment(db(), user, own.id, parsed.data);
    return r.ok ? { intent: "assessment", errors: {}, values: {}, saved: true } : { intent: "assessment", errors: r.errors, values, saved: false };
  }
  const parsed = RosterFormSchema.safeParse(values);
  if (!parsed.success) return { intent: "roster", errors: fieldErrors(parsed.error.issues), values, saved: false };
  const r = saveAdviser(db(), user, own.id, parsed.data);
  return r.ok ? { intent: "roster", errors: {}, values: {}, saved: true } : { intent: "roster", errors: r.errors, values, saved: false };
}

export default function AdvisersPage() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const err = (intent: string, k: string) => (a?.intent === intent && (a.errors as Record<string, string>)[k] ? <div className="error" role="alert" id={`${intent}-${k}-error`}>{(a.errors as Record<string, string>)[k]}</div> : null);
  const val = (intent: string, k: string) => (a?.intent === intent ? (a.values as Record<string, string>)[k] : undefined);
  return (
    <>
      <h1>法律顾问名册</h1>
      <p className="hint">
        名册载明公职律师或外聘法律顾问、所在律师事务所、执业证号和聘期；不在名册或不在聘期内的人员不能指派承办法律意见、合法性审查，声明有利益冲突的不能承办涉及该当事人的事项（《中华人民共和国律师法》第三十九条）。今天是{d.today}。
      </p>
      {a?.saved ? <div className="alert ok">{a.intent === "assessment" ? "已保存年度考核结果。" : "已保存名册信息。"}</div> : null}

      <h2>{d.year}年度统计</h2>
      <Form method="get" className="inline">
        <label htmlFor="year">年度</label> <input id="year" name="year" type="number" defaultValue={d.year} style={{ width: "7em" }} /> <button type="submit" className="secondary">查看</button>
      </Form>
      <table className="list">
        <thead><tr><th>单位</th><th>名册人数</th><th>在聘</th><th>其中公职律师</th><th>其中外聘法律顾问</th><th>居委会配备</th><th>已考核</th><th>考核结果</th></tr></thead>
        <tbody>
          {d.figures.map((f) => (
            <tr key={f.office}>
              <td>{f.office}</td><td>{f.total}</td><td>{f.inTerm}</td>
              <td>{f.byKind.find(([k]) => k === "public")?.[1] ?? 0}</td><td>{f.byKind.find(([k]) => k === "retained")?.[1] ?? 0}</td>
              <td>{f.served}/{f.committees}</td><td>{f.assessed}</td>
              <td>{f.results.filter(([, n]) => n > 0).map(([k, n]) => `${ASSESSMENT_RESULTS[k as AssessmentResult]}${n}人`).join("，") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>名册</h2>
      <table className="list">
        <thead><tr><th>姓名</th><th>单位</th><th>类别</th><th>律师事务所（工作单位）</th><th>执业证号</th><th>聘期</th><th>服务的居委会</th><th>声明的利益冲突</th><th>{d.year}年承办</th><th>年度考核</th></tr></thead>
        <tbody>
          {d.roster.length ? d.roster.map((r) => (
            <tr key={r.userId}>
              <td>{r.name}</td><td>{r.office}</td><td>{ADVISER_KINDS[r.kind as AdviserKind]}</td><td>{r.firm}</td><td>{r.licenceNo}</td>
              <td>{r.termFrom}至{r.termTo}{r.inTerm ? "" : <strong>（不在聘期）</strong>}</td>
              <td>{r.committee || "—"}</td><td>{r.conflicts.join("、") || "无"}</td>
              <td>法律意见书{r.work.opinions}件，合法性审查{r.work.reviews}件，重大决策审查{r.work.decisions}次</td>
              <td>{r.assessments.map((x) => `${x.year}年${ASSESSMENT_RESULTS[x.result as AssessmentResult]}`).join("；") || "—"}</td>
            </tr>
          )) : <tr><td colSpan={10}>名册中尚无人员</td></tr>}
        </tbody>
      </table>

      {d.manage ? (
        <>
          <div className="card" style={{ marginTop: 16 }}>
            <h2>登记或更新名册信息</h2>
            <Form method="post">
              <input type="hidden" name="intent" value="roster" />
              <label htmlFor="r-userId">法律顾问（公职律师）账号</label>
              <select id="r-userId" name="userId" defaultValue={val("roster", "userId") ?? ""}>
                <option value="">请选择</option>
                {d.manage.accounts.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>{err("roster", "userId")}
              <label htmlFor="r-kind">类别</label>
              <select id="r-kind" name="kind" defaultValue={val("roster", "kind") ?? ""}>
                <option value="">请选择</option>
                {Object.entries(ADVISER_KINDS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
              </select>{err("roster", "kind")}
              <label htmlFor="r-firm">所在律师事务所（公职律师填工作单位）</label>
              <input id="r-firm" name="firm" type="text" defaultValue={val("roster", "firm")} />{err("roster", "firm")}
              <label htmlFor="r-licenceNo">执业证号（17位）</label>
              <input id="r-licenceNo" name="licenceNo" type="text" inputMode="numeric" defaultValue={val("roster", "licenceNo")} />{err("roster", "licenceNo")}
              <label htmlFor="r-termFrom">聘期开始日期</label>
              <input id="r-termFrom" name="termFrom" type="date" defaultValue={val("roster", "termFrom")} />{err("roster", "termFrom")}
              <label htmlFor="r-termTo">聘期结束日期</label>
              <input id="r-termTo" name="termTo" type="date" defaultValue={val("roster", "termTo")} />{err("roster", "termTo")}
              <label htmlFor="r-committeeId">服务的居委会（一个居委会配一名法律顾问，可不选）</label>
              <select id="r-committeeId" name="committeeId" defaultValue={val("roster", "committeeId") ?? ""}>
                <option value="">不对应居委会</option>
                {d.manage.committees.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>{err("roster", "committeeId")}
              <label htmlFor="r-conflicts">声明的利益冲突（本人或所在律所代理的单位、个人，每行一个）</label>
              <textarea id="r-conflicts" name="conflicts" rows={3} defaultValue={val("roster", "conflicts")} />{err("roster", "conflicts")}
              <p><button type="submit">保存名册信息</button></p>
            </Form>
          </div>
          <div className="card" style={{ marginTop: 16 }}>
            <h2>年度考核</h2>
            <Form method="post">
              <input type="hidden" name="intent" value="assessment" />
              <label htmlFor="a-userId">被考核的法律顾问</label>
              <select id="a-userId" name="userId" defaultValue={val("assessment", "userId") ?? ""}>
                <option value="">请选择</option>
                {d.roster.filter((r) => d.manage!.accounts.some((u) => u.id === r.userId)).map((r) => <option key={r.userId} value={r.userId}>{r.name}</option>)}
              </select>{err("assessment", "userId")}
              <label htmlFor="a-year">考核年度</label>
              <input id="a-year" name="year" type="number" defaultValue={val("assessment", "year") ?? d.year} />{err("assessment", "year")}
              <label htmlFor="a-result">考核结果</label>
              <select id="a-result" name="result" defaultValue={val("assessment", "result") ?? ""}>
                <option value="">请选择</option>
                {Object.entries(ASSESSMENT_RESULTS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
              </select>{err("assessment", "result")}
              <label htmlFor="a-note">考核意见</label>
              <textarea id="a-note" name="note" rows={3} defaultValue={val("assessment", "note")} />{err("assessment", "note")}
              <p><button type="submit">保存考核结果</button></p>
            </Form>
          </div>
        </>
      ) : null}
    </>
  );
}
