/**
 * Guards of 移送司法机关 (国务院令第310号 arts. 5, 6, 8; APL 27).
 */
import { chinaDate } from "../../calendar/calendar";
import { type Guard, dateOf, today } from "./common";

const R310 = (n: string) => `《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第${n}条`;

export const transferProposed: Guard = {
  name: "transferProposed",
  explain: "调查终结报告未提出移送司法机关的意见：移送须由专案组核实情况后提出书面报告，报负责人审批；批准日期不能早于报告，也不能晚于今天",
  basis: R310("五"),
  needsPayload: true,
  test: (c, e) => c.report?.proposal.kind === "transfer" && dateOf(e) >= chinaDate(c.report.at) && dateOf(e) <= today(e),
};

export const transferToBeDelivered: Guard = {
  name: "transferToBeDelivered",
  explain: "本案没有待移送的涉嫌犯罪案件，或已记录移送；移送日期不能早于批准日期，也不能晚于今天",
  basis: R310("五") + "第二款",
  needsPayload: true,
  test: (c, e) => !!c.transfer && !c.transfer.delivered && dateOf(e) >= c.transfer.date && dateOf(e) <= today(e),
};

export const transferAwaitingReply: Guard = {
  name: "transferAwaitingReply",
  explain: "案件尚未移送公安机关，或已记录公安机关的审查结果；通知日期不能早于移送日期，也不能晚于今天",
  basis: R310("八"),
  needsPayload: true,
  test: (c, e) => !!c.transfer?.delivered && !c.transfer.reply && dateOf(e) >= c.transfer.delivered.date && dateOf(e) <= today(e),
};

export const transferDeliveredBeforeClosing: Guard = {
  name: "transferDeliveredBeforeClosing",
  explain: "批准移送的案件应当在二十四小时内移送公安机关并取得回执；尚未记录移送",
  basis: R310("五") + "第二款",
  test: (c) => !c.transfer || c.transfer.delivered !== null,
};

/** A transfer decides nothing on the party: it is not published (APL 48 publishes decisions on the party). */
export const publishableDecision: Guard = {
  name: "publishableDecision",
  explain: "移送司法机关不是对当事人作出的行政处罚决定，不予公示",
  basis: "《中华人民共和国行政处罚法》第二十七条、第四十八条",
  test: (c) => c.decision?.kind !== "transfer",
};
