import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listUsers } from "~/admin/users.server";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { ROLES, type Role } from "../../workflows/roles";

export const meta: MetaFunction = () => [{ title: "用户管理 · 司法所" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.users");
  return { users: listUsers(db(), admin).map((u) => ({ ...u, roles: u.roles.map((r) => ROLES[r as Role] ?? r).join("、") })) };
}

export default function Users() {
  const { users } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>用户管理</h1>
      <p><Link className="button" to="/admin/users/new">新建用户</Link></p>
      <table className="list" data-testid="users">
        <thead><tr><th>用户名</th><th>姓名</th><th>单位</th><th>岗位</th><th>状态</th><th><span className="visually-hidden">操作</span></th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td><td>{u.displayName}</td><td>{u.org}</td><td>{u.roles}</td>
              <td>{u.active ? "启用" : "已停用"}</td><td><Link to={`/admin/users/${u.id}`}>编辑</Link></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
