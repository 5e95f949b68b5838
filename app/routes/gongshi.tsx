/** 行政执法公示平台: public, no sign-in. Its own header links only to its own pages. */
import { NavLink, Outlet } from "@remix-run/react";

export default function PortalLayout() {
  return (
    <div className="portal">
      <header className="portal-head">
        <strong>行政执法公示</strong>
        <nav>
          <NavLink to="/gongshi" end>事前公开</NavLink>
          <NavLink to="/gongshi/jueding">执法决定</NavLink>
          <NavLink to="/gongshi/tongji">年度统计</NavLink>
          <NavLink to="/gongshi/juece">重大行政决策</NavLink>
          <NavLink to="/gongshi/zhengqiu">征求意见</NavLink>
          <a href="/gongshi/data.csv">开放数据（CSV）</a>
          <a href="/gongshi/data.json">开放数据（JSON）</a>
          <a href="/gongshi/juece.csv">决策数据（CSV）</a>
          <a href="/gongshi/juece.json">决策数据（JSON）</a>
        </nav>
      </header>
      <Outlet />
      <p className="hint">执法信息依据《中华人民共和国行政处罚法》第三十九条、第四十八条和国办发〔2018〕118号公开；决策事项目录依据《重大行政决策程序暂行条例》第三条公开。公开内容已依法隐去个人信息。</p>
    </div>
  );
}
