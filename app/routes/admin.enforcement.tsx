import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { manageableOrganisations } from "~/admin/users.server";
import { appendAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { getSetting, setSetting } from "~/settings.server";
import { CATALOGUE_COLUMNS, CATALOGUE_LIST, catalogueFromRows, catalogueRows } from "~/procedures/enforcement/catalogue-form";
import { RowsEditor, type EditorRow } from "~/components/rows-editor";
import { rowsForForm, typedRows } from "~/rows";
import { parseThresholds } from "../../workflows/enforcement/catalogue";
import { PENALTY_KINDS, type PenaltyKind } from "../../workflows/enforcement/context";

export const meta: MetaFunction = () => [{ title: "执法事项目录 · 司法所" }];

const yuan = (label: string) => z.coerce.number({ error: `${label}：应为数字` }).int(`${label}：应为整数（元）`).min(1, `${label}：至少1元`).max(100_000_000, `${label}：超出范围`);
const FormSchema = z.object({
  officeId: z.coerce.number({ error: "单位：请选择" }).int().positive("单位：请选择"),
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
    columns: CATALOGUE_COLUMNS,
    offices: manageableOrganisations(db(), admin).filter((o) => o.kind === "street").map((o) => ({
      id: o.id,
      name: o.name,
      catalogue: catalogueRows(getSetting(db(), o.id, "enforcement.catalogue")) as EditorRow[],
      thresholds: parseThresholds(getSetting(db(), o.id, "enforcement.thresholds")),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const form = await request.formData();
  const values = formToObject(form);
  const rows = typedRows(values, CATALOGUE_LIST, CATALOGUE_COLUMNS);
  const ticked = form.getAll("majorPenalties").map(String);
  // What was typed and ticked comes back with the errors, so nothing has to be entered again.
  const refused = (errors: Record<string, string>) => ({ errors, officeId: values.officeId, saved: false, values, ticked, rows: rowsForForm(rows) as EditorRow[] });
  const parsed = FormSchema.safeParse(values);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  const v = parsed.data;
  if (!manageableOrganisations(db(), admin).some((o) => o.id === v.officeId && o.kind === "street")) return refused({ officeId: "单位：不在您管理的范围内" });
  const catalogue = catalogueFromRows(getSetting(db(), v.officeId, "enforcement.catalogue"), rows);
  if ("errors" in catalogue) return refused(catalogue.errors);
  const majorPenalties = ticked.filter((k): k is PenaltyKind => k in PENALTY_KINDS);
  const thresholds = { ...v, officeId: undefined, majorPenalties, majorWhenHearing: true };
  db().transaction((tx) => {
    setSetting(tx, v.officeId, "enforcement.catalogue", JSON.stringify(catalogue.list));
    setSetting(tx, v.officeId, "enforcement.thresholds", JSON.stringify(thresholds));
    appendAudit(db(), { actorId: admin.id, action: "admin.enforcement", detail: { officeId: v.officeId, matters: catalogue.list.length, thresholds } });
  });
  return { errors: {} as Record<string, string>, officeId: values.officeId, saved: true, values: null, ticked: null, rows: null };
}

export default function EnforcementSettings() {
  const { offices, penalties, columns } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>执法事项目录与重大执法决定目录清单</h1>
      <p className="hint">新登记的案件按新设置办理；已登记的案件保持登记时的事项和标准。听证标准即《行政处罚法》第六十三条的“较大数额罚款”；重大执法决定须经法制审核（第五十八条）。</p>
      {offices.map((o) => {
        const mine = a?.officeId === String(o.id);
        const err = (k: string) => (mine && a.errors[k] ? <div className="error" role="alert">{a.errors[k]}</div> : null);
        const t = o.thresholds;
        // After a refusal the form shows what was typed, not what is stored.
        const typed = (k: string, stored: string | number) => (mine && a.values ? a.values[k] ?? "" : stored);
        return (
          <div className="card" key={o.id}>
            <h2>{o.name}</h2>
            {a?.saved && a.officeId === String(o.id) ? <div className="alert ok">已保存。</div> : null}
            {mine && !a.saved ? <div className="alert error" role="alert">未保存：请按提示修改标红的内容，其余内容已保留。</div> : null}
            <Form method="post">
              <input type="hidden" name="officeId" value={o.id} />
              <RowsEditor list={CATALOGUE_LIST} legend="执法事项目录" columns={columns} rows={mine && a.rows ? a.rows : o.catalogue} errors={mine ? a.errors : {}} hint="改名不影响已登记的案件和统计；删除的事项不再可选，已登记的案件保留原事项。" />
              <div className="filters">
                <div><label htmlFor={`hp-${o.id}`}>听证标准：对个人罚款（元）</label><input id={`hp-${o.id}`} name="hearingFinePerson" type="number" defaultValue={typed("hearingFinePerson", t.hearingFinePerson)} />{err("hearingFinePerson")}</div>
                <div><label htmlFor={`ho-${o.id}`}>听证标准：对单位罚款（元）</label><input id={`ho-${o.id}`} name="hearingFineOrganisation" type="number" defaultValue={typed("hearingFineOrganisation", t.hearingFineOrganisation)} />{err("hearingFineOrganisation")}</div>
                <div><label htmlFor={`mp-${o.id}`}>重大标准：对个人罚款（元）</label><input id={`mp-${o.id}`} name="majorFinePerson" type="number" defaultValue={typed("majorFinePerson", t.majorFinePerson)} />{err("majorFinePerson")}</div>
                <div><label htmlFor={`mo-${o.id}`}>重大标准：对单位罚款（元）</label><input id={`mo-${o.id}`} name="majorFineOrganisation" type="number" defaultValue={typed("majorFineOrganisation", t.majorFineOrganisation)} />{err("majorFineOrganisation")}</div>
              </div>
              <label>属于重大执法决定的处罚种类</label>
              {penalties.map(([k, label]) => (
                <label key={k} style={{ fontWeight: 400 }}><input type="checkbox" name="majorPenalties" value={k} defaultChecked={mine && a.ticked ? a.ticked.includes(k) : t.majorPenalties.includes(k as PenaltyKind)} /> {label}</label>
              ))}
              <p className="hint">经过听证程序的案件、涉及重大公共利益的案件、情况疑难复杂的案件以及法律法规规定应当审核的案件，依《行政处罚法》第五十八条第一款当然属于重大执法决定；本清单只能增加情形，不能排除法定情形。</p>
              <label htmlFor={`basis-${o.id}`}>目录清单依据</label>
              <input id={`basis-${o.id}`} name="majorBasis" type="text" defaultValue={typed("majorBasis", t.majorBasis)} />
              {err("majorBasis")}
              <label htmlFor={`policy-${o.id}`}>行政处罚决定公示范围（《行政处罚法》第四十八条）</label>
              <select id={`policy-${o.id}`} name="publishPolicy" defaultValue={typed("publishPolicy", t.publishPolicy)}>
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
