/**
 * 行政执法文书 (3): what follows a decision the party challenges or does not carry out — the
 * 行政复议答复书 or 行政诉讼答辩状 — as content rendered by the shared record style.
 */
import { chineseDate } from "../../workflows/calendar/calendar";
import { challengesOf } from "../../workflows/enforcement/coercion/context";
import type { RecordSection } from "../gbt9704/record";
import type { EnforcementDocInput } from "./content";

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The answer to the latest answered 复议 (行政复议法 48) or lawsuit (行政诉讼法 67). */
export function challengeAnswer(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const x = [...challengesOf(c)].reverse().find((y) => y.answer);
  if (!x?.answer || !c.decision) return null;
  const review = x.kind === "review";
  const who = review ? "申请人" : "原告";
  return {
    title: review ? "行政复议答复书" : "行政诉讼答辩状",
    number: `${review ? "复议" : "诉讼"}案号：${x.caseNumber}`,
    rows: [
      [review ? "答复人（被申请人）" : "答辩人（被告）", i.agency],
      [who, c.party.name],
      [review ? "行政复议机关" : "受诉人民法院", x.organ],
      ["被申请复议（被诉）的决定", `${c.decision.number}（${chineseDate(c.decision.date)}作出）`],
    ],
    blocks: [
      { paragraphs: [`${who}${c.party.name}不服本机关作出的${c.decision.number}决定，于${chineseDate(x.filedOn)}${review ? "申请行政复议" : "提起行政诉讼"}。本机关于${chineseDate(x.receivedOn)}收到${review ? "行政复议申请书副本" : "起诉状副本"}，现${review ? "答复" : "答辩"}如下：`] },
      { heading: `${who}的请求和理由`, paragraphs: lines(x.claims) },
      { heading: `${review ? "答复" : "答辩"}意见`, paragraphs: lines(x.answer.content) },
      { heading: review ? "提交的证据、依据和其他有关材料" : "提交的证据和所依据的规范性文件", paragraphs: lines(x.answer.evidence).map((l, n) => `${n + 1}. ${l.replace(/^\d+[.、．]\s*/, "")}`) },
      { paragraphs: [review ? "依据《中华人民共和国行政复议法》第四十四条、第四十八条，本机关对作出的决定的合法性、适当性负有举证责任，现提交上述材料。" : "依据《中华人民共和国行政诉讼法》第三十四条、第六十七条，本机关对作出的行政行为负有举证责任，现提交上述证据和规范性文件。", "此致", x.organ] },
    ],
    signatures: [`${i.agency}（印）`, chineseDate(x.answer.date)],
  };
}


