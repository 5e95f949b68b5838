/**
 * A major decision's documents, from the case data: the 征求意见公告 and the 公众意见采纳情况说明, the
 * 专家论证意见 and 风险评估报告, the numbered 合法性审查意见书, the 集体讨论会议纪要 (dissent verbatim, a
 * signature line per attendee), the 决策公告, the 决策后评估报告, and the parts of the 决策卷宗.
 */
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { CHECK_ITEMS, CONCLUSIONS, DISPOSITIONS, MEETING_KINDS, MEETING_OUTCOMES, OPTIONAL_STEPS, RISK_LEVELS, currentDraft, latest, type MajorDecisionContext } from "../../workflows/major-decision/context";
import type { RecordSection } from "../gbt9704/record";
import { adviserLine } from "../../workflows/advisers";

export interface DecisionDocInput {
  readonly c: MajorDecisionContext;
  readonly caseNumber: string;
  readonly number: string | null;
  /** The street as it signs (彭浦新村街道办事处) and its 司法所. */
  readonly street: string;
  readonly judicial: string;
}

const lines = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
const ordinal = (n: number) => ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n] ?? String(n + 1);
const notApplicable = (c: MajorDecisionContext) => c.notApplicable.map((n) => `${OPTIONAL_STEPS[n.step]}不适用，理由：${n.reason}`);

export function callNotice({ c, street, caseNumber }: DecisionDocInput): RecordSection | null {
  if (!c.call) return null;
  const short = c.call.closesOn < c.call.minimumEnd;
  return {
    title: `关于《${c.item.name}（草案）》公开征求意见的公告`,
    number: caseNumber,
    blocks: [
      { paragraphs: lines(c.call.text) },
      {
        paragraphs: [
          `征求意见期限：${chineseDate(c.call.opensOn)}至${chineseDate(c.call.closesOn)}。${short ? `因${c.call.shortReason}，征求意见期限少于30日。` : ""}`,
          "社会公众可以通过本街道政务公开平台“征求意见”栏目提出意见，无需登录；意见内容不公开提出人的个人信息。",
          "依据：参照《重大行政决策程序暂行条例》第十四条、第十五条、第四十二条。",
        ],
      },
    ],
    signatures: [`${street}（印）`, chineseDate(c.call.opensOn)],
  };
}

export function adoptionNote({ c, street, caseNumber }: DecisionDocInput): RecordSection | null {
  if (!c.call || !c.callClosed) return null;
  const counts = Object.entries(DISPOSITIONS).map(([k, label]) => `${label}${c.comments.filter((x) => x.disposition === k).length}条`).join("，");
  return {
    title: "公众意见采纳情况说明",
    number: caseNumber,
    blocks: [
      { paragraphs: [`《${c.item.name}（草案）》于${chineseDate(c.call.opensOn)}至${chineseDate(c.call.closesOn)}公开征求意见，共收到意见${c.comments.length}条，其中${counts}。${c.hearing ? `${chineseDate(c.hearing.heldOn)}在${c.hearing.place}召开听证会。` : ""}逐条处理情况如下：`] },
      ...c.comments.map((x, n) => ({ heading: `${ordinal(n)}、第${x.id}号意见（${chineseDate(chinaDate(x.receivedAt))}收到）`, paragraphs: [`意见：${x.text}`, `处理：${DISPOSITIONS[x.disposition]}。理由：${x.reason}`] })),
      ...(c.comments.length ? [] : [{ paragraphs: ["征求意见期间未收到意见。"] }]),
    ],
    signatures: [`${street}（印）`, chineseDate(chinaDate(c.callClosed.at))],
  };
}

export function expertOpinions({ c, caseNumber }: DecisionDocInput): RecordSection | null {
  if (!c.experts.length) return null;
  return {
    title: "专家论证意见",
    number: caseNumber,
    rows: [["决策事项", c.item.name], ["承办单位", c.launch?.unit ?? c.item.unit]],
    blocks: c.experts.map((x, n) => ({ heading: `${ordinal(n)}、${x.name}（${x.field}，${x.institution}）`, paragraphs: [...lines(x.opinion), "该专家声明与决策事项无直接利害关系。"] })),
    signatures: c.experts.map((x) => `论证专家（签名）：${x.name}`),
  };
}

export function riskReport({ c, caseNumber, street }: DecisionDocInput): RecordSection | null {
  const r = latest(c.risks);
  if (!r) return null;
  return {
    title: "社会稳定风险评估报告",
    number: caseNumber,
    rows: [["决策事项", c.item.name], ["评估单位", c.launch?.unit ?? c.item.unit], ["评估结论", RISK_LEVELS[r.level]], ["评估报告", r.report ? `${r.report.name}（SHA-256 ${r.report.sha256.slice(0, 16)}…）` : "见本报告"]],
    blocks: [
      { heading: "一、评估事项和依据", paragraphs: [`${c.item.name}。参照《重大行政决策程序暂行条例》第二十二条至第二十四条组织评估。`] },
      { heading: "二、风险点", paragraphs: lines(r.points) },
      { heading: "三、防范化解措施和处置预案", paragraphs: lines(r.measures) },
      { heading: "四、评估过程", paragraphs: c.risks.map((x, n) => `第${n + 1}次评估（${chineseDate(chinaDate(x.at))}）：${RISK_LEVELS[x.level]}。`) },
    ],
    signatures: [`${c.launch?.unit ?? street}（印）`, chineseDate(chinaDate(r.at))],
  };
}

