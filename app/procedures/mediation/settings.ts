/** The street's mediation settings: the follow-up interval and its dispute-type list (机构设置). */
import { DEFAULT_FOLLOW_UP_DAYS } from "../../../workflows/mediation/machine";
import { DEFAULT_DISPUTE_TYPES, parseDisputeTypes, type DisputeType } from "../../../workflows/mediation/context";
import { DEFAULT_RISK_FLOORS, floorsFromLines, floorsToLines, parseRiskFloors } from "../../../workflows/mediation/risk-floors";
import { numberForm } from "../setting-forms";
import type { SettingSpec } from "../types";
// Server-only (empty in the browser, where settings are never converted).
import { keyFor } from "../../settings.server";


/**
 * A new dispute-type list from the names an administrator typed, one per line: names already in
 * the list keep their key (so statistics and old cases stay joined); new names get a stable one.
 */
export function disputeTypesFromLines(current: string, text: string): { list: DisputeType[] } | { error: string } {
  if (text.length > 2000) return { error: "纠纷类型目录：过长" };
  const names = [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
  if (!names.length) return { error: "纠纷类型目录：至少保留一个类型" };
  if (names.length > 40) return { error: "纠纷类型目录：不能超过40个类型" };
  const long = names.find((n) => n.length > 20);
  if (long) return { error: `纠纷类型目录："${long.slice(0, 20)}…"超过20字` };
  const existing = parseDisputeTypes(current);
  return { list: names.map((label) => ({ key: keyFor(existing, label), label })) };
}

export const MEDIATION_SETTINGS = {
  // The least grade each stated factor allows; never below the national default.
  "mediation.riskFloors": {
    label: "风险因素最低等级",
    default: JSON.stringify(DEFAULT_RISK_FLOORS),
    form: {
      kind: "lines",
      label: "风险因素最低等级（每行“风险因素：等级”；群体性纠纷不低于橙色，有暴力倾向或扬言报复为红色）",
      toForm: (stored) => floorsToLines(parseRiskFloors(stored)),
      fromForm: (typed) => {
        const r = floorsFromLines(typed);
        return "error" in r ? r : { value: JSON.stringify(r.value) };
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
      kind: "lines",
      label: "纠纷类型目录（每行一个；改名或删除不影响已受理的纠纷）",
      toForm: (stored) => parseDisputeTypes(stored).map((t) => t.label).join("\n"),
      fromForm: (typed, stored) => {
        const r = disputeTypesFromLines(stored, typed);
        return "error" in r ? r : { value: JSON.stringify(r.list) };
      },
    },
  },
} satisfies Record<string, SettingSpec>;
