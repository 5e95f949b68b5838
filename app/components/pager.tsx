/** 上一页 / 第N/M页 / 下一页, keeping the page's other query parameters. */
import { Link, useSearchParams } from "@remix-run/react";

export function Pager({ page, pages }: { page: number; pages: number }) {
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const to = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(p));
    return `?${next}`;
  };
  return (
    <nav className="pages" aria-label="分页">
      {page > 1 ? <Link to={to(page - 1)}>上一页</Link> : null} 第{page}/{pages}页 {page < pages ? <Link to={to(page + 1)}>下一页</Link> : null}
    </nav>
  );
}
