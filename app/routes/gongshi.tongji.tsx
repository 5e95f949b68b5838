import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { portalYearQuery } from "~/portal-query.server";
import { EnforcementFiguresView } from "~/procedures/enforcement/figures";
import { db } from "~/db.server";
import { annualStatistics } from "~/procedures/enforcement/portal.server";
import { chinaDate } from "../../workflows/calendar/calendar";

export const meta: MetaFunction = () => [{ title: "行政执法公示 · 年度统计" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const thisYear = Number(chinaDate(new Date()).slice(0, 4));
  const q = portalYearQuery(thisYear).parse(Object.fromEntries(new URL(request.url).searchParams));
  const year = q.year ?? thisYear;
  return { year, thisYear, figures: annualStatistics(db(), year) };
}

export default function AnnualStatistics() {
  const { year, thisYear, figures } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{year}年度行政执法数据</h1>
      <p className="hint">{year === thisYear ? `本年度数据截至今日，年度报告于${year + 1}年1月31日前公开。` : `${year}年度报告，应于${year + 1}年1月31日前公开。`}（国办发〔2018〕118号第六条）</p>
      <Form method="get" className="card filters">
        <div><label htmlFor="year">年度</label><input id="year" name="year" type="number" defaultValue={year} /></div>
        <div><button type="submit">查看</button></div>
      </Form>
      <EnforcementFiguresView f={figures} internal={false} />
    </>
  );
}
