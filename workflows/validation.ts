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
