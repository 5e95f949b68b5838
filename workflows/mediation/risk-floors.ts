/**
 * The least grade each stated risk factor allows (风险研判): a street may set its own floors, never
 * below the national default — a group dispute (5 people or more) is at least 橙色, a threat of
 * violence or revenge is 红色.
 */
import { RISK_FACTORS, RISK_GRADES, type RiskFactor, type RiskGrade } from "./context";

export const GRADE_ORDER: Record<RiskGrade, number> = { green: 0, yellow: 1, orange: 2, red: 3 };
export const DEFAULT_RISK_FLOORS: Partial<Record<RiskFactor, RiskGrade>> = { group: "orange", violence: "red" };
export type RiskFloors = Partial<Record<RiskFactor, RiskGrade>>;

const higher = (a: RiskGrade | undefined, b: RiskGrade | undefined) => (!a ? b : !b ? a : GRADE_ORDER[a] >= GRADE_ORDER[b] ? a : b);

/** The stored setting (JSON), raised to the national default where it is lower. */
export function parseRiskFloors(setting: string | undefined): RiskFloors {
  let set: RiskFloors = {};
  try {
    const v = JSON.parse(setting ?? "{}") as Record<string, string>;
    set = Object.fromEntries(Object.entries(v).filter(([k, g]) => Object.hasOwn(RISK_FACTORS, k) && Object.hasOwn(RISK_GRADES, g))) as RiskFloors;
  } catch {
    set = {};
  }
  const keys = Object.keys(RISK_FACTORS) as RiskFactor[];
  return Object.fromEntries(keys.flatMap((k) => { const g = higher(set[k], DEFAULT_RISK_FLOORS[k]); return g ? [[k, g]] : []; })) as RiskFloors;
}

/** The stated factors whose floor the grade falls below, with the floor. */
export function belowFloor(grade: RiskGrade, factors: readonly RiskFactor[], floors: RiskFloors = DEFAULT_RISK_FLOORS): { factor: RiskFactor; floor: RiskGrade }[] {
  return factors.flatMap((f) => { const floor = higher(floors[f], DEFAULT_RISK_FLOORS[f]); return floor && GRADE_ORDER[grade] < GRADE_ORDER[floor] ? [{ factor: f, floor }] : []; });
}

/** One row per risk factor with its floor ("" when none is set), for the settings form. */
export const floorsToRows = (f: RiskFloors) => (Object.keys(RISK_FACTORS) as RiskFactor[]).map((k) => ({ factor: k, grade: f[k] ?? "" }));

/** The floors from the rows sent: every factor known, every grade known and not below the national floor. */
export function floorsFromRows(rows: readonly { factor: string; grade: string }[]): { value: RiskFloors } | { problems: { row: number; column: "factor" | "grade"; message: string }[] } {
  const out: RiskFloors = {};
  const problems: { row: number; column: "factor" | "grade"; message: string }[] = [];
  // One row per factor, each once: a form without them (a stale page) must not clear the floors.
  const sent = rows.map((r) => r.factor).sort().join();
  if (sent !== Object.keys(RISK_FACTORS).sort().join()) return { problems: [{ row: -1, column: "grade", message: "风险因素最低等级：须逐项列出风险因素目录中的每一项，请刷新页面后重新填写" }] };
  for (const [row, r] of rows.entries()) {
    if (!Object.hasOwn(RISK_FACTORS, r.factor)) {
      problems.push({ row, column: "factor", message: `风险因素最低等级：“${r.factor.slice(0, 20)}”不是风险因素目录中的因素` });
      continue;
    }
    const factor = r.factor as RiskFactor;
    if (!r.grade) {
      if (DEFAULT_RISK_FLOORS[factor]) problems.push({ row, column: "grade", message: `${RISK_FACTORS[factor]}：不得低于${RISK_GRADES[DEFAULT_RISK_FLOORS[factor]!]}，不能不设` });
      continue;
    }
    if (!Object.hasOwn(RISK_GRADES, r.grade)) {
      problems.push({ row, column: "grade", message: `${RISK_FACTORS[factor]}：等级应为绿色、黄色、橙色、红色或不设` });
      continue;
    }
    const g = r.grade as RiskGrade;
    const floor = DEFAULT_RISK_FLOORS[factor];
    if (floor && GRADE_ORDER[g] < GRADE_ORDER[floor]) problems.push({ row, column: "grade", message: `${RISK_FACTORS[factor]}：不得低于${RISK_GRADES[floor]}（全国统一的最低等级）` });
    else out[factor] = g;
  }
  return problems.length ? { problems } : { value: out };
}
