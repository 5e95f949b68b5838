/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas (z.toJSONSchema). Event
 * payloads come from each procedure's payload schema, reduced to what a client sends: users by
 * id, and without the fields the server fills (numbers, hashes, office settings).
 */
import { z } from "zod";
import { PROCEDURES } from "../procedures";
import { rolesWith } from "../auth/permissions";
import type { EventDefinition } from "../../workflows/engine/types";
import { CreateCaseRequestSchema, ErrorSchema, EventRequestSchema, GenerateDocumentRequestSchema, TokenRequestSchema } from "./schemas";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, any>;

function clientPayload(def: EventDefinition<unknown>) {
  const schema = json(def.payload);
  const props: Record<string, unknown> = {};
  for (const f of def.form) {
    const ids: Record<string, string> = { user: "用户ID", party: "当事人序号", office: "下属居委会的单位ID", file: "本案附件ID" };
    props[f.name] = ids[f.kind]
      ? { type: "integer", description: `${f.label}：${ids[f.kind]}` }
      : f.kind === "multi"
        ? { type: "array", items: { enum: f.options?.map((o) => o.value) }, description: f.label }
        : schema.properties?.[f.name] ?? {};
  }
  return { type: "object", title: def.label, properties: props, required: def.form.filter((f) => f.required).map((f) => f.name), ...whoMay(def.permission) };
}

/** The permission an event or a new case needs and the posts that hold it, from the one permission table. */
const whoMay = (permission: string) => ({ "x-permission": permission, "x-roles": rolesWith(permission) });

const err = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const body = (ref: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const idParam = [{ name: "id", in: "path", required: true, schema: { type: "integer" } }];

export function openApiDocument() {
  const procedures = Object.values(PROCEDURES);
  const schemas: Record<string, unknown> = {
    TokenRequest: json(TokenRequestSchema),
    CreateCaseRequest: json(CreateCaseRequestSchema),
    EventRequest: json(EventRequestSchema),
    GenerateDocumentRequest: json(GenerateDocumentRequestSchema),
    Error: json(ErrorSchema),
  };
  for (const p of procedures) {
    schemas[`${p.id}.create`] = { ...json(p.createSchema), ...whoMay(p.createPermission) };
    for (const def of Object.values(p.events)) schemas[`${p.id}.${def.type}`] = clientPayload(def);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "sifasuo 司法所 API",
      version: "1.0.0",
      description:
        "供一网统管、社区云、12345等平台交换案件。先用 POST /api/v1/tokens 获取令牌，再以 Authorization: Bearer <token> 调用。错误为JSON，含中文说明；输入错误带字段路径（400），无权限403，不存在404，版本冲突409，程序条件不满足422（附每项原因及法律依据）。",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } }, schemas },
    security: [{ bearer: [] }],
    paths: {
      "/api/v1/tokens": { post: { summary: "用用户名和密码换取令牌", security: [], requestBody: body("TokenRequest"), responses: { 201: ok("令牌"), 400: err("输入有误"), 401: err("用户名或密码错误"), 429: err("失败次数过多，已限制") } } },
      "/api/v1/tokens/{id}": { delete: { summary: "撤销令牌", parameters: idParam, responses: { 204: { description: "已撤销" }, 404: err("不存在") } } },
      "/api/v1/cases": {
        get: {
          summary: "案件列表（仅本人可见范围）",
          parameters: ["procedure", "state", "q", "officeId", "open", "page"].map((name) => ({ name, in: "query", required: false, schema: { type: "string" } })),
          responses: { 200: ok("案件列表"), 401: err("未认证"), 403: err("无权限") },
        },
        post: {
          summary: `新建案件。data 按程序填写：${procedures.map((p) => `${p.id}（${p.name}）见 components.schemas["${p.id}.create"]`).join("；")}`,
          requestBody: body("CreateCaseRequest"),
          responses: { 201: ok("已创建"), 400: err("输入有误"), 403: err("无权限") },
        },
      },
      "/api/v1/cases/{id}": { get: { summary: "案件详情：状态、数据、可办理事项及原因、期限、文书、事件", parameters: idParam, responses: { 200: ok("案件"), 404: err("不存在或无权查看") } } },
      "/api/v1/cases/{id}/events": {
        post: {
          summary: "办理事项。payload 见 components.schemas[\"<程序>.<事项>\"];expectedVersion 为案件当前版本",
          parameters: idParam,
          requestBody: body("EventRequest"),
          responses: { 200: ok("已办理"), 400: err("输入有误（含字段路径）"), 403: err("无权限"), 404: err("不存在"), 409: err("版本冲突"), 422: err("程序条件不满足（含原因与法律依据）") },
        },
      },
      "/api/v1/cases/{id}/documents": {
        get: { summary: "案件文书列表", parameters: idParam, responses: { 200: ok("文书"), 404: err("不存在") } },
        post: { summary: "生成文书（非编号类）", parameters: idParam, requestBody: body("GenerateDocumentRequest"), responses: { 201: ok("已生成"), 400: err("不能生成"), 404: err("不存在") } },
      },
      "/api/v1/documents/{id}": {
        get: {
          summary: "下载文书 .docx",
          parameters: idParam,
          responses: { 200: { description: ".docx", content: { "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {} } }, 404: err("不存在") },
        },
      },
    },
  };
}
