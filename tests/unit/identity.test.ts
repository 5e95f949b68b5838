import { birthDateOf, creditCodeProblem, idNumberProblem, maskIdNumber, maskName, maskPhone, phoneProblem } from "../../workflows/identity";

describe("居民身份证号码", () => {
  it("accepts a number whose check character is right, X included", () => {
    expect(idNumberProblem("11010519491231002X")).toBeNull();
    expect(idNumberProblem("11010519491231002x")).toBeNull();
    expect(birthDateOf("11010519491231002X")).toBe("1949-12-31");
  });
  it("refuses the wrong length, letters, impossible birth dates and a wrong check character", () => {
    expect(idNumberProblem("1101051949123100")).toContain("18位");
    expect(idNumberProblem("11010519491231A02X")).toContain("格式不正确");
    expect(idNumberProblem("110105194902300021")).toContain("出生日期不存在");
    expect(idNumberProblem("110105194912310021")).toContain("校验位");
  });
});

describe("统一社会信用代码", () => {
  it("accepts a valid code and refuses a wrong check character or forbidden letters", () => {
    expect(creditCodeProblem("91350100M000100Y43")).toBeNull();
    expect(creditCodeProblem("91350100M000100Y44")).toContain("校验位");
    expect(creditCodeProblem("91350100M000100I43")).toContain("不允许的字符");
    expect(creditCodeProblem("9135")).toContain("18位");
  });
});

describe("telephone numbers", () => {
  it("accepts mobiles and landlines with area code, refuses the rest", () => {
    expect(phoneProblem("13812345678")).toBeNull();
    expect(phoneProblem("021-56781234")).toBeNull();
    expect(phoneProblem("12345")).toContain("电话号码格式不正确");
    expect(phoneProblem("23812345678")).toContain("电话号码格式不正确");
  });
});

describe("masking for the public", () => {
  it("masks names, ID numbers and phones", () => {
    expect(maskName("张三")).toBe("张某");
    expect(maskName("欧阳明月")).toBe("欧某某");
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});
