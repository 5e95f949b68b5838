/** 行政执法 in spreadsheets: the report's figures, and the 执法台账 in the columns the annual reports use. */
import { chinaDate } from "../../../workflows/calendar/calendar";
import { isMajor } from "../../../workflows/enforcement/catalogue";
import { DECISION_KINDS, PENALTY_KINDS } from "../../../workflows/enforcement/context";
import { enforcementProcedure } from "../../../workflows/enforcement";
import type { EnforcementFigures } from "../../../workflows/enforcement/statistics";
import { maskName } from "../../../workflows/identity";
import type { Db } from "../../../db/connection";
import type { Sheet } from "../../exports/xlsx.server";
import { enforcementCasesIn } from "./report.server";

export function enforcementReportSheets(f: EnforcementFigures): Omit<Sheet, "preface">[] {
  const n = (v: number | null) => v ?? "";
  return [
    {
      name: "行政执法统计",
      header: ["指标", "数值"],
      rows: [
        ["登记案件", f.cases], ["其中简易程序", f.simple], ["作出决定", f.decided], ["行政处罚决定", f.penalties], ["罚没金额（元）", f.fines],
        ["重大执法决定", f.major], ["经法制审核", f.reviewed], ["法制审核一次通过", f.firstRoundApproved], ["一次通过率（%）", n(f.firstRoundApprovalRate)],
        ["平均审核轮次", n(f.averageRounds)], ["应公示", f.toPublish], ["已公示", f.published], ["按期公示", f.publishedOnTime], ["按期公示率（%）", n(f.publishedOnTimeRate)],
        ["撤回公示", f.withdrawals], ["平均办案天数（立案至决定）", n(f.averageDaysToDecision)], ["被申请复议或起诉", f.challenged], ["复议诉讼已审结", f.challengesConcluded],
        ["被纠错", f.corrected], ["被纠错率（%）", n(f.correctedRate)],
      ],
    },
    { name: "按执法事项", header: ["执法事项", "案件数"], rows: f.byMatter.map((m) => [m.label, m.count]) },
    { name: "按办理阶段", header: ["阶段", "案件数"], rows: f.byStage.map((m) => [m.label, m.count]) },
    { name: "按单位", header: ["单位", "案件数", "重大", "已公示"], rows: f.byOffice.map((m) => [m.label, m.count, m.major, m.published]) },
  ];
}

/** 执法台账: every case registered in the period by these streets, one a row. */
export function enforcementRegister(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }, full: boolean): Omit<Sheet, "preface"> {
  const rows = enforcementCasesIn(db, [...q.offices], q.from, q.to);
  return {
    name: "执法台账",
    header: ["序号", "登记日期", "办理单位", "程序", "当事人", "违法事项", "立案日期", "决定书文号", "处理结果", "罚没金额（元）", "决定日期", "重大执法决定", "公示", "结案日期", "当前阶段"],
    rows: rows.map(({ context: c, state, officeName }, i) => {
      const d = c.decision;
      const party = full || c.party.kind !== "person" ? c.party.name : maskName(c.party.name);
      return [
        i + 1,
        chinaDate(c.registeredAt),
        officeName,
        c.track === "simple" ? "简易程序" : "普通程序",
        party,
        c.matter.name,
        c.filing ? chinaDate(c.filing.at) : "",
        d?.number ?? "",
        d ? (d.kind === "penalty" ? d.penalties.map((p) => PENALTY_KINDS[p]).join("、") : DECISION_KINDS[d.kind]) : "",
        d ? d.fine + d.confiscation : "",
        d?.date ?? "",
        isMajor(c) ? "是" : "否",
        c.publication ? (c.publication.status === "published" ? "已公示" : "已撤回") : "",
        c.closedAt ? chinaDate(c.closedAt) : "",
        enforcementProcedure.stateLabels[state] ?? state,
      ];
    }),
  };
}
