import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { loadCalendar } from "~/calendar.server";
import { overdueTaskCount, workbench } from "~/cases/queries.server";
import { urgencyFor } from "~/cases/urgency.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { districtOverview, myCases, named, officeAlerts, supervise, SuperviseSchema } from "~/workbench/overview.server";
import { CaseBadge } from "~/components/case-badge";
import { Pager } from "~/components/pager";
import { renderChart } from "~/charts/chart.server";
import { adminTasks } from "~/workbench/admin-tasks.server";
import { Charts } from "~/components/charts";

export const meta: MetaFunction = () => [{ title: "工作台 · 司法所" }];

const PAGE = 20;
const TABS = { todo: "待办", done: "已办", mine: "我发起的" } as const;
type Tab = keyof typeof TABS;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const tab: Tab = Object.hasOwn(TABS, params.get("tab") ?? "") ? (params.get("tab") as Tab) : "todo";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const urgency = urgencyFor(loadCalendar(db()));
  const readsCases = hasPermission(user.roles, "case.read");
  const district = hasPermission(user.roles, "workbench.district") ? districtOverview(db(), user, urgency.today) : null;
  const all = workbench(db(), user).map((t) => ({ ...t, ...named(t.procedure, t.state), urgency: urgency.of(t.due), left: urgency.left(t.due) }));
  const listed = tab === "todo" ? { total: all.length, rows: all.slice((page - 1) * PAGE, page * PAGE) } : null;
  const other = tab !== "todo" && readsCases ? myCases(db(), user, tab, page, PAGE) : null;
  const office = hasPermission(user.roles, "workbench.oversee") ? officeAlerts(db(), user, urgency) : null;
  return {
    name: user.displayName,
    today: urgency.today,
    tab,
    page,
    pages: Math.max(1, Math.ceil((listed?.total ?? other?.total ?? 0) / PAGE)),
    tasks: listed?.rows ?? [],
    cases: (other?.rows ?? []).map((r) => ({ ...r, ...named(r.procedure, r.state) })),
    counts: { todo: all.length, overdue: all.filter((t) => t.urgency === "overdue").length, soon: all.filter((t) => t.urgency === "soon").length },
    overdue: readsCases ? overdueTaskCount(db(), user, urgency.today) : 0,
    readsCases,
    isAdmin: hasPermission(user.roles, "admin.users"),
    adminTasks: hasPermission(user.roles, "admin.users") ? adminTasks(db(), user, urgency.today) : [],
    office,
    // The office's overdue and due-soon cases by procedure, each bar opening those cases.
    officeChart: office && office.alerts.length
      ? renderChart({
          title: "本单位逾期及临期案件（按程序）",
          kind: "bar",
          categoryLabel: "程序",
          categories: office.byProcedure.map((r) => r.name),
          series: [{ name: "逾期", data: office.byProcedure.map((r) => r.overdue) }, { name: "临期", data: office.byProcedure.map((r) => r.soon) }],
          link: (series, i) => `/cases?procedure=${encodeURIComponent(office.byProcedure[i].procedure)}&${series === 0 ? "overdue" : "soon"}=1`,
        })
      : null,
    district,
    // The overview's chart: each street's open and overdue cases, each bar opening those cases.
    districtChart: district && district.length
      ? renderChart({
          title: "各街道在办与逾期案件",
          kind: "bar",
          categoryLabel: "街道",
          categories: district.map((s) => s.name),
          series: [{ name: "在办", data: district.map((s) => s.open) }, { name: "逾期", data: district.map((s) => s.overdue) }],
          link: (series, i) => `/cases?officeId=${district[i].id}&${series === 0 ? "open" : "overdue"}=1`,
        })
      : null,
  };
}

