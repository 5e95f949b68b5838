/**
 * 法律意见书: what goes on the page, from the case data. Kept apart from rendering so the
 * wording can be tested on its own.
 */
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import type { LegalOpinionContext } from "../../workflows/legal-opinion/context";
import { MATTER_TYPES } from "../../workflows/legal-opinion/context";
import { judicialOffice } from "../signers";
import { adviserLine } from "../../workflows/advisers";

export interface LegalOpinionFields {
  readonly title: string;
  readonly number: string;
  readonly addressee: string;
  readonly intro: string;
  readonly sections: readonly { heading: string; paragraphs: readonly string[] }[];
  readonly bases: readonly string[];
  readonly closing: string;
  readonly drafter: string;
  readonly issuer: string;
  readonly date: string;
}

const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const paragraphs = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);

export function legalOpinionContent(
  c: LegalOpinionContext,
  issue: { number: string; at: string; officeName: string },
): LegalOpinionFields {
  if (!c.draft || !c.assignee) throw new Error("意见书尚无起草稿，不能生成");
  const parts = [
    { heading: "基本事实", text: c.draft.facts },
    { heading: "咨询问题", text: c.draft.questions },
    { heading: "法律分析", text: c.draft.analysis },
    { heading: "法律意见", text: c.draft.conclusion },
  ];
  return {
    title: "法律意见书",
    number: issue.number,
    addressee: `${c.requestingUnit}：`,
    intro: `贵单位就“${c.subject}”（${MATTER_TYPES[c.matterType]}）提请出具法律意见。经指派法律顾问${c.assignee.name}承办，现根据贵单位提供的材料和有关法律规定，出具法律意见如下：`,
    sections: parts.map((p, i) => ({ heading: `${CN_NUMERALS[i]}、${p.heading}`, paragraphs: paragraphs(p.text) })),
    bases: c.draft.bases.map((b, i) => `${i + 1}.${b}`),
    closing: "本法律意见书仅依据贵单位提供的材料及现行有效的法律规定作出，供贵单位决策参考。",
    drafter: `承办人：${adviserLine(c.assignee.name, c.assignee)}`,
    // Signed by the 司法所 whose number (彭司法意) the opinion carries.
    issuer: judicialOffice(issue.officeName),
    date: chineseDate(chinaDate(issue.at)),
  };
}
