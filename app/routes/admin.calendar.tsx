import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CalendarFormSchema, parseSchedule } from "~/admin/calendar-schema";
import { calendarSummary, saveYear } from "~/admin/calendar.server";
import { forbidden, requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";

export const meta: MetaFunction = () => [{ title: "节假日安排 · 司法所" }];

/** The holiday table is shared by every office: only an administrator of the top-level organisation edits it. */
async function requireCalendarAdmin(request: Request) {
  const admin = await requirePermission(request, "admin.calendar");
  if (!admin.organisationIsTop) forbidden("节假日安排全区统一适用，只有区级系统管理员可以修改");
  return admin;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCalendarAdmin(request);
  return { years: calendarSummary(db()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireCalendarAdmin(request);
  const values = formToObject(await request.formData());
  const parsed = CalendarFormSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values, saved: null };
  const schedule = parseSchedule(parsed.data.year, parsed.data.schedule);
  if ("error" in schedule) return { errors: { schedule: schedule.error } as Record<string, string>, values, saved: null };
  const recomputed = saveYear(db(), admin.id, parsed.data.year, schedule.days, parsed.data.source);
  return { errors: {} as Record<string, string>, values: {} as Record<string, string>, saved: { year: parsed.data.year, days: schedule.days.length, recomputed } };
}

export default function CalendarAdmin() {
  const { years } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const err = (k: string) => (a?.errors[k] ? <div className="error" role="alert">{a.errors[k]}</div> : null);
  return (
    <>
      <h1>法定节假日与调休安排</h1>
      <p className="hint">工作日期限按此表计算。未录入年份按《全国年节及纪念日放假办法》规定的法定节假日和周末计算（调休未计入），并标注为“临时期限”；录入后，所有进行中的期限自动重算。</p>
      {a?.saved ? <div className="alert ok">已保存{a.saved.year}年安排（{a.saved.days}天），重算了{a.saved.recomputed}件案件的期限。</div> : null}
      <table className="list">
        <thead><tr><th>年份</th><th>放假天数</th><th>调休上班天数</th><th>依据</th></tr></thead>
        <tbody>{years.map((y) => <tr key={y.year}><td>{y.year}</td><td>{y.holidays}</td><td>{y.workdays}</td><td>{y.source}</td></tr>)}</tbody>
      </table>
      <div className="card" style={{ marginTop: 16 }}>
        <h2>录入或更正一年的安排</h2>
        <Form method="post">
          <label htmlFor="year">年份</label>
          <input id="year" name="year" type="number" defaultValue={a?.values.year} />{err("year")}
          <label htmlFor="source">依据（通知名称及文号）</label>
          <input id="source" name="source" type="text" defaultValue={a?.values.source} placeholder="国务院办公厅关于2027年部分节假日安排的通知" />{err("source")}
          <label htmlFor="schedule">安排内容（每行一项）</label>
          <textarea id="schedule" name="schedule" rows={10} defaultValue={a?.values.schedule} placeholder={"2027-01-01 休 元旦\n2027-10-01~2027-10-07 休 国庆节\n2027-09-26 班 国庆节"} />{err("schedule")}
          <p><button type="submit">保存</button></p>
        </Form>
      </div>
    </>
  );
}
