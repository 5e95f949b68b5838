import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { manageableOrganisations } from "~/admin/users.server";
import { appendAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { getSetting, setSetting } from "~/settings.server";
import { catalogueFromLines } from "~/procedures/enforcement/catalogue-form";
import { parseCatalogue, parseThresholds } from "../../workflows/enforcement/catalogue";
import { PENALTY_KINDS, type PenaltyKind } from "../../workflows/enforcement/context";

export const meta: MetaFunction = () => [{ title: "执法事项目录 · 司法所" }];

const yuan = (label: string) => z.coerce.number({ error: `${label}：应为数字` }).int(`${label}：应为整数（元）`).min(1, `${label}：至少1元`).max(100_000_000, `${label}：超出范围`);
const FormSchema = z.object({
  officeId: z.coerce.number({ error: "单位：请选择" }).int().positive("单位：请选择"),
  catalogue: z.string().max(50_000, "执法事项目录：过长"),
  hearingFinePerson: yuan("听证标准（个人）"),
  hearingFineOrganisation: yuan("听证标准（单位）"),
  majorFinePerson: yuan("重大标准（个人）"),
  majorFineOrganisation: yuan("重大标准（单位）"),
  majorBasis: z.string().trim().min(4, "目录清单依据：请填写文件名称").max(200, "目录清单依据：不能超过200字"),
  publishPolicy: z.enum(["all", "social-impact"], { error: "公示范围：请选择" }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  return {
    penalties: Object.entries(PENALTY_KINDS),
    offices: manageableOrganisations(db(), admin).filter((o) => o.kind === "street").map((o) => ({
      id: o.id,
      name: o.name,
      catalogue: parseCatalogue(getSetting(db(), o.id, "enforcement.catalogue")).map((m) => [m.name, m.basis, m.penalty, m.discretion].join("|")).join("\n"),
      thresholds: parseThresholds(getSetting(db(), o.id, "enforcement.thresholds")),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const form = await request.formData();
  const values = formToObject(form);
  const parsed = FormSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), officeId: values.officeId, saved: false };
  const v = parsed.data;
  if (!manageableOrganisations(db(), admin).some((o) => o.id === v.officeId && o.kind === "street")) {
    return { errors: { officeId: "单位：不在您管理的范围内" } as Record<string, string>, officeId: values.officeId, saved: false };
  }
  const catalogue = catalogueFromLines(getSetting(db(), v.officeId, "enforcement.catalogue"), v.catalogue);
  if ("error" in catalogue) return { errors: { catalogue: catalogue.error } as Record<string, string>, officeId: values.officeId, saved: false };
  const majorPenalties = form.getAll("majorPenalties").map(String).filter((k): k is PenaltyKind => k in PENALTY_KINDS);
  const thresholds = { ...v, officeId: undefined, catalogue: undefined, majorPenalties, majorWhenHearing: true };
  db().transaction((tx) => {
    setSetting(tx, v.officeId, "enforcement.catalogue", JSON.stringify(catalogue.list));
    setSetting(tx, v.officeId, "enforcement.thresholds", JSON.stringify(thresholds));
    appendAudit(db(), { actorId: admin.id, action: "admin.enforcement", detail: { officeId: v.officeId, matters: catalogue.list.length, thresholds } });
  });
  return { errors: {} as Record<string, string>, officeId: values.officeId, saved: true };
}

export default function EnforcementSettings() {
  const { offices, penalties } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>执法事项目录与重大执法决定目录清单</h1>
      <p className="hint">新登记的案件按新设置办理；已登记的案件保持登记时的事项和标准。听证标准即《行政处罚法》第六十三条的“较大数额罚款”；重大执法决定须经法制审核（第五十八条）。</p>
      {offices.map((o) => {
        const err = (k: string) => (a?.officeId === String(o.id) && a.errors[k] ? <div className="error">{a.errors[k]}</div> : null);
        const t = o.thresholds;
        return (
          <div className="card" key={o.id}>
            <h2>{o.name}</h2>
            {a?.saved && a.officeId === String(o.id) ? <div className="alert ok">已保存。</div> : null}
            <Form method="post">
              <input type="hidden" name="officeId" value={o.id} />
              <label htmlFor={`catalogue-${o.id}`}>执法事项目录（每行一项：名称|法律依据|处罚种类和幅度|裁量基准）</label>
              <textarea id={`catalogue-${o.id}`} name="catalogue" rows={8} defaultValue={o.catalogue} />
              {err("catalogue")}
              <div className="filters">
                <div><label htmlFor={`hp-${o.id}`}>听证标准：对个人罚款（元）</label><input id={`hp-${o.id}`} name="hearingFinePerson" type="number" defaultValue={t.hearingFinePerson} />{err("hearingFinePerson")}</div>
                <div><label htmlFor={`ho-${o.id}`}>听证标准：对单位罚款（元）</label><input id={`ho-${o.id}`} name="hearingFineOrganisation" type="number" defaultValue={t.hearingFineOrganisation} />{err("hearingFineOrganisation")}</div>
                <div><label htmlFor={`mp-${o.id}`}>重大标准：对个人罚款（元）</label><input id={`mp-${o.id}`} name="majorFinePerson" type="number" defaultValue={t.majorFinePerson} />{err("majorFinePerson")}</div>
                <div><label htmlFor={`mo-${o.id}`}>重大标准：对单位罚款（元）</label><input id={`mo-${o.id}`} name="majorFineOrganisation" type="number" defaultValue={t.majorFineOrganisation} />{err("majorFineOrganisation")}</div>
              </div>
              <label>属于重大执法决定的处罚种类</label>
              {penalties.map(([k, label]) => (
                <label key={k} style={{ fontWeight: 400 }}><input type="checkbox" name="majorPenalties" value={k} defaultChecked={t.majorPenalties.includes(k as PenaltyKind)} /> {label}</label>
              ))}
              <p className="hint">经过听证程序的案件、涉及重大公共利益的案件、情况疑难复杂的案件以及法律法规规定应当审核的案件，依《行政处罚法》第五十八条第一款当然属于重大执法决定；本清单只能增加情形，不能排除法定情形。</p>
              <label htmlFor={`basis-${o.id}`}>目录清单依据</label>
              <input id={`basis-${o.id}`} name="majorBasis" type="text" defaultValue={t.majorBasis} />
              {err("majorBasis")}
              <label htmlFor={`policy-${o.id}`}>行政处罚决定公示范围（《行政处罚法》第四十八条）</label>
              <select id={`policy-${o.id}`} name="publishPolicy" defaultValue={t.publishPolicy}>
                <option value="all">全部公示（国办发〔2018〕118号）</option>
                <option value="social-impact">仅公示具有一定社会影响的处罚决定</option>
              </select>
              <p><button type="submit">保存</button></p>
            </Form>
          </div>
        );
      })}
    </>
  );
}
