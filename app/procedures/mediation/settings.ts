/** The street's mediation settings: the follow-up interval and its dispute-type list (机构设置). */
import { DEFAULT_FOLLOW_UP_DAYS } from "../../../workflows/mediation/machine";
import { DEFAULT_DISPUTE_TYPES, parseDisputeTypes, RISK_FACTORS, RISK_GRADES, type DisputeType } from "../../../workflows/mediation/context";
import { DEFAULT_RISK_FLOORS, floorsFromRows, floorsToRows, parseRiskFloors } from "../../../workflows/mediation/risk-floors";
import { checkRows, keptRows, rowField, type RowColumn, type RowErrors, type TypedRow } from "../../rows";
import { numberForm } from "../setting-forms";
import type { SettingSpec } from "../types";
// Server-only (empty in the browser, where settings are never converted).
import { keysForRows } from "../../settings.server";


const TYPE_LIST_COLUMNS: readonly RowColumn[] = [{ key: "label", label: "纠纷类型", required: true, max: 20, placeholder: "如：加装电梯纠纷" }];
const FLOOR_COLUMNS: readonly RowColumn[] = [
  { key: "factor", label: "风险因素", kind: "fixed", options: Object.entries(RISK_FACTORS).map(([value, label]) => ({ value, label })) },
  { key: "grade", label: "最低等级", kind: "select", options: Object.entries(RISK_GRADES).map(([value, label]) => ({ value, label })) },
];

/**
 * A new dispute-type list from the rows sent. A stored row keeps its key when renamed (so
 * statistics and old cases stay joined); a new name gets the key it had before, or a stable new one.
 */
export function disputeTypesFromRows(current: string, rows: readonly TypedRow[], list = "mediation.disputeTypes"): { list: DisputeType[] } | { errors: RowErrors } {
  const kept = keptRows(rows, TYPE_LIST_COLUMNS);
  if (!kept.length) return { errors: { [list]: "纠纷类型目录：至少保留一个类型" } };
  if (kept.length > 40) return { errors: { [list]: `纠纷类型目录：不能超过40个类型（现为${kept.length}个）` } };
  const errors = checkRows(list, kept, TYPE_LIST_COLUMNS, ["label"]);
  if (Object.keys(errors).length) return { errors };
  const existing = parseDisputeTypes(current);
  const keyed = keysForRows(existing, kept, kept.map((r) => r.values.label));
  if ("clash" in keyed) return { errors: { [rowField(list, kept[keyed.clash].index, "label")]: `第${kept[keyed.clash].index + 1}行纠纷类型：与已有类型冲突，请换一个名称` } };
  const out = kept.map((r, i) => ({ key: keyed.keys[i], label: r.values.label }));
  return { list: out };
}

export const MEDIATION_SETTINGS = {
  // The least grade each stated factor allows; never below the national default.
  "mediation.riskFloors": {
    label: "风险因素最低等级",
    default: JSON.stringify(DEFAULT_RISK_FLOORS),
    form: {
      kind: "rows",
      label: "风险因素最低等级",
      hint: "群体性纠纷不低于橙色，有暴力倾向或扬言报复为红色；街道可以提高，不能降低。",
      columns: FLOOR_COLUMNS,
      fixed: true,
      toRows: (stored) => floorsToRows(parseRiskFloors(stored)).map((r) => ({ key: r.factor, ...r })),
      fromRows: (rows, _stored, list) => {
        const r = floorsFromRows(rows.map((x) => ({ factor: x.values.factor, grade: x.values.grade })));
        return "problems" in r ? { errors: Object.fromEntries(r.problems.map((p) => [p.row < 0 ? list : rowField(list, rows[p.row].index, p.column), p.message])) } : { value: JSON.stringify(r.value) };
      },
    },
  },
  "mediation.followUpDays": {
    label: "调解协议回访间隔（日）",
    default: String(DEFAULT_FOLLOW_UP_DAYS),
    form: numberForm("调解协议回访间隔（日；新受理的纠纷按此计算，含本街道各居委会）", "回访间隔", "日", 1, 180),
  },
  "mediation.disputeTypes": {
    label: "纠纷类型目录",
    default: JSON.stringify(DEFAULT_DISPUTE_TYPES),
    form: {
      kind: "rows",
      label: "纠纷类型目录",
      hint: "改名或删除不影响已受理的纠纷。",
      columns: TYPE_LIST_COLUMNS,
      toRows: (stored) => parseDisputeTypes(stored).map((t) => ({ key: t.key, label: t.label })),
      fromRows: (rows, stored, list) => {
        const r = disputeTypesFromRows(stored, rows, list);
        return "errors" in r ? r : { value: JSON.stringify(r.list) };
      },
    },
  },
} satisfies Record<string, SettingSpec>;
