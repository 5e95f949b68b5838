import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { submittedUserValues, userFormFromData } from "~/admin/user-schema";
import { getManagedUser, manageableOrganisations, saveUser } from "~/admin/users.server";
import { notFound, requirePermission } from "~/auth/guard.server";
import { UserForm } from "~/admin/user-form";
import { db } from "~/db.server";
import { fieldErrors } from "~/forms";

export const meta: MetaFunction = () => [{ title: "编辑用户 · 司法所" }];

async function managed(request: Request, id: string | undefined) {
  const admin = await requirePermission(request, "admin.users");
  const user = getManagedUser(db(), admin, Number(id));
  if (!user) notFound("用户不存在或不在您的管理范围内");
  return { admin, user };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { admin, user } = await managed(request, params.id);
  return { user, orgs: manageableOrganisations(db(), admin) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, user } = await managed(request, params.id);
  const form = await request.formData();
  const values = submittedUserValues(form);
  const parsed = userFormFromData(form);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  if (user.id === admin.id && (parsed.data.active !== "1" || !parsed.data.roles.includes("admin"))) {
    return { errors: { roles: "岗位：不能停用自己或取消自己的管理员岗位" } as Record<string, string>, values };
  }
  const r = await saveUser(db(), admin, parsed.data, user.id);
  if (!r.ok) return { errors: r.errors, values };
  return redirect("/admin/users");
}

export default function EditUser() {
  const { user, orgs } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <div className="card" style={{ maxWidth: 640 }}>
      <h1>编辑用户：{user.displayName}</h1>
      {a?.errors ? <div className="alert error" role="alert">填写内容有误，请按提示修改。</div> : null}
      <UserForm isNew={false} orgs={orgs} errors={a?.errors} values={a?.values ?? user} />
    </div>
  );
}