export function reviewOpinion({ c, number, judicial }: DecisionDocInput): RecordSection | null {
  const r = latest(c.reviews);
  const req = c.reviewRequests.find((x) => x.round === r?.round);
  if (!r || !req) return null;
  return {
    title: "合法性审查意见书",
    number,
    blocks: [
      { paragraphs: [`${c.launch?.unit ?? c.item.unit}：`] },
      { paragraphs: [`《${c.item.name}（草案）》于${chineseDate(req.requestedOn)}送请合法性审查（第${r.round}次）。本所指派法律顾问${r.reviewer.name}提出法律意见，审查期限至${chineseDate(req.dueOn)}。送审材料包括决策草案、起草说明、公众意见采纳情况${c.experts.length ? "、专家论证意见" : ""}${c.risks.length ? "、风险评估报告" : ""}。${notApplicable(c).length ? `承办单位说明：${notApplicable(c).join("；")}。` : ""}现提出审查意见如下：`] },
      { heading: "一、审查事项", paragraphs: Object.entries(CHECK_ITEMS).map(([k, label]) => `${label}：${r.checks[k as keyof typeof CHECK_ITEMS] === "ok" ? "符合规定" : "存在问题"}。`) },
      ...(r.problems ? [{ heading: "二、存在的问题", paragraphs: lines(r.problems) }] : []),
      { heading: `${r.problems ? "三" : "二"}、审查结论`, paragraphs: [`${CONCLUSIONS[r.conclusion]}。${r.conclusion === "unlawful" ? "决策草案经审查不合法，不得提交集体讨论（参照《重大行政决策程序暂行条例》第二十五条）。" : "可按程序提交集体讨论决定。"}`, ...lines(r.opinion)] },
    ],
    signatures: [`审查人：${adviserLine(r.reviewer.name, req.reviewer.id === r.reviewer.id ? req.reviewer : {})}`, judicial, chineseDate(chinaDate(r.at))],
  };
}

export function minutes({ c, caseNumber, street }: DecisionDocInput): RecordSection | null {
  const m = latest(c.meetings);
  if (!m) return null;
  return {
    title: "集体讨论会议纪要",
    number: caseNumber,
    rows: [["会议", `${MEETING_KINDS[m.kind]}（第${m.round}次讨论本事项）`], ["时间", chineseDate(m.date)], ["主持人", m.chair.name], ["应到", `${m.members}人`], ["实到", `${m.attendees.length}人：${m.attendees.join("、")}`], ["议题", `审议《${c.item.name}（草案）》`]],
    blocks: [
      { heading: "一、发言（按发言顺序，不同意见照录）", paragraphs: m.opinions.map((o) => `${o.name}：${o.position === "agree" ? "同意" : "不同意"}。${o.text}`) },
      { heading: "二、会议决定", paragraphs: [`${MEETING_OUTCOMES[m.outcome]}。`, ...(m.againstMajorityReason ? [`主持人说明与多数人意见不一致的理由：${m.againstMajorityReason}`] : [])] },
    ],
    signatures: [...m.attendees.map((a) => `${a}（签名）：`), `${street}（印）`, chineseDate(m.date)],
  };
}

export function announcement({ c, street, number, caseNumber }: DecisionDocInput): RecordSection | null {
  if (!c.publication) return null;
  return {
    title: `关于${c.item.name}的决定`,
    number: number ?? caseNumber,
    blocks: [
      { paragraphs: lines(c.publication.text) },
      { heading: "公众意见、专家论证意见采纳情况", paragraphs: lines(c.publication.adoption) },
    ],
    signatures: [`${street}（印）`, chineseDate(c.publication.publishedOn)],
  };
}

export function evaluationReport({ c, caseNumber }: DecisionDocInput): RecordSection | null {
  const e = c.postEvaluation;
  if (!e) return null;
  return {
    title: "决策后评估报告",
    number: caseNumber,
    rows: [["决策事项", c.item.name], ["评估单位", e.unit], ["决策承办单位", c.launch?.unit ?? c.item.unit], ["执行单位", c.execution?.unit ?? ""], ["评估结果公开", chineseDate(e.publishedOn)]],
    blocks: [{ heading: "评估结论", paragraphs: lines(e.result) }, { heading: "执行情况", paragraphs: c.execution?.reports.map((r) => `${chineseDate(chinaDate(r.at))}：${r.text}`) ?? ["无"] }],
    signatures: [`${e.unit}（印）`, chineseDate(chinaDate(e.at))],
  };
}

/** The 决策卷宗's cover: what the decision is and where it stands. */
export function fileCover({ c, caseNumber }: DecisionDocInput, files: readonly { name: string; kind: string; sha256: string }[]): RecordSection {
  const draft = currentDraft(c);
  return {
    title: "重大行政决策卷宗",
    rows: [
      ["卷号", caseNumber],
      ["决策事项", c.item.name],
      ["目录依据", `${c.item.catalogueNumber}第${c.item.no}项`],
      ["承办单位", c.launch?.unit ?? c.item.unit],
      ["决策草案", draft ? `${draft.name}` : "无"],
      ["结果", c.ended ? `已终止：${c.ended.reason}` : c.postEvaluation ? "已公布、执行并完成决策后评估" : c.publication ? "已公布" : "办理中"],
      ["不适用的程序", notApplicable(c).join("；") || "无"],
      ["立卷日期", c.archivedAt ? chineseDate(chinaDate(c.archivedAt)) : "—"],
    ],
    blocks: [{ heading: "卷内电子文件（SHA-256）", paragraphs: files.length ? files.map((f, n) => `${n + 1}.${f.name}（${f.kind}）SHA-256：${f.sha256}`) : ["无"] }],
  };
}
