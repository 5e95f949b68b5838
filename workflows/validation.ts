/** zod building blocks whose messages name the field in Chinese. */
import { z } from "zod";

export function requiredText(label: string, max = 2000) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}字`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过${max}字`)
    .optional()
    .default("");
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `请选择有效的${label}` });
}

/** "HH:mm", China time. */
export const CLOCK = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为HH:mm`);

export function positiveInt(label: string, max: number) {
  return z.coerce
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(1, `${label}至少为1`)
    .max(max, `${label}不能超过${max}`);
}

/** A user chosen on a form, resolved by the server to who they are (roles, office). */
export const UserRefSchema = z.object(
  {
    id: z.number().int().positive(),
    name: z.string(),
    roles: z.array(z.string()),
    officeId: z.number().int(),
  },
  { error: "请选择人员" },
);

const OPINION_LINE = /^(.{1,20}?)[：:]\s*(同意|不同意)[：:，,]?\s*(.*)$/;
/** "姓名：同意：意见" or "姓名：不同意：意见", one member a line, in the order spoken. */
export const OpinionLines = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean))
  .superRefine((lines, ctx) => {
    if (!lines.length) ctx.addIssue({ code: "custom", message: "请逐行填写与会成员的意见" });
    lines.forEach((l, i) => {
      if (!OPINION_LINE.test(l)) ctx.addIssue({ code: "custom", path: [i], message: `发言第${i + 1}行：格式应为“姓名：同意（或不同意）：意见”` });
    });
  })
  .transform((lines) => lines.map((l) => {
    const [, name, position, text] = l.match(OPINION_LINE)!;
    return { name: name.trim(), position: position === "同意" ? ("agree" as const) : ("disagree" as const), text: text.trim() };
  }));
