import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { createCase, NOT_A_STREET } from "~/cases/create-case.server";
import { FormFields } from "~/components/form-fields";
import { db } from "~/db.server";
import { streetOf } from "~/auth/users.server";
import { streetSettings } from "~/settings.server";
import { fieldErrors, formToObject } from "~/forms";
import { getProcedure, procedureModule } from "~/procedures/registry.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.intake.title ?? "新建案件"} · 司法所` }];

async function procedureFor(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const proc = getProcedure(id ?? "");
  if (!proc) notFound("没有这种程序");
  if (!hasPermission(user.roles, proc.createPermission)) throw new Response(`您的岗位不能发起${proc.name}`, { status: 403 });
  const allowed = user.organisationKind === "street" || (proc.filedAt === "street-or-committee" && user.organisationKind === "committee");
  if (!allowed) throw new Response(NOT_A_STREET, { status: 403 });
  return { user, proc };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, proc } = await procedureFor(request, params.procedure);
  // Lists an office configures (a street's dispute types) replace the national defaults.
  const street = streetOf(db(), user.organisationId);
  const stored = street ? procedureModule(proc.id)?.server.createChoices?.(db(), street.id) ?? {} : {};
  const dynamic = { ...(street && proc.createOptions ? proc.createOptions(streetSettings(db(), street.id)) : {}), ...stored };
  const intake = procedureModule(proc.id)?.intake ?? { title: `申请${proc.name}`, submit: "提交申请" };
  return { name: proc.name, intake, fields: proc.createForm.map((f) => (dynamic[f.name] ? { ...f, options: dynamic[f.name] } : f)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, proc } = await procedureFor(request, params.procedure);
  const values = formToObject(await request.formData());
  const result = createCase(db(), user, proc.id, values);
  if (result.status === 201) return redirect(`/cases/${result.caseId}`);
  if (result.status === 403) throw new Response(result.message, { status: 403 });
  return { message: result.message, errors: fieldErrors(result.issues), values };
}

export default function NewCase() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <div className="card">
      <h1>{d.intake.title}</h1>
      {a?.message ? <div className="alert error" role="alert">{a.message}，请按提示修改。</div> : null}
      <Form method="post">
        <FormFields fields={d.fields} errors={a?.errors} values={a?.values} />
        <p><button type="submit">{d.intake.submit}</button></p>
      </Form>
    </div>
  );
}
