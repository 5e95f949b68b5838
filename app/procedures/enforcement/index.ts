/** 行政执法 — the three enforcement systems: 公示, 全过程记录, 重大执法决定法制审核 (README). */
import { enforcementProcedure } from "../../../workflows/enforcement";
import { DEFAULT_CATALOGUE, DEFAULT_THRESHOLDS } from "../../../workflows/enforcement/catalogue";
import { textForm } from "../setting-forms";
import { defineProcedure } from "../types";
import { enforcementServer } from "./server.server";
import { enforcementViews } from "./views";

export const enforcementModule = defineProcedure({
  definition: enforcementProcedure,
  permissions: ["enforcement.create", "enforcement.handle", "enforcement.approve", "enforcement.review", "enforcement.publish", "enforcement.archive", "enforcement.report"],
  grants: {
    district_supervisor: ["enforcement.report"],
    // As the agency's head (行政机关负责人) the street leader approves filing and decides cases.
    street_leader: ["enforcement.approve", "enforcement.publish", "enforcement.report", "document.generate"],
    enforcement_officer: ["enforcement.create", "enforcement.handle", "enforcement.publish", "enforcement.archive", "enforcement.report", "document.generate", "file.upload"],
    legal_reviewer: ["enforcement.review", "enforcement.report", "document.generate"],
  },
  settings: {
    // Edited on their own page, 执法事项目录 (/admin/enforcement).
    "enforcement.catalogue": { label: "执法事项目录", default: JSON.stringify(DEFAULT_CATALOGUE) },
    "enforcement.thresholds": { label: "听证标准与重大执法决定目录清单", default: JSON.stringify(DEFAULT_THRESHOLDS) },
    // What a 行政处罚决定书 tells the party (APL 59, 67): how to pay, where to apply for review, which court.
    "enforcement.payment": {
      label: "罚款缴纳途径",
      default: "到指定的银行或者通过电子支付系统",
      form: textForm("罚款缴纳途径（写入处罚决定书，如：到中国工商银行上海彭浦支行，账号……，或者通过上海市非税收入电子缴款系统）", "罚款缴纳途径", 4, 300, "请填写指定银行及账号或电子支付途径"),
    },
    "enforcement.reviewOrgan": {
      label: "行政复议机关",
      default: "区人民政府",
      form: textForm("行政复议机关（写入处罚决定书，如：上海市静安区人民政府）", "行政复议机关", 4, 100, "请填写行政复议机关全称"),
    },
    "enforcement.court": {
      label: "行政诉讼管辖法院",
      default: "有管辖权的人民法院",
      form: textForm("行政诉讼管辖法院（写入处罚决定书）", "管辖法院", 4, 100, "请填写管辖法院全称"),
    },
  },
  views: enforcementViews,
  intake: { title: "执法案件登记", submit: "登记案件" },
  facets: { matter: { label: "执法事项", path: "matter.key" } },
  nav: [
    { to: "/cases/new/enforcement", label: "执法案件登记", order: 40, permission: "enforcement.create", officeKinds: ["street"] },
    { to: "/reports/enforcement", label: "执法统计", order: 50, permission: "enforcement.report" },
    { to: "/admin/enforcement", label: "执法事项目录", order: 95, permission: "admin.settings" },
    { to: "/gongshi", label: "执法公示", order: 99 },
  ],
  // 现场记录 from a phone: camera photos and video uploaded one by one.
  pages: [{ event: "RECORD_ACT", path: "record", label: "现场记录（拍照、录像上传）" }],
  report: {
    title: "行政执法统计",
    permission: "enforcement.report",
    hint: "按立案（登记）日期统计。年度行政执法数据应于次年1月31日前向社会公开（国办发〔2018〕118号第六条），公开版本见“执法公示 · 年度统计”。",
    officeKinds: ["street"],
  },
  // A 先行登记保存's handling decision picks an open preservation; other acts cite a record entry.
  fieldChoices: (field, context) => {
    if (field.kind !== "entry") return undefined;
    const ctx = context as { record?: { seq: number; time: string }[]; preservations?: { entry: number; on: string; items: string; handled: unknown }[]; seizures?: { n: number; time: string; items: string; ended: unknown }[] };
    // A seizure's approval, extension or ending picks one not yet ended (行政强制法 19, 25, 27).
    if (field.name === "n") return (ctx.seizures ?? []).filter((x) => !x.ended).map((x) => ({ id: x.n, name: `第${x.n}次 ${x.time.replace("T", " ")} ${x.items.slice(0, 20)}` }));
    return field.name === "entry"
      ? (ctx.preservations ?? []).filter((p) => !p.handled).map((p) => ({ id: p.entry, name: `第${p.entry}条 ${p.on} ${p.items.slice(0, 20)}` }))
      : (ctx.record ?? []).map((r) => ({ id: r.seq, name: `第${r.seq}条 ${r.time.replace("T", " ")}` }));
  },
  server: enforcementServer,
});
