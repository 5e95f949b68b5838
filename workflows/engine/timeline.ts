/**
 * A case's own timeline: a dated step may not be dated before the case was registered or accepted,
 * nor before the step it depends on (a 告知 before 立案, a hearing before its notice, a payment before
 * the decision). Each procedure lists, per event, its date fields and the earlier steps they follow;
 * the engine checks them when an event is sent, never on replay, so older logs still rebuild.
 */
import { chinaDate, chineseDate } from "../calendar/calendar";

/** An earlier step and when it happened: a date, a China-local "YYYY-MM-DDTHH:mm" or an instant. */
export type DatedStep = readonly [step: string, on: string | null | undefined];

export interface DateRule<C> {
  /** The payload field holding the date (or China-local date and time). */
  readonly field: string;
  readonly label: string;
  /** The steps this date may not precede, besides the case's registration. */
  readonly after?: (context: C, payload: Readonly<Record<string, unknown>>) => readonly DatedStep[];
  /** Steps recorded on the spot before the case is entered (a patrol's inspection) start from this instead. */
  readonly from?: (context: C) => DatedStep;
}

export interface Timeline<C> {
  /** The case's registration or acceptance, the floor of every dated step. */
  readonly registered: (context: C) => DatedStep;
  readonly rules: Readonly<Record<string, readonly DateRule<C>[]>>;
}

/** The China calendar date of a date, a local date-time or an instant. */
export function dayOf(on: string): string {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(on) ? on.slice(0, 10) : chinaDate(on);
}

export interface TimelineIssue {
  readonly path: string[];
  readonly message: string;
}

/** Fields of this event dated before a step they follow, each named with the step and its date. */
export function timelineIssues<C>(timeline: Timeline<C> | undefined, type: string, context: C, payload: Readonly<Record<string, unknown>>): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  for (const rule of timeline?.rules[type] ?? []) {
    const value = payload[rule.field];
    if (typeof value !== "string" || !value) continue;
    const day = dayOf(value);
    const floor = rule.from ? rule.from(context) : timeline!.registered(context);
    const earlier = [floor, ...(rule.after?.(context, payload) ?? [])]
      .filter((s): s is readonly [string, string] => typeof s[1] === "string" && s[1] !== "")
      .map(([step, on]) => [step, dayOf(on)] as const)
      .filter(([, on]) => day < on)
      .sort((a, b) => (a[1] < b[1] ? 1 : -1));
    const latest = earlier[0];
    if (latest) issues.push({ path: [rule.field], message: `${rule.label}：不能早于${latest[0]}的日期（${chineseDate(latest[1])}），请核对` });
  }
  return issues;
}
