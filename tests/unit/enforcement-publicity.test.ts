import { enforcementProcedure as proc } from "../../workflows/enforcement";
import { lateSurcharge, paymentDue } from "../../workflows/enforcement/deadlines";
import { draftPublicText, personalDataIn, redact } from "../../workflows/enforcement/publication";
import { officialCalendar } from "./fixtures";
import { guardsOf, leader, noticed, refuse, sanction, step } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;

/** A non-major case decided on `date`, a fine of 3,000 yuan. */
function decided(date: string, extra: object = {}) {
  const s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
  return step(s, "DECIDE", { ...sanction(3000), date, socialImpact: "no", number: "彭执罚决〔2026〕3号", ...extra }, at(date), leader);
}

describe("事后公示 deadlines (118 §6) on the holiday calendar", () => {
  it("a penalty decided on 30 September 2026 is published by 15 October, across National Day and the 10 October make-up day", () => {
    const d = proc.deadlines(decided("2026-09-30").context, officialCalendar).find((x) => x.key === "publish");
    expect(d).toMatchObject({ due: "2026-10-15", status: "open", provisional: false, legalBasis: expect.stringContaining("118号第六条") });
    expect(d?.explanation).toContain("国庆节");
  });

  it("a decision not to penalise is published within 20 working days", () => {
    const r = decided("2026-09-30", { kind: "no_penalty", penalties: [], fine: 0 });
    const d = proc.deadlines(r.context, officialCalendar).find((x) => x.key === "publish");
    expect(d?.rule).toContain("20个工作日");
    expect(d?.due).toBe("2026-11-03");
  });

  it("when only penalties with social impact are published, others carry no publication deadline (APL 48)", () => {
    const s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    const ctx = { ...(s.context as any), thresholds: { ...(s.context as any).thresholds, publishPolicy: "social-impact" } };
    const r = step({ ...s, context: ctx }, "DECIDE", { ...sanction(3000), date: "2026-09-30", socialImpact: "no", number: "n" }, at("2026-09-30"), leader);
    expect(proc.deadlines(r.context, officialCalendar).some((x) => x.key === "publish")).toBe(false);
  });

  it("a publication is withdrawn within 3 working days of the revocation, with a public reason", () => {
    let s = decided("2026-09-30").snapshot;
    s = step(s, "PUBLISH", { text: draftPublicText((s.context as any), "彭浦新村街道"), confirmed: "yes" }, at("2026-10-09")).snapshot;
    expect(guardsOf(refuse(s, "WITHDRAW_PUBLICATION", { cause: "revoked", reason: "x" }, at("2026-10-20")))).toEqual(["withdrawCauseRecorded"]);
    s = step(s, "RECORD_REVOCATION", { kind: "revoked", date: "2026-10-30", reason: "行政复议决定撤销" }, at("2026-10-30")).snapshot;
    expect(proc.deadlines(s.context as any, officialCalendar).find((x) => x.key === "withdraw")).toMatchObject({ due: "2026-11-04", status: "open" });
    const w = step(s, "WITHDRAW_PUBLICATION", { cause: "revoked", reason: "该决定已被行政复议机关撤销" }, at("2026-11-02"));
    expect(proc.publicRecord!(w.context)).toMatchObject({ status: "withdrawn", withdrawReason: "该决定已被行政复议机关撤销" });
  });
});

describe("redaction (118 §2)", () => {
  const party = { kind: "person" as const, name: "王大明", idNumber: "11010519491231002X", creditCode: "", legalRepresentative: "", phone: "13812345678", address: "彭浦新村12号301室" };

  it("masks the name as 王某某, masks ID and phone numbers and removes the home address", () => {
    const text = redact("王大明(身份证11010519491231002X,电话13812345678)在彭浦新村12号301室拆除承重墙。", { party });
    expect(text).toBe("王某某(身份证110105********002X,电话138****5678)在（住址已隐去）拆除承重墙。");
    expect(personalDataIn(text, { party })).toEqual([]);
  });

  it("finds personal data an edit brought back, and the publish step refuses it", () => {
    expect(personalDataIn("当事人王大明,住彭浦新村12号301室,电话13812345678", { party })).toEqual(["当事人姓名", "当事人住址", "电话号码"]);
    const s = decided("2026-09-30").snapshot;
    const r = refuse(s, "PUBLISH", { text: "当事人:王大明", confirmed: "yes" }, at("2026-10-09"));
    expect(r.kind === "refused" && r.reasons[0]).toMatchObject({ guard: "publicTextRedacted", basis: expect.stringContaining("118号") });
  });

  it("an organisation is named with its credit code; its legal representative is masked", () => {
    const org = { kind: "organisation" as const, name: "上海某某餐饮有限公司", idNumber: "", creditCode: "91310106MA1FY0KX20", legalRepresentative: "李建国", phone: "", address: "临汾路100号" };
    const r = decided("2026-09-30").context;
    const text = draftPublicText({ ...r, party: org }, "彭浦新村街道办事处");
    expect(text).toContain("上海某某餐饮有限公司（统一社会信用代码：91310106MA1FY0KX20；法定代表人：李某某）");
    expect(text).not.toContain("李建国");
  });
});

describe("payment (APL 67, 72)", () => {
  it("is due 15 days after receipt, moved past a holiday", () => {
    // Served 23 September 2026: the 15th day, 8 October, is the first working day after National Day.
    expect(paymentDue(officialCalendar, { service: { date: "2026-09-23", method: "direct", receiver: "x", at: "" }, decision: null })).toBe("2026-10-08");
  });

  it("late payment adds 3% of the fine a day, never more than the fine", () => {
    expect(lateSurcharge(1000, "2026-10-08", "2026-10-08")).toBe(0);
    expect(lateSurcharge(1000, "2026-10-08", "2026-10-18")).toBe(300);
    expect(lateSurcharge(1000, "2026-10-08", "2027-01-01")).toBe(1000);
  });
});
