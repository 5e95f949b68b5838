/** 人民调解 in spreadsheets: the report's figures, and the 调解台账 in the columns the annual reports use. */
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, organisations } from "../../../db/schema";
import { chinaDate } from "../../../workflows/calendar/calendar";
import { maskName } from "../../../workflows/identity";
import { PERFORMANCE, RISK_GRADES, SOURCES, type MediationContext } from "../../../workflows/mediation/context";
import { DECLINE_GROUNDS, TERMINATION_GROUNDS } from "../../../workflows/mediation/endings";
import { figuresRows, type MediationFigures } from "../../../workflows/mediation/statistics";
import type { Sheet } from "../../exports/xlsx.server";

export function mediationReportSheets(f: MediationFigures): Omit<Sheet, "preface">[] {
  const [header, ...rows] = figuresRows(f);
  return [{ name: "人民调解统计", header: header.map(String), rows }];
}

function outcome(c: MediationContext): string {
  if (c.ending?.kind === "declined") return DECLINE_GROUNDS[(c.ending.ground ?? "refused") as keyof typeof DECLINE_GROUNDS].notice.replace("告知书", "");
  if (c.ending?.kind === "terminated") return `终止调解（${TERMINATION_GROUNDS[(c.ending.ground ?? "failed") as keyof typeof TERMINATION_GROUNDS].label}）`;
  if (c.ending?.kind === "withdrawn") return "当事人撤回";
  if (c.agreement) return "调解成功";
  return "调解中";
}

/** 调解台账: every dispute accepted in the period by these offices, one a row. */
export function mediationRegister(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }, full: boolean): Omit<Sheet, "preface"> {
  const acceptedAt = sql<number>`json_extract(${cases.input}, '$.officeId')`;
  const rows = db
    .select({ number: cases.number, snapshot: cases.snapshot, office: organisations.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, acceptedAt))
    .where(and(eq(cases.procedure, "mediation"), inArray(acceptedAt, [...q.offices]), gte(cases.createdAt, new Date(`${q.from}T00:00:00+08:00`).toISOString()), lte(cases.createdAt, new Date(`${q.to}T23:59:59.999+08:00`).toISOString())))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .all();
  return {
    name: "调解台账",
    header: ["序号", "案号", "受理日期", "受理组织", "纠纷来源", "纠纷类型", "当事人", "风险等级", "调解结果", "协议形式", "履行情况", "司法确认", "结案日期"],
    rows: rows.map((r, i) => {
      const c = (r.snapshot as { context: MediationContext }).context;
      const last = c.followUps.at(-1);
      return [
        i + 1,
        r.number,
        chinaDate(c.acceptedAt),
        r.office,
        SOURCES[c.source],
        c.disputeTypeLabel,
        c.parties.map((p) => (full || p.kind !== "person" ? p.name : maskName(p.name))).join("、"),
        c.risk ? RISK_GRADES[c.risk.grade] : "",
        outcome(c),
        c.agreement ? (c.agreement.kind === "written" ? "书面" : "口头") : "",
        last ? PERFORMANCE[last.performance] : "",
        c.confirmation ? (c.confirmation.ruling === "valid" ? "确认有效" : c.confirmation.ruling === "rejected" ? "驳回" : "已申请") : "",
        c.closedAt ? chinaDate(c.closedAt) : c.ending ? chinaDate(c.ending.at) : "",
      ];
    }),
  };
}
