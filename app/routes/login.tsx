import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { CredentialsSchema, checkCredentials, clientIp } from "~/auth/login.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { createUserSession, getSessionUser } from "~/auth/session.server";
import { fieldErrors, formToObject } from "~/forms";

export const meta: MetaFunction = () => [{ title: "登录 · 司法所" }];


export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = formToObject(await request.formData());
  const parsed = CredentialsSchema.safeParse(form);
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues) as Record<string, string>, message: null };
  const result = await checkCredentials(parsed.data.username, parsed.data.password, clientIp(context));
  if (!result.ok) return { errors: {} as Record<string, string>, message: result.message };
  return createUserSession(request, result.userId, safeRedirect(form.redirectTo));
}

export default function Login() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="login card">
      <h1>登录</h1>
      {data?.message ? <div className="alert error" role="alert">{data.message}</div> : null}
      <Form method="post">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" type="text" autoComplete="username" />
        {data?.errors.username ? <div className="error">{data.errors.username}</div> : null}
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" />
        {data?.errors.password ? <div className="error">{data.errors.password}</div> : null}
        <p><button type="submit">登录</button></p>
      </Form>
    </div>
  );
}
