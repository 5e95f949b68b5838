/** The period and office a report counts, as a GET form (bookmarkable). */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

export function ReportFilters({ from, to, officeId, offices, children }: { from: string; to: string; officeId: string | null; offices: readonly { id: number; name: string }[]; children?: ReactNode }) {
  return (
    <Form method="get" className="card filters">
      <div><label htmlFor="from">起始日期</label><input id="from" name="from" type="date" defaultValue={from} /></div>
      <div><label htmlFor="to">截止日期</label><input id="to" name="to" type="date" defaultValue={to} /></div>
      <div>
        <label htmlFor="officeId">单位</label>
        <select id="officeId" name="officeId" defaultValue={officeId ?? ""}>
          <option value="">全部</option>
          {offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <div><button type="submit">统计</button>{children}</div>
    </Form>
  );
}
