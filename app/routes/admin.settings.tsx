import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { organisations } from "../../db/schema";
import { manageableOrganisations } from "~/admin/users.server";
import { appendAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { getSetting, setSetting, settingSpecs, type SettingKey } from "~/settings.server";
import { RowsEditor, type EditorRow } from "~/components/rows-editor";
import { rowsForForm, typedRows } from "~/rows";

export const meta: MetaFunction = () => [{ title: "机构设置 · 司法所" }];

const OfficeSchema = z.object({ officeId: z.coerce.number({ error: "单位：请选择" }).int().positive("单位：请选择") });

/** The settings procedures let 机构设置 edit (the others have their own pages), in registry order. */
function editable() {
  return Object.entries(settingSpecs()).flatMap(([key, spec]) => (spec.form ? [{ key: key as SettingKey, form: spec.form }] : []));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const streets = manageableOrganisations(db(), admin).filter((o) => o.kind === "street");
  const fields = editable();
  return {
    fields: fields.map(({ key, form }) => (form.kind === "rows" ? { key, kind: form.kind, label: form.label, hint: form.hint, columns: form.columns, fixed: !!form.fixed } : { key, kind: form.kind, label: form.label })),
    offices: streets.map((o) => ({
      id: o.id,
      name: o.name,
      values: Object.fromEntries(fields.flatMap(({ key, form }) => (form.kind === "rows" ? [] : [[key, (form.toForm ?? ((v: string) => v))(getSetting(db(), o.id, key))]]))) as Record<string, string>,
      rows: Object.fromEntries(fields.flatMap(({ key, form }) => (form.kind === "rows" ? [[key, form.toRows(getSetting(db(), o.id, key))]] : []))) as Record<string, EditorRow[]>,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const values = formToObject(await request.formData());
  const rows = Object.fromEntries(editable().flatMap(({ key, form }) => (form.kind === "rows" ? [[key, typedRows(values, key, form.columns)]] : [])));
  // A refusal sends back what was typed, rows included, so nothing has to be entered again.
  const refused = (errors: Record<string, string>) => ({ errors, officeId: values.officeId, saved: false, values, rows: Object.fromEntries(Object.entries(rows).map(([k, r]) => [k, rowsForForm(r) as EditorRow[]])) });
  const office = OfficeSchema.safeParse(values);
  if (!office.success) return refused(fieldErrors(office.error.issues));
  const { officeId } = office.data;
  const allowed = manageableOrganisations(db(), admin).some((o) => o.id === officeId && o.kind === "street");
  if (!allowed || !db().select().from(organisations).where(eq(organisations.id, officeId)).get()) {
    return refused({ officeId: "单位：不在您管理的范围内" });
  }
  // Every field is checked before anything is stored: one wrong field saves nothing.
  const errors: Record<string, string> = {};
  const next: [SettingKey, string][] = [];
  for (const { key, form } of editable()) {
    const stored = getSetting(db(), officeId, key);
    const r = form.kind === "rows" ? form.fromRows(rows[key], stored, key) : form.fromForm(values[key] ?? "", stored);
    if ("errors" in r) Object.assign(errors, r.errors);
    else if ("error" in r) errors[key] = r.error;
    else next.push([key, r.value]);
  }
  if (Object.keys(errors).length) return refused(errors);
  db().transaction((tx) => {
    for (const [key, value] of next) setSetting(tx, officeId, key, value);
    appendAudit(db(), { actorId: admin.id, action: "admin.settings", detail: { officeId, ...Object.fromEntries(next) } });
  });
  return { errors: {} as Record<string, string>, officeId: values.officeId, saved: true, values: null, rows: null };
}

export default function Settings() {
  const { fields, offices } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>机构设置</h1>
      <p className="hint">各程序的办理时限、回访间隔和目录按各街道制度配置；新案件按新设置计算，已有案件保持受理或指派时的设置。</p>
      {offices.map((o) => {
        const mine = a?.officeId === String(o.id);
        return (
        <div className="card" key={o.id}>
          <h2>{o.name}</h2>
          {a?.saved && mine ? <div className="alert ok">已保存。</div> : null}
          {mine && !a.saved ? <div className="alert error" role="alert">未保存：请按提示修改标红的内容，其余内容已保留。</div> : null}
          <Form method="post">
            <input type="hidden" name="officeId" value={o.id} />
            {fields.map((f) => {
              const id = `${f.key}-${o.id}`;
              if (f.kind === "rows") {
                return <RowsEditor key={f.key} list={f.key} legend={f.label} hint={f.hint} columns={f.columns} fixed={f.fixed} rows={mine && a.rows ? a.rows[f.key] : o.rows[f.key]} errors={mine ? a.errors : {}} />;
              }
              const error = mine ? a.errors[f.key] : undefined;
              return (
                <div key={f.key}>
                  <label htmlFor={id}>{f.label}</label>
                  <input id={id} name={f.key} type={f.kind === "number" ? "number" : "text"} defaultValue={mine && a.values ? a.values[f.key] : o.values[f.key]} aria-invalid={error ? true : undefined} />
                  {error ? <div className="error" role="alert">{error}</div> : null}
                </div>
              );
            })}
            <p><button type="submit">保存</button></p>
          </Form>
        </div>
        );
      })}
    </>
  );
}
