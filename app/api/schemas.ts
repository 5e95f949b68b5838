/** Request bodies of /api/v1, as zod schemas: validation and the OpenAPI document come from these. */
import { z } from "zod";
import { CredentialsSchema } from "../auth/login.server";

export const TokenRequestSchema = CredentialsSchema;

export const CreateCaseRequestSchema = z.object({
  procedure: z.string({ error: "procedure：请指定程序" }).min(1, "procedure：请指定程序"),
  data: z.record(z.string(), z.unknown(), { error: "data：应为对象" }),
});

export const EventRequestSchema = z.object({
  type: z.string({ error: "type：请指定事项类型" }).min(1, "type：请指定事项类型"),
  payload: z.record(z.string(), z.unknown(), { error: "payload：应为对象" }).default({}),
  expectedVersion: z.number({ error: "expectedVersion：请提供案件当前版本号" }).int().positive("expectedVersion：应为正整数"),
});

export const GenerateDocumentRequestSchema = z.object({ template: z.string({ error: "template：请指定文书" }).min(1, "template：请指定文书") });

export const ErrorSchema = z.object({
  error: z.object({
    status: z.number(),
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
    reasons: z.array(z.object({ guard: z.string(), message: z.string(), basis: z.string() })).optional(),
    currentVersion: z.number().optional(),
  }),
});
