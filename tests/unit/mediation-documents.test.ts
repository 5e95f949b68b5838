import JSZip from "jszip";
import { caseFileParts, renderCaseFile } from "../../templates/mediation/case-file";
import { agreementDoc, oralAgreementForm, rightsNotice } from "../../templates/mediation/content";
import { terminationNotice } from "../../templates/mediation/endings";
import { started, step } from "./mediation-helpers";

function agreedCase() {
  let s = started();
  s = step(s, "RECORD_SESSION", { kind: "investigation", date: "2026-09-07", start: "09:00", end: "10:00", place: "现场", subject: "李四，男，住彭浦新村12号201室", participants: "调解员", content: "查看漏水情况" }, "2026-09-07T03:00:00Z").snapshot;
  s = step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "释法明理" }, "2026-09-08T02:00:00Z").snapshot;
  s = step(s, "AGREE_WRITTEN", { date: "2026-09-08", facts: "漏水致损，责任在被申请人", terms: "赵小红赔偿王大明3000元", performance: "2026年9月18日前银行转账" }, "2026-09-08T03:00:00Z").snapshot;
  s = step(s, "RECORD_SIGNED", { signedOn: "2026-09-08", signedCopy: { sha256: "b".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, "2026-09-08T05:00:00Z").snapshot;
  return step(s, "FOLLOW_UP", { date: "2026-09-19", method: "phone", visited: "李四", performance: "full", note: "已转账" }, "2026-09-19T02:00:00Z").context;
}

const input = (c: any) => ({ c, caseNumber: "（2026）彭人调字第12号", committee: "彭浦新村街道第一居民委员会人民调解委员会", at: "2026-09-20T02:00:00Z" });

describe("mediation documents", () => {
  it("the agreement carries what PML 29 requires and each party's signature line", () => {
    const a = agreementDoc(input(agreedCase()))!;
    const text = JSON.stringify(a);
    expect(a.blocks!.map((b) => b.heading).filter(Boolean)).toEqual(["一、纠纷主要事实、争议事项及各方当事人的责任", "二、经调解，当事人自愿达成如下协议", "三、履行协议的方式、地点、期限"]);
    expect(text).toContain("身份证号码11010519491231002X");
    expect(a.signatures).toEqual(expect.arrayContaining(["申请人：王大明（签名、盖章或按指印）", "被申请人：赵小红（签名、盖章或按指印）", "彭浦新村街道第一居民委员会人民调解委员会（印）"]));
    expect(oralAgreementForm(input(agreedCase()))).toBeNull();
  });

  it("the rights notice states PML 23 rights and 24 duties; termination cites PML 26 remedies", () => {
    expect(JSON.stringify(rightsNotice(input(agreedCase())))).toContain("接受调解、拒绝调解或者要求终止调解");
    const ended = step(started(), "TERMINATE", { ground: "failed", reason: "双方分歧过大" }, "2026-09-09T02:00:00Z").context;
    expect(JSON.stringify(terminationNotice(input(ended)))).toContain("仲裁、行政、司法等途径");
  });
});

describe("the 卷宗", () => {
  const files = [
    { name: "王大明身份证.jpg", kind: "身份证明（JPEG图片）", sha256: "c".repeat(64) },
    { name: "现场照片.jpg", kind: "证据材料（JPEG图片）", sha256: "d".repeat(64) },
    { name: "转账凭证.pdf", kind: "履行凭证（PDF）", sha256: "e".repeat(64) },
  ];
  const caseFile = { ...input(agreedCase()), title: "王大明与赵小红邻里纠纷", archivist: "李干事", retention: "长期", files };

  it("binds the parts in the prescribed order, leaving out what the case lacks", () => {
    expect(caseFileParts(caseFile).map((p) => p.title)).toEqual([
      "人民调解申请书",
      "人民调解受理登记表",
      "当事人权利义务告知书",
      "身份证明材料",
      "调查记录",
      "证据材料",
      "调解记录",
      "人民调解协议书",
      "履行凭证",
      "人民调解回访记录",
      "卷宗情况说明",
    ]);
  });

  it("has a cover with 卷名、卷号、调解员、调解日期、立卷人、立卷日期、保管期限， and page numbers as fields", async () => {
    const xml = await (await JSZip.loadAsync(await renderCaseFile(caseFile))).file("word/document.xml")!.async("string");
    for (const text of ["人民调解卷宗", "卷名", "王大明与赵小红邻里纠纷", "（2026）彭人调字第12号", "张调解员", "2026年9月7日", "立卷人", "李干事", "长期", "卷内目录", "卷内备考表"]) {
      expect(xml).toContain(text);
    }
    expect(xml.match(/PAGEREF part\d+/g)).toHaveLength(11);
    expect(xml.match(/<w:bookmarkStart [^>]*w:name="part\d+"/g)).toHaveLength(11);
    const order = ["人民调解申请书", "当事人权利义务告知书", "调查记录", "调解记录", "人民调解协议书", "人民调解回访记录", "卷宗情况说明", "卷内备考表"].map((t) => xml.lastIndexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
