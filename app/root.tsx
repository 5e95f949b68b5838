import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLoaderData, useLocation, useRouteError, Form } from "@remix-run/react";
import { hasPermission } from "./auth/permissions";
import { procedureModules } from "./procedures";
import type { NavEntry } from "./procedures/types";
import { getSessionUser } from "./auth/session.server";
import { ROLES } from "../workflows/roles";
import { useNonce } from "./security/nonce";
import { db } from "./db.server";
import { unreadCount } from "./messages/messages.server";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (!user) return { user: null };
  const shown = (e: NavEntry) => (!e.permission || hasPermission(user.roles, e.permission)) && (!e.officeKinds || e.officeKinds.includes(user.organisationKind));
  const entries: NavEntry[] = [
    { to: "/cases", label: "案件", order: 5, permission: "case.read" },
    { to: "/advisers", label: "法律顾问", order: 70, permission: "advisers.read" },
    { to: "/admin/users", label: "用户管理", order: 80, permission: "admin.users" },
    // The holiday table is shared by every office: only the district's administrators edit it.
    ...(user.organisationIsTop ? [{ to: "/admin/calendar", label: "节假日", order: 85, permission: "admin.calendar" }] : []),
    { to: "/admin/settings", label: "机构设置", order: 90, permission: "admin.settings" },
    ...procedureModules().flatMap((m) => m.nav ?? []),
  ];
  return {
    user: {
      unread: unreadCount(db(), user.id),
      name: user.displayName,
      org: user.organisationName,
      roles: user.roles.map((r) => ROLES[r]).join("、"),
      nav: entries.filter(shown).sort((a, b) => a.order - b.order).map((e) => ({ to: e.to, label: e.label })),
    },
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function TopBar() {
  const data = useLoaderData<typeof loader>();
  const user = data?.user;
  return (
    <header className="top">
      <a className="brand" href="/">司法所 · 法治工作平台</a>
      {user ? (
        <>
          <nav>
            <NavLink to="/" end>工作台</NavLink>
            {user.nav.map((e) => <NavLink key={e.to} to={e.to}>{e.label}</NavLink>)}
          </nav>
          <div className="who">
            <NavLink to="/messages" className="bell" aria-label={`消息，${user.unread}条未读`}>消息{user.unread ? <span className="count">{user.unread > 99 ? "99+" : user.unread}</span> : null}</NavLink>
            <span>{user.org} · {user.name}（{user.roles}）</span>
            <NavLink to="/account/password">修改密码</NavLink>
            <Form method="post" action="/logout"><button className="secondary" type="submit">退出</button></Form>
          </div>
        </>
      ) : null}
    </header>
  );
}

/** Atop every printed sheet: the office (a case page prints its own line with the case number). */
function PrintHead() {
  const data = useLoaderData<typeof loader>();
  return data?.user ? <div className="print-head generic" aria-hidden="true">{data.user.org}</div> : null;
}

export default function App() {
  // The public portal has its own header: no internal navigation is shown to the public.
  const portal = useLocation().pathname.startsWith("/gongshi");
  return (
    <>
      {portal ? null : <TopBar />}
      {portal ? null : <PrintHead />}
      <main><Outlet /></main>
    </>
  );
}

const ERROR_TEXT: Record<number, string> = {
  400: "请求有误",
  401: "请先登录",
  403: "无权访问：您的岗位或所属单位不能查看或办理此项内容",
  404: "页面或记录不存在",
  409: "无法完成：数据已被他人更新，或与登记的内容不一致",
};

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  return (
    <main>
      <div className="card">
        <h1>{status} · {ERROR_TEXT[status] ?? "系统出错了"}</h1>
        {detail ? <p>{detail}</p> : status === 500 ? <p>系统处理请求时出现错误，已记录。请稍后重试或联系管理员。</p> : null}
        <p><a href="/">返回工作台</a></p>
      </div>
    </main>
  );
}
