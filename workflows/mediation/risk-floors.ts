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
    set = Object.fromEntries(Object.entries(v).filter(([k, g]) => k in RISK_FACTORS && g in RISK_GRADES)) as RiskFloors;
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

/** "因素：等级" a line, for the settings form. */
export const floorsToLines = (f: RiskFloors) => (Object.keys(RISK_FACTORS) as RiskFactor[]).map((k) => `${RISK_FACTORS[k]}：${f[k] ? RISK_GRADES[f[k]!] : "不设"}`).join("\n");

export function floorsFromLines(text: string): { value: RiskFloors } | { error: string } {
  const out: RiskFloors = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const [name, grade] = line.split(/[：:]/).map((x) => x.trim());
    const key = (Object.keys(RISK_FACTORS) as RiskFactor[]).find((k) => RISK_FACTORS[k] === name);
    if (!key) return { error: `风险因素最低等级："${name.slice(0, 20)}"不是风险因素目录中的因素` };
    if (grade === "不设") continue;
    const g = (Object.keys(RISK_GRADES) as RiskGrade[]).find((k) => RISK_GRADES[k] === grade);
    if (!g) return { error: `风险因素最低等级："${name}"的等级应为绿色、黄色、橙色、红色或不设` };
    const floor = DEFAULT_RISK_FLOORS[key];
    if (floor && GRADE_ORDER[g] < GRADE_ORDER[floor]) return { error: `风险因素最低等级："${name}"不得低于${RISK_GRADES[floor]}` };
    out[key] = g;
  }
  return { value: out };
}
