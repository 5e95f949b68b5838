import { digitsOf, personalDataIn, redactDeep, redactText, type PersonalData } from "../../workflows/privacy";
import { personalDataIn as publicTextProblems } from "../../workflows/enforcement/publication";

const WANG: PersonalData = { person: true, name: "王大明", idNumber: "11010519491231002X", phone: "13812345678", address: "彭浦新村12号301室", relatedNames: ["李代理"] };

describe("phone and ID numbers are found however they are typed", () => {
  const phones = ["13812345678", "138 1234 5678", "138-1234-5678", "138　1234　5678", "１３８１２３４５６７８", "138.1234.5678", "1 3 8 1 2 3 4 5 6 7 8"];
  it.each(phones)("masks the mobile number %s", (typed) => {
    const out = redactText(`联系电话:${typed}。`, []);
    expect(digitsOf(out)).not.toContain("13812345678");
    expect(out).toContain("138****5678");
  });

  const ids = ["11010519491231002X", "110105 19491231 002X", "110105-1949-1231-002x", "１１０１０５１９４９１２３１００２Ｘ"];
  it.each(ids)("masks the ID number %s", (typed) => {
    const out = redactText(`身份证号${typed}`, []);
    expect(digitsOf(out)).not.toContain("19491231");
    expect(out).toContain("110105********002X");
  });

  it("removes landlines with an area code, also in brackets or with spaces", () => {
    for (const typed of ["021-56781234", "(021)5678 1234", "０２１－５６７８１２３４"]) expect(redactText(`电话${typed}`, [])).toBe("电话（电话已隐去）");
  });

  it("leaves dates, amounts, case numbers and credit codes alone", () => {
    const text = "2026年9月30日罚款80,000元,(2026)彭执立字第1号,统一社会信用代码91310106MA1FY0KX20,2026-10-15 09:30";
    expect(redactText(text, [])).toBe(text);
  });

  it("the 公示 check refuses a phone typed with spaces and an ID in full-width digits (what passed before)", () => {
    const c = { party: { kind: "person" as const, name: "王大明", idNumber: "11010519491231002X", creditCode: "", legalRepresentative: "", phone: "13812345678", address: "彭浦新村12号301室" } };
    expect(publicTextProblems("当事人王某某,电话138 1234 5678", c)).toEqual(["电话号码"]);
    expect(publicTextProblems("身份证１１０１０５１９４９１２３１００２Ｘ", c)).toEqual(["身份证号码"]);
    expect(publicTextProblems("当事人王某某,罚款8万元", c)).toEqual([]);
  });
});

describe("a case's own people in free text", () => {
  it("masks the party's name and agent, removes the home address even with spaces typed inside it", () => {
    const out = redactText("王大明(代理人李代理)住彭浦新村 12号301室,与邻居发生纠纷", [WANG]);
    expect(out).toBe("王某某(代理人李某某)住（住址已隐去）,与邻居发生纠纷");
  });

  it("removes a flat number for a natural person even when it is not the registered address, and keeps the dates and money around it", () => {
    expect(redactText("共和新路5幢2单元601室施工", [WANG])).toBe("共和新路（住址已隐去）施工");
    expect(redactText("2024年3月5日罚款500元后在12号301室", [WANG])).toBe("2024年3月5日罚款500元后在（住址已隐去）");
  });

  it("finds the party's own numbers written with a country code or odd separators, and a landline without its area code", () => {
    const withLandline: PersonalData = { ...WANG, phone: "62345678" };
    for (const typed of ["+86 13812345678", "+86-138-1234-5678", "138 - 1234 - 5678", "0086 138 1234 5678"]) expect(digitsOf(redactText(`电话${typed}`, [WANG]))).not.toContain("13812345678");
    expect(redactText("电话 6234-5678", [withLandline])).toBe("电话 （电话已隐去）");
    expect(digitsOf(redactText("ID110105-19491231-002X", [WANG]))).not.toContain("19491231");
    expect(personalDataIn("+86-138-1234-5678", [WANG])).toEqual(["电话号码"]);
  });

  it("leaves hashes, certificate numbers and file names alone", () => {
    const hash = "a".repeat(20) + "13812345678" + "b".repeat(33);
    expect(redactText(`${hash} IMG_20240115_1234567.jpg 2024-1-15—2024-12-31`, [])).toBe(`${hash} IMG_20240115_1234567.jpg 2024-1-15—2024-12-31`);
    expect(redactDeep({ certNo: "13060120001", files: [{ sha256: "13812345678" }] }, [WANG])).toEqual({ certNo: "13060120001", files: [{ sha256: "13812345678" }] });
  });

  it("keeps an organisation's name and address, masks its legal representative", () => {
    const org: PersonalData = { person: false, name: "上海某某餐饮有限公司", address: "临汾路100号", relatedNames: ["李建国"] };
    expect(redactText("上海某某餐饮有限公司(法定代表人李建国)在临汾路100号门前设摊", [org])).toBe("上海某某餐饮有限公司(法定代表人李某某)在临汾路100号门前设摊");
  });

  it("redacts every string of a nested value and keeps its shape", () => {
    const out = redactDeep({ facts: "王大明拆墙", list: [{ place: "彭浦新村12号301室", n: 3 }], ok: true }, [WANG]);
    expect(out).toEqual({ facts: "王某某拆墙", list: [{ place: "（住址已隐去）", n: 3 }], ok: true });
  });

  it("names each kind still present", () => {
    expect(personalDataIn("王大明,彭浦新村12号301室,138-1234-5678,110105 19491231 002X", [WANG])).toEqual(["当事人姓名", "当事人住址", "身份证号码", "电话号码"]);
  });
});
