import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { requireUser } from "~/auth/guard.server";
import { hashPassword, passwordProblem } from "~/auth/password.server";
import { clientIp, verifyCredentials } from "~/auth/login.server";
import { endOtherSessions } from "~/auth/session.server";
import { appendAudit } from "~/audit/audit.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";

export const meta: MetaFunction = () => [{ title: "修改密码 · 司法所" }];

const PasswordChangeSchema = z
  .object({
    current: z.string().min(1, "请输入当前密码"),
    next: z.string().superRefine((v, ctx) => {
      const problem = passwordProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: `新密码：${problem}` });
    }),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "两次输入的新密码不一致" });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = PasswordChangeSchema.safeParse(formToObject(await request.formData()));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), done: false };
  // Throttled like sign-in, so a left-open session cannot be used to guess the password.
  const check = await verifyCredentials(user.username, parsed.data.current, clientIp(context));
  if (!check.ok) return { errors: { current: check.status === 429 ? check.message : "当前密码不正确" }, done: false };
  const hash = await hashPassword(parsed.data.next);
  db().transaction((tx) => {
    tx.update(users).set({ passwordHash: hash }).where(eq(users.id, user.id)).run();
    appendAudit(db(), { actorId: user.id, action: "auth.password-change" });
  });
  await endOtherSessions(request, user.id);
  return { errors: {} as Record<string, string>, done: true };
}

export default function ChangePassword() {
  const data = useActionData<typeof action>();
  return (
    <div className="card" style={{ maxWidth: 480 }}>
      <h1>修改密码</h1>
      {data?.done ? <div className="alert ok">密码已修改，其他设备上的登录已退出，API令牌已全部撤销。</div> : null}
      <Form method="post">
        {[["current", "当前密码"], ["next", "新密码（至少8位，含字母和数字）"], ["confirm", "再次输入新密码"]].map(([name, label]) => (
          <div key={name}>
            <label htmlFor={name}>{label}</label>
            <input id={name} name={name} type="password" />
            {data?.errors[name] ? <div className="error">{data.errors[name]}</div> : null}
          </div>
        ))}
        <p><button type="submit">保存</button></p>
      </Form>
    </div>
  );
}
