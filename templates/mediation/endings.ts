/**
 * The notices of a dispute that leaves mediation without agreement, and the 回复函 to a referring
 * court or police station: each states its ground and article (PML 17, 18, 23, 26; 人民调解工作若干规定 22).
 */
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { DECLINE_GROUNDS, TERMINATION_GROUNDS, type DeclineGround, type TerminationGround } from "../../workflows/mediation/endings";
import type { RecordSection } from "../gbt9704/record";
import type { MediationDocInput } from "./content";

const names = (c: MediationDocInput["c"]) => c.parties.map((p) => p.name).join("、");

/** How the dispute came: a party's application, a court's or the police's referral, or otherwise. */
const came = (c: MediationDocInput["c"]) =>
  c.source === "application"
    ? `你（你们）${chineseDate(chinaDate(c.acceptedAt))}提出的${c.disputeTypeLabel}调解申请`
    : c.referral
      ? `${c.referral.body}${c.referral.number}委派（移送）调解的你们之间的${c.disputeTypeLabel}`
      : `你们之间的${c.disputeTypeLabel}`;

/** 不予调解告知书 (a party refused, PML 17) or 不予受理告知书 (人民调解工作若干规定 22). */
export function declineNotice({ c, caseNumber, committee }: MediationDocInput): RecordSection | null {
  if (c.ending?.kind !== "declined") return null;
  const ground = DECLINE_GROUNDS[(c.ending.ground ?? "refused") as DeclineGround];
  const refused = ground === DECLINE_GROUNDS.refused;
  return {
    title: ground.notice,
    number: caseNumber,
    blocks: [
      {
        paragraphs: [
          `${names(c) || "当事人"}：`,
          `${came(c)}，因${ground.label}（${c.ending.reason}），根据${ground.basis}的规定，本委员会决定${refused ? "不予调解" : "不予受理"}。`,
        ],
      },
      {
        paragraphs: [
          refused
            ? "你（你们）可以依法通过仲裁、行政、司法等途径维护自己的权利。"
            : "你（你们）可以按照法律、法规的规定向有关机关提请处理，或者依法向人民法院起诉。",
        ],
      },
    ],
    signatures: [committee, chineseDate(chinaDate(c.ending.at))],
  };
}

/** 终止人民调解告知书 with its ground (PML 17, 23, 26); a termination recorded before grounds reads 调解不成. */
export function terminationNotice({ c, caseNumber, committee }: MediationDocInput): RecordSection | null {
  if (c.ending?.kind !== "terminated") return null;
  const ground = TERMINATION_GROUNDS[(c.ending.ground ?? "failed") as TerminationGround];
  const basis = ground === TERMINATION_GROUNDS.failed ? ground.basis : `${ground.basis}和《中华人民共和国人民调解法》第二十六条`;
  return {
    title: "终止人民调解告知书",
    number: caseNumber,
    blocks: [
      { paragraphs: [`${names(c)}：`, `你们之间的${c.disputeTypeLabel}，经本委员会调解，因${ground.label}（${c.ending.reason}），根据${basis}的规定，现决定终止调解。`] },
      { paragraphs: ["你们可以依法通过仲裁、行政、司法等途径维护自己的权利。"] },
    ],
    signatures: [committee, chineseDate(chinaDate(c.ending.at))],
  };
}

const outcome = (c: MediationDocInput["c"]) => {
  if (c.ending?.kind === "declined") return `本委员会已决定${c.ending.ground && c.ending.ground !== "refused" ? "不予受理" : "不予调解"}（${c.ending.reason}）`;
  if (c.ending?.kind === "terminated") return `调解未能达成协议，本委员会已终止调解（${c.ending.reason}）`;
  if (c.ending?.kind === "withdrawn") return `当事人已撤回调解申请（${c.ending.reason}）`;
  if (c.agreement) return `当事人于${chineseDate(c.agreement.date)}达成${c.agreement.kind === "written" ? "书面" : "口头"}调解协议，协议内容：${c.agreement.terms}`;
  return "调解正在进行";
};

/** 回复函 to the court or police that referred the dispute (PML 18). */
export function referralReply({ c, caseNumber, committee }: MediationDocInput): RecordSection | null {
  if (!c.referral || !c.referralReply) return null;
  return {
    title: "人民调解回复函",
    number: caseNumber,
    blocks: [
      {
        paragraphs: [
          `${c.referral.body}：`,
          `你单位${c.referral.number}委派（移送）本委员会调解的${names(c)}之间的${c.disputeTypeLabel}，本委员会于${chineseDate(chinaDate(c.acceptedAt))}受理。${outcome(c)}。`,
          c.referralReply.content,
          "特此函复。",
        ],
      },
    ],
    signatures: [committee, chineseDate(c.referralReply.date)],
  };
}
