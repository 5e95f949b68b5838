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
import { disputeTypesFromLines, getSetting, setSetting } from "~/settings.server";
import { parseDisputeTypes } from "../../workflows/mediation/context";

export const meta: MetaFunction = () => [{ title: "机构设置 · 司法所" }];

const SettingsSchema = z.object({
  officeId: z.coerce.number({ error: "单位:请选择" }).int().positive("单位:请选择"),
  draftDays: z.coerce.number({ error: "办理时限:应为数字" }).int("办理时限:应为整数").min(1, "办理时限:至少1个工作日").max(60, "办理时限:不能超过60个工作日"),
  draftBasis: z.string().trim().min(4, "时限依据:请填写制度名称或条款").max(200, "时限依据:不能超过200字"),
  disputeTypes: z.string().max(2000, "纠纷类型目录:过长"),
  followUpDays: z.coerce.number({ error: "回访间隔:应为数字" }).int("回访间隔:应为整数").min(1, "回访间隔:至少1日").max(180, "回访间隔:不能超过180日"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const streets = manageableOrganisations(db(), admin).filter((o) => o.kind === "street");
  return {
    offices: streets.map((o) => ({
      id: o.id,
      name: o.name,
      draftDays: getSetting(db(), o.id, "legal-opinion.draftDays"),
      draftBasis: getSetting(db(), o.id, "legal-opinion.draftBasis"),
      followUpDays: getSetting(db(), o.id, "mediation.followUpDays"),
      disputeTypes: parseDisputeTypes(getSetting(db(), o.id, "mediation.disputeTypes")).map((t) => t.label).join("\n"),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const values = formToObject(await request.formData());
  const parsed = SettingsSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), officeId: values.officeId, saved: false };
  const v = parsed.data;
  const allowed = manageableOrganisations(db(), admin).some((o) => o.id === v.officeId && o.kind === "street");
  if (!allowed || !db().select().from(organisations).where(eq(organisations.id, v.officeId)).get()) {
    return { errors: { officeId: "单位:不在您管理的范围内" } as Record<string, string>, officeId: values.officeId, saved: false };
  }
  const types = disputeTypesFromLines(getSetting(db(), v.officeId, "mediation.disputeTypes"), v.disputeTypes);
  if ("error" in types) return { errors: { disputeTypes: types.error } as Record<string, string>, officeId: values.officeId, saved: false };
  db().transaction((tx) => {
    setSetting(tx, v.officeId, "mediation.disputeTypes", JSON.stringify(types.list));
    setSetting(tx, v.officeId, "legal-opinion.draftDays", String(v.draftDays));
    setSetting(tx, v.officeId, "legal-opinion.draftBasis", v.draftBasis);
    setSetting(tx, v.officeId, "mediation.followUpDays", String(v.followUpDays));
    appendAudit(db(), { actorId: admin.id, action: "admin.settings", detail: v });
  });
  return { errors: {} as Record<string, string>, officeId: values.officeId, saved: true };
}

export default function Settings() {
  const { offices } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>机构设置</h1>
      <p className="hint">法律意见书的办理时限、调解回访间隔按各街道制度配置;新案件按新设置计算,已有案件保持受理或指派时的设置。</p>
      {offices.map((o) => (
        <div className="card" key={o.id}>
          <h2>{o.name}</h2>
          {a?.saved && a.officeId === String(o.id) ? <div className="alert ok">已保存。</div> : null}
          <Form method="post">
            <input type="hidden" name="officeId" value={o.id} />
            <label htmlFor={`draftDays-${o.id}`}>法律意见书办理时限(自指派之日起,工作日)</label>
            <input id={`draftDays-${o.id}`} name="draftDays" type="number" defaultValue={o.draftDays} />
            {a?.officeId === String(o.id) && a.errors.draftDays ? <div className="error">{a.errors.draftDays}</div> : null}
            <label htmlFor={`draftBasis-${o.id}`}>时限依据</label>
            <input id={`draftBasis-${o.id}`} name="draftBasis" type="text" defaultValue={o.draftBasis} />
            {a?.officeId === String(o.id) && a.errors.draftBasis ? <div className="error">{a.errors.draftBasis}</div> : null}
            <label htmlFor={`followUpDays-${o.id}`}>调解协议回访间隔(日;新受理的纠纷按此计算,含本街道各居委会)</label>
            <input id={`followUpDays-${o.id}`} name="followUpDays" type="number" defaultValue={o.followUpDays} />
            {a?.officeId === String(o.id) && a.errors.followUpDays ? <div className="error">{a.errors.followUpDays}</div> : null}
            <label htmlFor={`disputeTypes-${o.id}`}>纠纷类型目录(每行一个;改名或删除不影响已受理的纠纷)</label>
            <textarea id={`disputeTypes-${o.id}`} name="disputeTypes" rows={6} defaultValue={o.disputeTypes} />
            {a?.officeId === String(o.id) && a.errors.disputeTypes ? <div className="error">{a.errors.disputeTypes}</div> : null}
            <p><button type="submit">保存</button></p>
          </Form>
        </div>
      ))}
    </>
  );
}
