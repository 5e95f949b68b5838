import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLoaderData, useLocation, useRouteError, Form } from "@remix-run/react";
import { getSessionUser } from "./auth/session.server";
import { topBarFor } from "./nav.server";
import { useNonce } from "./security/nonce";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  return { user: user ? topBarFor(user) : null };
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
      <a className="skip-link" href="#main">跳到正文</a>
      <a className="brand" href="/">司法所 · 法治工作平台</a>
      {user ? (
        <>
          {/* On a phone the menu folds into this toggle; without JavaScript it is a plain checkbox. */}
          <input type="checkbox" id="menu-toggle" className="menu-toggle" />
          <label htmlFor="menu-toggle" className="menu-button">菜单</label>
          <nav aria-label="主菜单">
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
      <main id="main" tabIndex={-1}><Outlet /></main>
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
