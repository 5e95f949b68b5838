/** What an administrator may enter for a user, with Chinese messages naming each field. */
import { z } from "zod";
import { ROLE_IDS } from "../../workflows/roles";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const UserFormSchema = z
  .object({
    username: z.string().trim().regex(/^[a-z0-9_.-]{3,32}$/, "用户名：只能使用小写字母、数字、下划线、点或短横线，3至32位"),
    displayName: z.string().trim().min(1, "姓名：请填写").max(30, "姓名：不能超过30字"),
    organisationId: z.coerce.number({ error: "所属单位：请选择" }).int().positive("所属单位：请选择"),
    roles: z.array(z.enum(ROLE_IDS as [string, ...string[]], { error: "岗位：无效的岗位" })).min(1, "岗位：至少选择一个"),
    enforcementCertNo: z.string().trim().max(40, "执法证号：不能超过40位").optional().default(""),
    enforcementCertValidUntil: z.string().trim().optional().default("").refine((v) => !v || DATE.test(v), "执法证有效期：日期格式应为YYYY-MM-DD"),
    legalQualificationNo: z.string().trim().max(40, "法律职业资格证书号：不能超过40位").optional().default(""),
    active: z.enum(["1", "0"]).optional().default("1"),
    password: z.string().optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.roles.includes("enforcement_officer")) {
      if (!v.enforcementCertNo) ctx.addIssue({ code: "custom", path: ["enforcementCertNo"], message: "执法证号：执法队员须填写行政执法证号（《行政处罚法》第四十二条）" });
      if (!v.enforcementCertValidUntil) ctx.addIssue({ code: "custom", path: ["enforcementCertValidUntil"], message: "执法证有效期：执法队员须填写执法证有效期" });
    }
    if (v.roles.includes("legal_adviser") && !v.legalQualificationNo) {
      ctx.addIssue({ code: "custom", path: ["legalQualificationNo"], message: "法律职业资格证书号：法律顾问/公职律师须登记法律职业资格或律师执业证号（中办发〔2016〕30号，法律顾问名册）" });
    }
    if (v.roles.includes("legal_reviewer") && !v.legalQualificationNo) {
      ctx.addIssue({ code: "custom", path: ["legalQualificationNo"], message: "法律职业资格证书号：初次从事法制审核的人员须取得法律职业资格（《行政处罚法》第五十八条）" });
    }
  });

export type UserForm = z.infer<typeof UserFormSchema>;

/** What the administrator typed, to show again beside the errors (never the password). */
export function submittedUserValues(form: FormData) {
  const v = Object.fromEntries([...form.entries()].filter(([k, x]) => typeof x === "string" && k !== "password")) as Record<string, string>;
  return { ...v, organisationId: Number(v.organisationId) || undefined, roles: form.getAll("roles").map(String) };
}

export function userFormFromData(form: FormData) {
  const obj: Record<string, unknown> = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  obj.roles = form.getAll("roles").map(String);
  return UserFormSchema.safeParse(obj);
}
