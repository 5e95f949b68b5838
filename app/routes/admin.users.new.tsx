import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { submittedUserValues, userFormFromData } from "~/admin/user-schema";
import { manageableOrganisations, saveUser } from "~/admin/users.server";
import { requirePermission } from "~/auth/guard.server";
import { UserForm } from "~/admin/user-form";
import { db } from "~/db.server";
import { fieldErrors } from "~/forms";

export const meta: MetaFunction = () => [{ title: "新建用户 · 司法所" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.users");
  return { orgs: manageableOrganisations(db(), admin) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.users");
  const form = await request.formData();
  const parsed = userFormFromData(form);
  const values = submittedUserValues(form);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  const r = await saveUser(db(), admin, parsed.data);
  if (!r.ok) return { errors: r.errors, values };
  return redirect("/admin/users");
}

export default function NewUser() {
  const { orgs } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();

  return (
    <div className="card" style={{ maxWidth: 640 }}>
      <h1>新建用户</h1>
      {a?.errors ? <div className="alert error" role="alert">填写内容有误，请按提示修改。</div> : null}
      <UserForm isNew orgs={orgs} errors={a?.errors} values={a?.values ?? {}} />
    </div>
  );
}
