import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLoaderData, useLocation, useRouteError, Form } from "@remix-run/react";
import { hasPermission } from "./auth/permissions";
import { getSessionUser } from "./auth/session.server";
import { ROLES } from "../workflows/roles";
import { useNonce } from "./security/nonce";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (!user) return { user: null };
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(user.roles, p);
  return {
    user: {
      name: user.displayName,
      org: user.organisationName,
      roles: user.roles.map((r) => ROLES[r]).join("、"),
      nav: {
        cases: can("case.read"),
        create: can("legal-opinion.create") && user.organisationKind === "street",
        mediate: can("mediation.create") && user.organisationKind !== "district",
        report: can("mediation.report"),
        enforce: can("enforcement.create") && user.organisationKind === "street",
        enforcementReport: can("enforcement.report"),
        users: can("admin.users"),
        calendar: can("admin.calendar") && user.organisationIsTop,
        settings: can("admin.settings"),
      },
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
            {user.nav.cases && <NavLink to="/cases">案件</NavLink>}
            {user.nav.mediate && <NavLink to="/cases/new/mediation">受理纠纷</NavLink>}
            {user.nav.mediate && <NavLink to="/screenings">纠纷排查</NavLink>}
            {user.nav.create && <NavLink to="/cases/new/legal-opinion">申请法律意见</NavLink>}
            {user.nav.report && <NavLink to="/reports/mediation">调解统计</NavLink>}
            {user.nav.enforce && <NavLink to="/cases/new/enforcement">执法案件登记</NavLink>}
            {user.nav.enforcementReport && <NavLink to="/reports/enforcement">执法统计</NavLink>}
            {user.nav.users && <NavLink to="/admin/users">用户管理</NavLink>}
            {user.nav.calendar && <NavLink to="/admin/calendar">节假日</NavLink>}
            {user.nav.settings && <NavLink to="/admin/settings">机构设置</NavLink>}
            {user.nav.settings && <NavLink to="/admin/enforcement">执法事项目录</NavLink>}
            <NavLink to="/gongshi">执法公示</NavLink>
          </nav>
          <div className="who">
            <span>{user.org} · {user.name}({user.roles})</span>
            <NavLink to="/account/password">修改密码</NavLink>
            <Form method="post" action="/logout"><button className="secondary" type="submit">退出</button></Form>
          </div>
        </>
      ) : null}
    </header>
  );
}

export default function App() {
  // The public portal has its own header: no internal navigation is shown to the public.
  const portal = useLocation().pathname.startsWith("/gongshi");
  return (
    <>
      {portal ? null : <TopBar />}
      <main><Outlet /></main>
    </>
  );
}

const ERROR_TEXT: Record<number, string> = {
  400: "请求有误",
  401: "请先登录",
  403: "无权访问:您的岗位或所属单位不能查看或办理此项内容",
  404: "页面或记录不存在",
  409: "无法完成:数据已被他人更新,或与登记的内容不一致",
};

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  return (
    <main>
      <div className="card">
        <h1>{status} · {ERROR_TEXT[status] ?? "系统出错了"}</h1>
        {detail ? <p>{detail}</p> : status === 500 ? <p>系统处理请求时出现错误,已记录。请稍后重试或联系管理员。</p> : null}
        <p><a href="/">返回工作台</a></p>
      </div>
    </main>
  );
}