/** 督办 from the 工作台: the 所长 or a head reminds whoever holds a case of the office. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "workbench.oversee");
  const values = formToObject(await request.formData());
  const parsed = SuperviseSchema.safeParse(values);
  if (!parsed.success) return { caseId: values.caseId, errors: fieldErrors(parsed.error.issues), sent: null };
  const r = supervise(db(), user, parsed.data.caseId, parsed.data.note, new Date().toISOString());
  return r.ok ? { caseId: values.caseId, errors: {}, sent: r.sent } : { caseId: values.caseId, errors: { note: r.error } as Record<string, string>, sent: null };
}

export default function Workbench() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>工作台</h1>
      <p className="hint">{d.name}，今天是{d.today}。红色为已逾期，橙色为2个工作日内到期。</p>
      {d.readsCases && d.overdue > 0 ? (
        <div className="alert error">您的待办中有 {d.overdue} 件已超过期限。<Link to="/cases?overdue=1">查看本单位全部逾期案件</Link></div>
      ) : null}
      {d.isAdmin ? (
        <div className="card" data-testid="admin-tasks">
          <h2>系统管理待办（{d.adminTasks.length}）</h2>
          {d.adminTasks.length ? (
            <ul>{d.adminTasks.map((x) => <li key={x.label} className={x.overdue ? "overdue" : "soon"}><Link to={x.to}>{x.label}</Link></li>)}</ul>
          ) : <p className="hint">暂无待办：执法证均在有效期内，节假日安排已录入。</p>}
          <p>管理功能：<Link to="/admin/users">用户管理</Link> · <Link to="/admin/calendar">节假日安排</Link> · <Link to="/admin/settings">机构设置</Link> · <Link to="/admin/webhook">消息转发</Link></p>
        </div>
      ) : null}

      {d.district ? (
        <div className="card" data-testid="district-overview">
          <h2>全区概况</h2>
          <table className="list cards">
            <thead><tr><th>街道</th><th>在办</th><th>逾期</th><th>重大</th><th>已公示</th></tr></thead>
            <tbody>
              {d.district.map((s) => (
                <tr key={s.id}>
                  <td data-label="街道">{s.name}</td>
                  <td data-label="在办"><Link to={`/cases?officeId=${s.id}&open=1`}>{s.open}</Link></td>
                  <td data-label="逾期" className={s.overdue ? "overdue" : ""}><Link to={`/cases?officeId=${s.id}&overdue=1`}>{s.overdue}</Link></td>
                  <td data-label="重大">{s.major}</td>
                  <td data-label="已公示">{s.published}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">重大：进行中的重大行政决策、红色风险纠纷和经法制审核的执法案件。点击数字查看案件（当事人信息按规定遮蔽）。</p>
        </div>
      ) : null}
      {d.districtChart ? <Charts charts={[d.districtChart]} /> : null}

      {d.office ? (
        <div className="card" data-testid="office-alerts">
          <h2>本单位逾期及临期案件（{d.office.alerts.length}）</h2>
          {d.office.alerts.length === 0 ? <p className="hint">本单位没有逾期或2个工作日内到期的案件。</p> : (
            <>
              <div className="split">
                {d.officeChart ? <Charts charts={[d.officeChart]} /> : null}
                <table className="list"><caption>按承办人</caption><thead><tr><th>承办人</th><th>逾期</th><th>临期</th></tr></thead>
                  <tbody>{d.office.byPerson.map((r) => <tr key={r.name}><td>{r.name}</td><td>{r.overdue}</td><td>{r.soon}</td></tr>)}</tbody></table>
              </div>
              <table className="list cards">
                <thead><tr><th>案号</th><th>事项</th><th>期限</th><th>承办人</th><th>督办</th></tr></thead>
                <tbody>
                  {d.office.alerts.map((r) => (
                    <tr key={r.caseId} className={r.overdue ? "overdue" : "soon"}>
                      <td data-label="案号"><Link to={`/cases/${r.caseId}`}>{r.number}</Link></td>
                      <td data-label="事项">{r.procedureName}：{r.title}</td>
                      <td data-label="期限">{r.label}：{r.due}（{r.left}）</td>
                      <td data-label="承办人">{r.holders.join("、") || "—"}</td>
                      <td data-label="督办">
                        <Form method="post" className="inline">
                          <input type="hidden" name="caseId" value={r.caseId} />
                          <label htmlFor={`note-${r.caseId}`} className="visually-hidden">督办意见</label>
                          <input id={`note-${r.caseId}`} name="note" type="text" placeholder="督办意见" aria-describedby={a && String(a.caseId) === String(r.caseId) ? `note-${r.caseId}-msg` : undefined} />
                          <button type="submit" className="secondary small">督办</button>
                          {a && String(a.caseId) === String(r.caseId) ? (
                            a.sent !== null ? <span id={`note-${r.caseId}-msg`} className="ok">已督办{a.sent}人</span> : <span id={`note-${r.caseId}-msg`} className="error" role="alert">{(a.errors as Record<string, string>).note}</span>
                          ) : null}
                        </Form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      ) : null}

      {d.readsCases ? (
        <div className="card">
          <nav className="tabs" aria-label="我的事项">
            {(Object.keys(TABS) as Tab[]).map((t) => (
              <Link key={t} to={`?tab=${t}`} aria-current={d.tab === t ? "page" : undefined} className={d.tab === t ? "current" : ""}>
                {TABS[t]}{t === "todo" ? `（${d.counts.todo}）` : ""}
              </Link>
            ))}
          </nav>
          {d.tab === "todo" ? (
            <>
              <p className="hint" data-testid="task-counts">待办 {d.counts.todo} 件，其中已逾期 <strong className="overdue">{d.counts.overdue}</strong> 件，2个工作日内到期 <strong className="soon">{d.counts.soon}</strong> 件。</p>
              {d.tasks.length === 0 ? <p className="hint">暂无待办。</p> : (
                <table className="list cards" data-testid="tasks">
                  <thead><tr><th>待办</th><th>案号</th><th>事项</th><th>程序 / 阶段</th><th>期限</th></tr></thead>
                  <tbody>
                    {d.tasks.map((t) => (
                      <tr key={`${t.caseId}-${t.task}`} className={t.urgency ?? ""}>
                        <td data-label="待办"><Link to={`/cases/${t.caseId}`}>{t.task}</Link></td>
                        <td data-label="案号">{t.number}</td>
                        <td data-label="事项"><CaseBadge badge={t.badge} /> {t.title}</td>
                        <td data-label="程序 / 阶段">{t.procedureName} / {t.stateLabel}</td>
                        <td data-label="期限" className={t.urgency ?? ""}>{t.due ? `${t.dueLabel}：${t.due}（${t.left}）` : "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          ) : d.cases.length === 0 ? <p className="hint">{d.tab === "done" ? "还没有办理过的案件。" : "还没有发起过案件。"}</p> : (
            <table className="list cards" data-testid={`cases-${d.tab}`}>
              <thead><tr><th>案号</th><th>事项</th><th>程序 / 阶段</th></tr></thead>
              <tbody>
                {d.cases.map((c) => (
                  <tr key={c.caseId}><td data-label="案号"><Link to={`/cases/${c.caseId}`}>{c.number}</Link></td><td data-label="事项"><CaseBadge badge={c.badge} /> {c.title}</td><td data-label="程序 / 阶段">{c.procedureName} / {c.stateLabel}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={d.page} pages={d.pages} />
        </div>
      ) : null}
    </>
  );
}
