/** Pieces the enforcement payload schemas share: people as the server resolves them, times, amounts. */
import { z } from "zod";

export const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** A chosen person as the server resolved them, with their certificates. */
export const personShape = {
  id: z.number().int().positive(),
  name: z.string(),
  roles: z.array(z.string()),
  officeId: z.number().int(),
  certNo: z.string().nullable().optional(),
  certValidUntil: z.string().nullable().optional(),
  qualificationNo: z.string().nullable().optional(),
};
export const personRef = (label: string) => z.object(personShape, { error: `请选择${label}` });
export const OfficersSchema = z.array(personRef("执法人员"), { error: "请选择执法人员" }).min(1, "请选择执法人员");

export const DATETIME = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}格式应为YYYY-MM-DDTHH:mm`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}:00+08:00`)), `${label}不存在`);

/** Filled by the server when it generates (and numbers) the event's document in the same transaction. */
export const issued = { number: z.string().optional(), sha256: z.string().regex(/^[0-9a-f]{64}$/).optional() };

export const yuan = (label: string) =>
  z.coerce.number({ error: `${label}应为数字` }).int(`${label}应为整数（元）`).min(0, `${label}不能为负数`).max(100_000_000, `${label}超出范围`);

/** An optional field that a blank form input leaves out. */
export const blankless = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** A case file as the server resolved it: its hash, name and type. */
export const FileRefSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string(), mime: z.string() });
