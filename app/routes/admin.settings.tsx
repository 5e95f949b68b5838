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
    fields: fields.map((f) => ({ key: f.key, kind: f.form.kind, label: f.form.label })),
    offices: streets.map((o) => ({
      id: o.id,
      name: o.name,
      values: Object.fromEntries(fields.map((f) => [f.key, (f.form.toForm ?? ((v: string) => v))(getSetting(db(), o.id, f.key))])) as Record<string, string>,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const values = formToObject(await request.formData());
  const office = OfficeSchema.safeParse(values);
  if (!office.success) return { errors: fieldErrors(office.error.issues), officeId: values.officeId, saved: false };
  const { officeId } = office.data;
  const allowed = manageableOrganisations(db(), admin).some((o) => o.id === officeId && o.kind === "street");
  if (!allowed || !db().select().from(organisations).where(eq(organisations.id, officeId)).get()) {
    return { errors: { officeId: "单位：不在您管理的范围内" } as Record<string, string>, officeId: values.officeId, saved: false };
  }
  // Every field is checked before anything is stored: one wrong field saves nothing.
  const errors: Record<string, string> = {};
  const next: [SettingKey, string][] = [];
  for (const f of editable()) {
    const r = f.form.fromForm(values[f.key] ?? "", getSetting(db(), officeId, f.key));
    if ("error" in r) errors[f.key] = r.error;
    else next.push([f.key, r.value]);
  }
  if (Object.keys(errors).length) return { errors, officeId: values.officeId, saved: false };
  db().transaction((tx) => {
    for (const [key, value] of next) setSetting(tx, officeId, key, value);
    appendAudit(db(), { actorId: admin.id, action: "admin.settings", detail: { officeId, ...Object.fromEntries(next) } });
  });
  return { errors: {} as Record<string, string>, officeId: values.officeId, saved: true };
}

export default function Settings() {
  const { fields, offices } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>机构设置</h1>
      <p className="hint">各程序的办理时限、回访间隔和目录按各街道制度配置；新案件按新设置计算，已有案件保持受理或指派时的设置。</p>
      {offices.map((o) => (
        <div className="card" key={o.id}>
          <h2>{o.name}</h2>
          {a?.saved && a.officeId === String(o.id) ? <div className="alert ok">已保存。</div> : null}
          <Form method="post">
            <input type="hidden" name="officeId" value={o.id} />
            {fields.map((f) => {
              const id = `${f.key}-${o.id}`;
              const error = a?.officeId === String(o.id) ? a.errors[f.key] : undefined;
              return (
                <div key={f.key}>
                  <label htmlFor={id}>{f.label}</label>
                  {f.kind === "lines"
                    ? <textarea id={id} name={f.key} rows={6} defaultValue={o.values[f.key]} />
                    : <input id={id} name={f.key} type={f.kind === "number" ? "number" : "text"} defaultValue={o.values[f.key]} />}
                  {error ? <div className="error">{error}</div> : null}
                </div>
              );
            })}
            <p><button type="submit">保存</button></p>
          </Form>
        </div>
      ))}
    </>
  );
}
