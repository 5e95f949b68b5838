/**
 * Guards of the yearly catalogue. The decision organ sets its catalogue of major decisions, has it
 * agreed by the Party committee of its level, publishes it and adjusts it as needed (713 art. 3
 * ¶3); a street office applies 713 by reference (参照, art. 42).
 */
import { chinaDate } from "../calendar/calendar";
import type { GuardRule } from "../engine/types";
import { activeItems, type DecisionCatalogueContext } from "./context";

type Guard = GuardRule<DecisionCatalogueContext>;
const ART3 = "参照《重大行政决策程序暂行条例》第三条第三款（确定决策事项目录、标准，经同级党委同意后向社会公布，并根据实际情况调整）、第四十二条";
const payload = <T>(e: { payload: Record<string, unknown> }) => e.payload as T;

/** Something to list before the list is sent on. */
export const hasItems: Guard = {
  name: "hasItems",
  explain: "目录尚无决策事项：请先增列至少一项决策事项",
  basis: ART3,
  test: (c) => activeItems(c).length > 0,
};

/** An item is planned within or after the catalogue's year, never before it. */
export const plannedInYear: Guard = {
  name: "plannedInYear",
  explain: "计划完成时间不能早于目录年度",
  basis: ART3,
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ kind?: string; plannedBy?: string }>(e);
    return p.kind === "remove" || !p.plannedBy || Number(p.plannedBy.slice(0, 4)) >= c.year;
  },
};

/** The same matter is listed once. */
export const notListedYet: Guard = {
  name: "notListedYet",
  explain: "目录中已有同名决策事项",
  basis: ART3,
  needsPayload: true,
  test: (c, e) => {
    const name = payload<{ name?: string }>(e).name?.trim();
    return !name || !activeItems(c).some((i) => i.name === name);
  },
};

/** A removal names an item that is on the list. */
export const itemOnList: Guard = {
  name: "itemOnList",
  explain: "所选事项不在目录中（或已调出）",
  basis: ART3,
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ kind?: string; item?: number }>(e);
    return p.kind === "add" || activeItems(c).some((i) => i.no === Number(p.item));
  },
};

/** The meeting, filing and publication are recorded after they happened, never ahead. */
export const dateNotFuture: Guard = {
  name: "dateNotFuture",
  explain: "日期不能晚于今天",
  basis: "如实记录（会议、备案、公布日期应为已发生的日期）",
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ date?: string; filedOn?: string; publishedOn?: string }>(e);
    const d = p.date ?? p.filedOn ?? p.publishedOn;
    return !d || d <= chinaDate(e.at);
  },
};

/** Filed and published only after the Party committee agreed (the latest agreement for an adjustment). */
export const notBeforeAgreement: Guard = {
  name: "notBeforeAgreement",
  explain: "备案、公布日期不能早于党（工）委同意的会议日期",
  basis: ART3,
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ filedOn?: string; publishedOn?: string }>(e);
    const d = p.filedOn ?? p.publishedOn;
    const open = c.adjustments.find((a) => !a.publishedOn && !a.dropped);
    const agreed = open ? open.approval?.date : c.approval?.date;
    return !d || !agreed || d >= agreed;
  },
};

/** The year ends with every item accounted for: done, carried over or dropped, each with its reason. */
export const allItemsEvaluated: Guard = {
  name: "allItemsEvaluated",
  explain: "尚有决策事项未作年度评估：每一事项须评估为已完成、结转下年度或不再实施，并说明理由",
  basis: ART3,
  test: (c) => activeItems(c).every((i) => i.evaluation !== null),
};

/** An item evaluated is on the list. */
export const evaluatedItemOnList: Guard = {
  name: "evaluatedItemOnList",
  explain: "所选事项不在目录中（或已调出）",
  basis: ART3,
  needsPayload: true,
  test: (c, e) => activeItems(c).some((i) => i.no === Number(payload<{ item?: number }>(e).item)),
};

export const ALL_GUARDS: readonly Guard[] = [hasItems, plannedInYear, notListedYet, itemOnList, dateNotFuture, notBeforeAgreement, allItemsEvaluated, evaluatedItemOnList];
