/**
 * The adviser roster (法律顾问名册, RULES.md §5) as events see it: the server attaches an adviser's
 * roster entry to the chosen person, and the procedures that assign an adviser refuse one who is
 * not on the roster, outside the 聘期, or who has declared a conflict with a party of the case.
 */
import { z } from "zod";
import { chinaDate } from "./calendar/calendar";
import type { GuardRule } from "./engine/types";
import { UserRefSchema } from "./validation";

export const ADVISER_KINDS = { public: "公职律师", retained: "外聘法律顾问" } as const;
export type AdviserKind = keyof typeof ADVISER_KINDS;

export const ASSESSMENT_RESULTS = { excellent: "优秀", competent: "称职", basic: "基本称职", incompetent: "不称职" } as const;
export type AssessmentResult = keyof typeof ASSESSMENT_RESULTS;

export const ROSTER_BASIS = "《关于推行法律顾问制度和公职律师公司律师制度的意见》（中办发〔2016〕30号）；RULES.md §5 法律顾问名册";
export const CONFLICT_BASIS = "《中华人民共和国律师法》第三十九条";

/** An adviser's roster entry as the server attaches it to the chosen person. */
export const RosterEntrySchema = z.object({
  kind: z.enum(["public", "retained"]),
  firm: z.string(),
  licenceNo: z.string(),
  termFrom: z.string(),
  termTo: z.string(),
  conflicts: z.array(z.string()),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

/** A chosen adviser: the person, with the roster entry (null when not on the roster). */
export const AdviserRefSchema = UserRefSchema.extend({ roster: RosterEntrySchema.nullable().optional() });

/** What an issued opinion records of its adviser: who, on which certificate, for whom. */
export interface AdviserCredentials {
  readonly licenceNo?: string;
  readonly adviserKind?: AdviserKind;
  readonly firm?: string;
}

/** The credentials to keep on the case, only when the roster was attached (older events had none). */
export function credentialsOf(person: { roster?: RosterEntry | null }): AdviserCredentials {
  const r = person.roster;
  return r ? { licenceNo: r.licenceNo, adviserKind: r.kind, firm: r.firm } : {};
}

/** "陈律师（外聘法律顾问，上海某某律师事务所，执业证号13101201510123456）". */
export function adviserLine(name: string, c: AdviserCredentials): string {
  if (!c.licenceNo) return name;
  return `${name}（${[c.adviserKind ? ADVISER_KINDS[c.adviserKind] : "", c.firm ?? "", `执业证号${c.licenceNo}`].filter(Boolean).join("，")}）`;
}

type Roster = { roster?: RosterEntry | null } | undefined;

/**
 * The two roster guards for the payload field that names the adviser. `caseText` lists what the case
 * says about its parties (requesting unit, counterparty, subject): a declared conflict found there refuses.
 */
export function rosterGuards<C>(field: string, caseText: (c: C) => readonly (string | null | undefined)[]): GuardRule<C>[] {
  const entry = (e: { payload: Record<string, unknown> }) => (e.payload[field] as Roster)?.roster ?? null;
  return [
    {
      name: "adviserInTerm",
      explain: "所选人员不在本所法律顾问名册中，或者不在聘期内，不能指派",
      basis: ROSTER_BASIS,
      needsPayload: true,
      test: (_c, e) => {
        const r = entry(e);
        const today = chinaDate(e.at);
        return !!r && r.termFrom <= today && today <= r.termTo;
      },
    },
    {
      name: "adviserWithoutConflict",
      explain: "所选法律顾问已声明与本案当事人（相对方）存在利益冲突，应当回避，不能指派",
      basis: CONFLICT_BASIS,
      needsPayload: true,
      test: (c, e) => {
        const text = caseText(c).filter(Boolean).join("\n");
        return !(entry(e)?.conflicts ?? []).some((name) => name.trim().length > 1 && text.includes(name.trim()));
      },
    },
  ];
}
