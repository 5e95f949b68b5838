import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions";
import { loadCalendar } from "~/calendar.server";
import { overdueTaskCount, workbench } from "~/cases/queries.server";
import { urgencyFor } from "~/cases/urgency.server";
import { db } from "~/db.server";
import { PROCEDURES } from "../procedures";
import { CaseBadge } from "~/components/case-badge";

export const meta: MetaFunction = () => [{ title: "工作台 · 司法所" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const urgency = urgencyFor(loadCalendar(db()));
  const tasks = workbench(db(), user).map((t) => ({
    ...t,
    procedureName: PROCEDURES[t.procedure]?.name ?? t.procedure,
    stateLabel: PROCEDURES[t.procedure]?.stateLabels[t.state] ?? t.state,
    urgency: urgency.of(t.due),
    left: urgency.left(t.due),
  }));
  const readsCases = hasPermission(user.roles, "case.read");
  return {
    name: user.displayName,
    today: urgency.today,
    tasks,
    overdue: readsCases ? overdueTaskCount(db(), user, urgency.today) : 0,
    readsCases,
    isAdmin: hasPermission(user.roles, "admin.users"),
  };
}

export default function Workbench() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>工作台</h1>
      <p className="hint">{d.name}，今天是{d.today}。红色为已逾期，橙色为2个工作日内到期。</p>
      {d.readsCases && d.overdue > 0 ? (
        <div className="alert error">您的待办中有 {d.overdue} 件已超过期限。<Link to="/cases?overdue=1">查看本单位全部逾期案件</Link></div>
      ) : null}
      {d.isAdmin ? (
        <div className="card">
          <p>管理功能：<Link to="/admin/users">用户管理</Link> · <Link to="/admin/calendar">节假日安排</Link> · <Link to="/admin/settings">机构设置</Link></p>
        </div>
      ) : null}
      {d.readsCases ? (
        <div className="card">
          <h2>待办事项（{d.tasks.length}）</h2>
          {d.tasks.length === 0 ? <p className="hint">暂无待办。</p> : (
            <table className="list" data-testid="tasks">
              <thead><tr><th>待办</th><th>案号</th><th>事项</th><th>程序 / 阶段</th><th>期限</th></tr></thead>
              <tbody>
                {d.tasks.map((t) => (
                  <tr key={`${t.caseId}-${t.task}`} className={t.urgency ?? ""}>
                    <td><Link to={`/cases/${t.caseId}`}>{t.task}</Link></td>
                    <td>{t.number}</td>
                    <td><CaseBadge badge={t.badge} /> {t.title}</td>
                    <td>{t.procedureName} / {t.stateLabel}</td>
                    <td className={t.urgency ?? ""}>{t.due ? `${t.dueLabel}：${t.due}（${t.left}）` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
    </>
  );
}
