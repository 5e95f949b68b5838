/**
 * Guards of the street's 三重一大 procedure. Its steps are the street's own rules (议题申报、调查研究、
 * 行业比价、专业审价、法制审核、集体讨论、落笔签字, as the 彭浦新村 report lists them); the legality check
 * before the meeting follows 中办发〔2016〕30号 and 713 art. 25, applied by reference.
 */
import { chinaDate } from "../calendar/calendar";
import type { GuardRule } from "../engine/types";
import { chairIsHead as chairHead, chairSpeaksLast as chairLast, quorum as meetingQuorum } from "../meeting";
import { needsPricing, type ThreeImportantContext } from "./context";

type Guard = GuardRule<ThreeImportantContext>;
const STREET = "街道“三重一大”决策制度（议题申报、调查研究、行业比价、专业审价、法制审核、集体讨论、落笔签字）";
const payload = <T>(e: { payload: Record<string, unknown> }) => e.payload as T;

export const researched: Guard = {
  name: "researched",
  explain: "议题尚未开展调查研究",
  basis: STREET,
  test: (c) => c.research !== null || c.linked !== null,
};

export const pricedIfRequired: Guard = {
  name: "pricedIfRequired",
  explain: "大额资金使用和重大项目安排达到街道规定金额的，须先完成行业比价和专业审价",
  basis: STREET,
  test: (c) => !needsPricing(c) || (c.comparison !== null && c.audit !== null),
};

export const legalCheckPassed: Guard = {
  name: "legalCheckPassed",
  explain: "议题未经法制审核或者法制审核未通过，不得提交集体讨论",
  basis: `${STREET}；参照《重大行政决策程序暂行条例》第二十五条；中办发〔2016〕30号`,
  test: (c) => c.linked !== null || c.legal?.outcome === "pass",
};

export const quorum: Guard = meetingQuorum();

export const chairIsHead: Guard = chairHead(STREET);

export const chairSpeaksLast: Guard = chairLast("主要负责人（一把手）应当最后表态：发言记录的最后一行应为主持人", STREET);

export const dateNotFuture: Guard = {
  name: "dateNotFuture",
  explain: "会议日期不能晚于今天",
  basis: "如实记录（会议日期应为已发生的日期）",
  needsPayload: true,
  test: (_c, e) => {
    const d = payload<{ date?: string }>(e).date;
    return !d || d <= chinaDate(e.at);
  },
};

/** 落笔签字: everyone who attended signs the minutes. */
export const everyAttendeeSigned: Guard = {
  name: "everyAttendeeSigned",
  explain: "到会人员须全部在会议纪要上签字",
  basis: STREET,
  needsPayload: true,
  test: (c, e) => {
    const signed = new Set(payload<{ signed?: string[] }>(e).signed ?? []);
    return !c.meeting || c.meeting.attendees.every((a) => signed.has(a));
  },
};

export const ALL_GUARDS: readonly Guard[] = [researched, pricedIfRequired, legalCheckPassed, quorum, chairIsHead, chairSpeaksLast, dateNotFuture, everyAttendeeSigned];
