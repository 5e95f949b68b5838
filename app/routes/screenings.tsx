import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { disputeTypesFor, FINDINGS_LIST, findingColumns, findingsFromRows, findingToCase, listScreenings, recordScreening, screeningSchema } from "~/procedures/mediation/screening.server";
import { RowsEditor, type EditorRow } from "~/components/rows-editor";
import { rowsForForm, typedRows } from "~/rows";
import { chinaDate } from "../../workflows/calendar/calendar";
import { DISPUTE_TYPES } from "../../workflows/mediation/context";

export const meta: MetaFunction = () => [{ title: "矛盾纠纷排查 · 司法所" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation.create");
  const types = disputeTypesFor(db(), user);
  return { screenings: listScreenings(db(), user), today: chinaDate(new Date()), canRecord: user.organisationKind !== "district", types, columns: findingColumns(types) };
}

const ConvertSchema = z.object({ finding: z.coerce.number().int().positive("缺少纠纷编号") });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mediation.create");
  const values = formToObject(await request.formData());
  if (values.intent === "convert") {
    const parsed = ConvertSchema.safeParse(values);
    if (!parsed.success) return { errors: {} as Record<string, string>, message: parsed.error.issues[0].message, values, rows: null };
    const r = findingToCase(db(), user, parsed.data.finding);
    if (r.status === 201) return redirect(`/cases/${r.caseId}`);
    return { errors: {} as Record<string, string>, message: r.message, values, rows: null };
  }
  if (user.organisationKind === "district") return { errors: {} as Record<string, string>, message: "排查由居委会或街道记录", values, rows: null };
  const types = disputeTypesFor(db(), user);
  const rows = typedRows(values, FINDINGS_LIST, findingColumns(types));
  // Every field is checked at once, and what was typed comes back with the errors.
  const parsed = screeningSchema().safeParse(values);
  const found = findingsFromRows(types, rows);
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues)), ...("errors" in found ? found.errors : {}) };
  if (!parsed.success || "errors" in found) return { errors, message: "填写内容有误，请按提示修改，其余内容已保留", values, rows: rowsForForm(rows) as EditorRow[] };
  const r = recordScreening(db(), user, { ...parsed.data, findings: found.findings }, chinaDate(new Date()));
  if (!r.ok) return { errors: { date: r.message } as Record<string, string>, message: r.message, values, rows: rowsForForm(rows) as EditorRow[] };
  return redirect("/screenings?saved=1");
}

export default function Screenings() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const err = (k: string) => (a?.errors[k] ? <div className="error" role="alert">{a.errors[k]}</div> : null);
  return (
    <>
      <h1>矛盾纠纷排查</h1>
      {a?.message ? <div className="alert error" role="alert">{a.message}</div> : null}
      {d.canRecord ? (
        <div className="card">
          <h2>记录一次排查</h2>
          <Form method="post">
            <label htmlFor="date">排查日期</label>
            <input id="date" name="date" type="date" defaultValue={a?.values.date ?? d.today} />{err("date")}
            <label htmlFor="scope">排查范围</label>
            <input id="scope" name="scope" type="text" defaultValue={a?.values.scope} placeholder="如：1—12号楼及沿街商铺" />{err("scope")}
            <RowsEditor list={FINDINGS_LIST} legend="发现的纠纷（每件一行；没有发现纠纷的不填）" columns={d.columns} rows={a?.rows ?? []} errors={a?.errors} spare={3} />
            <label htmlFor="risks">风险研判意见</label>
            <textarea id="risks" name="risks" rows={3} defaultValue={a?.values.risks} />{err("risks")}
            <p><button type="submit">保存排查记录</button></p>
          </Form>
        </div>
      ) : null}
      {d.screenings.map((s) => (
        <div className="card" key={s.id} data-testid="screening">
          <h2>{s.date} · {s.office}</h2>
          <p className="hint">范围：{s.scope}；风险研判：{s.risks}</p>
          <table className="list">
            <thead><tr><th>类型</th><th>发现的纠纷</th><th><span className="visually-hidden">操作</span></th></tr></thead>
            <tbody>
              {s.findings.map((f) => (
                <tr key={f.id}>
                  <td>{d.types.find((t) => t.key === f.disputeType)?.label ?? DISPUTE_TYPES[f.disputeType as keyof typeof DISPUTE_TYPES] ?? f.disputeType}</td>
                  <td>{f.description}</td>
                  <td>
                    {f.caseId ? <Link to={`/cases/${f.caseId}`}>已立案</Link> : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="convert" />
                        <input type="hidden" name="finding" value={f.id} />
                        <button className="secondary" type="submit">转为调解案件</button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
