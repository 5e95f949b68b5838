/**
 * 合法性审查意见书 and the 送审登记表: what goes on the page, from the case data, apart from
 * rendering so the wording can be tested on its own.
 */
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { CONCLUSIONS, DOCUMENT_TYPES, type Conclusion, type NormativeReviewContext } from "../../workflows/normative-review/context";
import type { RecordSection } from "../gbt9704/record";
import { judicialOffice } from "../signers";
import { adviserLine } from "../../workflows/advisers";

export interface ReviewDocInput {
  readonly c: NormativeReviewContext;
  readonly caseNumber: string;
  readonly number: string | null;
  readonly officeName: string;
  readonly at: string;
}

const paragraphs = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);

/** What the conclusion means for the requesting unit: a document goes to deliberation, a contract to signing. */
function consequence(conclusion: Conclusion, type: NormativeReviewContext["documentType"]): string {
  const next = type === "contract" ? "签订" : "提请审议";
  if (conclusion === "lawful") return `经审查，送审稿未发现违反法律、法规、规章和国家政策规定的内容，可按程序${next}。`;
  if (conclusion === "lawful_after_changes") return `经审查，送审稿按本意见修改后合法，请按修改建议修改后按程序${next}。`;
  return `经审查，送审稿存在违反法律、法规、规章规定的内容，不得按现稿${next}。`;
}

export function reviewOpinion(i: ReviewDocInput): RecordSection | null {
  const { c } = i;
  if (!c.opinion || !c.reviewer || !c.acceptedAt) return null;
  const kind = DOCUMENT_TYPES[c.documentType];
  const corrections = c.corrections.filter((k) => k.suppliedOn).map((k) => `${chineseDate(k.requestedOn)}通知补正（${k.items}），${chineseDate(k.suppliedOn!)}补正送达。`);
  return {
    title: "合法性审查意见书",
    number: i.number,
    blocks: [
      { paragraphs: [`${c.requestingUnit}：`] },
      {
        paragraphs: [
          `贵单位于${chineseDate(chinaDate(c.requestedAt))}送审的${kind}《${c.title}》${c.counterparty ? `（合同相对方：${c.counterparty}）` : ""}收悉。本所于${chineseDate(chinaDate(c.acceptedAt))}受理，指派法律顾问${c.reviewer.name}进行合法性审查。${corrections.join("")}现提出审查意见如下：`,
        ],
      },
      { heading: "一、审查结论", paragraphs: [`${CONCLUSIONS[c.opinion.conclusion]}。${consequence(c.opinion.conclusion, c.documentType)}`] },
      { heading: "二、审查意见", paragraphs: paragraphs(c.opinion.reasoning) },
      ...(c.opinion.problems.length ? [{ heading: "三、存在的问题及依据", paragraphs: c.opinion.problems.map((p, n) => `${n + 1}.${p.text}`) }] : []),
      ...(c.opinion.suggestions ? [{ heading: `${c.opinion.problems.length ? "四" : "三"}、修改建议`, paragraphs: paragraphs(c.opinion.suggestions) }] : []),
      { paragraphs: ["本意见依据贵单位提供的送审材料及现行有效的法律、法规、规章和国家政策作出。"] },
    ],
    signatures: [`审查人：${adviserLine(c.reviewer.name, c.reviewer)}`, judicialOffice(i.officeName), chineseDate(chinaDate(i.at))],
  };
}

export function requestForm(i: ReviewDocInput): RecordSection {
  const { c } = i;
  return {
    title: "合法性审查送审登记表",
    number: i.caseNumber,
    rows: [
      ["送审文件类型", DOCUMENT_TYPES[c.documentType]],
      ["文件（合同）名称", c.title],
      ["送审单位", c.requestingUnit],
      ...(c.counterparty ? [["合同相对方", c.counterparty] as const] : []),
      ["起草（送审）说明", c.explanation],
      ["送审稿", c.draft ? `${c.draft.name}（SHA-256 ${c.draft.sha256.slice(0, 16)}…）` : "尚未提交"],
      ["登记人", c.requestedBy.name],
      ["登记日期", chineseDate(chinaDate(c.requestedAt))],
      ["要求完成日期", chineseDate(c.wantedBy)],
      ["受理日期", c.acceptedAt ? chineseDate(chinaDate(c.acceptedAt)) : "尚未受理"],
      ["审查人", c.reviewer ? adviserLine(c.reviewer.name, c.reviewer) : "尚未指派"],
    ],
    signatures: ["送审单位经办人（签名）：", "登记人（签名）："],
  };
}
