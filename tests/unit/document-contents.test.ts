/**
 * What each kind of document must carry, read from the rendered file: the facts and time on an
 * on-the-spot decision (APL 52), the hearing answered in a decision, who was questioned or
 * inspected and who asked and recorded from when to when, the hearing's hour, panel and clerk, the
 * discussion's time, place and chair, signature and date boxes on approval forms, the parties' and
 * registrar's signatures on an oral agreement, how and whom a follow-up visit reached, and the times
 * and the person asked in a mediation's 调查记录.
 */
import { TEMPLATES } from "../../app/procedures";
import { documentSamples } from "./document-samples";
import { paragraphTexts } from "./ooxml";

const texts: Record<string, string> = {};
for (const s of documentSamples()) if (s.input) texts[s.id] = (await paragraphTexts(await TEMPLATES[s.id].build(s.input))).join("\n");

describe("what each document carries", () => {
  it("当场行政处罚决定书： the violation, when it happened, when and where the penalty was decided, the organ's seal mark (APL 52)", () => {
    const t = texts["enforcement-on-spot"];
    for (const s of ["违法事实", "违法行为发生时间", "处罚时间、地点", "2026年9月1日10时20分，", "（印）"]) expect(t).toContain(s);
  });

  it("行政处罚决定书 in a hearing case: answers what was said at the hearing, never claims no 申辩 was made", () => {
    const t = texts["enforcement-decision"];
    expect(t).toContain("要求举行听证");
    expect(t).toContain("当事人在听证中提出的陈述、申辩意见：当事人陈述:不知是承重墙。");
    expect(t).not.toContain("未提出陈述、申辩");
    expect(t).toContain("彭浦新村街道办事处（印）");
  });

  it("询问笔录 and 现场检查笔录： who was questioned or inspected with their identity, who asked and who recorded, when", () => {
    expect(texts["enforcement-inquiry"]).toMatch(/被询问人：王大明，身份证号码\d{17}[\dX]/);
    expect(texts["enforcement-inquiry"]).toMatch(/询问人：刘队员（执法证号\d+）、马队员（执法证号\d+）；记录人：刘队员/);
    expect(texts["enforcement-inspection"]).toMatch(/被检查人：王大明，身份证号码/);
    expect(texts["enforcement-inspection"]).toContain("时间：2026年9月2日9时30分至9时55分");
    expect(texts["enforcement-inquiry"]).toContain("时间：2026年9月3日14时00分至14时45分");
    expect(texts["enforcement-inquiry"]).toContain("见证人：李卫东，居民委员会工作人员");
  });

  it("听证通知书, 听证笔录 and 集体讨论记录： the hour, the chair, 听证员 and 书记员, the start and end, the place", () => {
    const notice = texts["enforcement-hearing-notice"];
    expect(notice).toContain("本机关决定于2026年9月28日9时30分在街道听证室");
    expect(notice).toContain("听证主持人：吴主持；听证员：郑听证员；书记员：钱书记员。");
    const record = texts["enforcement-hearing-record"];
    for (const s of ["2026年9月28日9时30分至11时10分", "街道听证室", "吴主持", "郑听证员", "钱书记员", "当事人王大明及其委托代理人陈律师到场", "书记员（签名）："]) expect(record).toContain(s);
    const collective = texts["enforcement-collective"];
    for (const s of ["2026年9月28日14时00分至15时00分", "街道办事处第一会议室", "主持人", "孙主任"]) expect(collective).toContain(s);
  });

  it("approval forms: the handler's and the head's signature with a date", () => {
    for (const id of ["enforcement-filing", "enforcement-closing", "enforcement-review-request"]) {
      expect(texts[id], id).toContain("承办人签名");
      expect(texts[id], id).toContain("负责人签名");
      expect(texts[id], id).toContain("日期：    年  月  日");
    }
  });

  it("口头调解协议登记表 and 回访记录： the parties', registrar's and visitor's signatures", () => {
    expect(texts["mediation-oral"]).toContain("申请人：王大明（签名或按指印）");
    expect(texts["mediation-oral"]).toContain("登记人：张调解员（签名）");
    expect(texts["mediation-followup"]).toContain("被回访人（签名）：");
  });

  it("回访记录： how the visit was made and whom it reached, besides the visitor and what was found", () => {
    const t = texts["mediation-followup"];
    for (const s of ["回访方式", "电话回访", "被回访人", "李四", "回访人", "协议履行情况", "已全部履行", "已转账"]) expect(t).toContain(s);
  });

  it("调查记录 and 调解记录： when each began and ended, whom an investigation asked with their identity, the mediator, the recorder and their signatures", () => {
    const inv = texts["mediation-investigation"];
    for (const s of ["2026年9月7日9时00分至10时00分，现场", "被调查人：李四，男，住彭浦新村12号201室", "调解员：张调解员", "记录人：", "被调查人（签名）：", "调解员（签名）：", "记录人（签名）："]) expect(inv).toContain(s);
    const med = texts["mediation-sessions"];
    for (const s of ["2026年9月8日9时00分至10时00分，调解室", "当事人（签名）：", "记录人（签名）："]) expect(med).toContain(s);
    expect(med).not.toContain("被调查人");
  });
});
