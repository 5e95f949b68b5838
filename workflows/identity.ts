/**
 * Checks of identity numbers, with Chinese reasons: 居民身份证号码 (GB 11643-1999: 18 characters,
 * a real birth date, the ISO 7064 MOD 11-2 check character), 统一社会信用代码 (GB 32100-2015:
 * 18 characters from 31 symbols, MOD 31 check character) and telephone numbers.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Null when valid, else why not. */
export function idNumberProblem(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  if (id.length !== 18) return `身份证号码应为18位，现为${id.length}位`;
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return "身份证号码格式不正确：前17位应为数字，末位为数字或X";
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return "身份证号码中的出生日期不存在";
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]) return "身份证号码校验位不正确，请核对";
  return null;
}

/** The birth date an ID number carries (YYYY-MM-DD); call after idNumberProblem returned null. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return `统一社会信用代码应为18位，现为${code.length}位`;
  if ([...code].some((c) => !USCC_CHARS.includes(c))) return "统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）";
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(code[i]), 0);
  const check = USCC_CHARS[(31 - (sum % 31)) % 31];
  if (check !== code[17]) return "统一社会信用代码校验位不正确，请核对";
  return null;
}

export function phoneProblem(raw: string): string | null {
  const phone = raw.trim().replace(/[\s-]/g, "");
  if (/^1[3-9]\d{9}$/.test(phone)) return null;
  if (/^0\d{2,3}\d{7,8}$/.test(phone)) return null;
  return "电话号码格式不正确：应为11位手机号或带区号的固定电话";
}

/** 张某某: for anything shown to the public. */
export function maskName(name: string): string {
  return name ? `${name[0]}${"某".repeat(Math.max(1, Math.min(2, name.length - 1)))}` : name;
}

/** 110105********002X */
export function maskIdNumber(id: string): string {
  return id.length > 10 ? `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}` : "*".repeat(id.length);
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}

/**
 * What is wrong with a party's identifying fields, as [field, message] pairs: a person's ID number
 * and phone are checked when given; an organisation needs a valid credit code and its representative.
 */
export function partyIdentityIssues(kind: "person" | "organisation", p: { phone: string; idNumber: string; creditCode: string; legalRepresentative: string }): [string, string][] {
  const out: [string, string][] = [];
  if (p.phone && phoneProblem(p.phone)) out.push(["phone", `联系电话：${phoneProblem(p.phone)}`]);
  if (kind === "person") {
    if (p.idNumber && idNumberProblem(p.idNumber)) out.push(["idNumber", `身份证号码：${idNumberProblem(p.idNumber)}`]);
  } else {
    if (!p.creditCode) out.push(["creditCode", "统一社会信用代码：单位当事人须填写"]);
    else if (creditCodeProblem(p.creditCode)) out.push(["creditCode", `统一社会信用代码：${creditCodeProblem(p.creditCode)}`]);
    if (!p.legalRepresentative) out.push(["legalRepresentative", "法定代表人：单位当事人须填写"]);
  }
  return out;
}
