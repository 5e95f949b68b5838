import type { PersonalData } from "../privacy";
/**
 * What a procedure is, to the engine: an XState v5 machine plus, for every event, who may send it,
 * from which states, which named guards must hold (each with a Chinese explanation and its legal
 * basis) and the zod schema of its payload. Pure: no database, clock or file system.
 */
import type { AnyStateMachine } from "xstate";
import type { z } from "zod";
import type { HolidayCalendar } from "../calendar/calendar";
import type { Timeline } from "./timeline";

/** The person sending an event, as the server vouches for them. */
export interface EventActor {
  readonly id: number;
  readonly name: string;
  readonly roles: readonly string[];
  readonly officeId: number;
}

/** Every event carries its instant (`at`) and actor; time never comes from the clock. */
export interface ProcedureEvent<TType extends string = string, TPayload = Record<string, unknown>> {
  readonly type: TType;
  readonly at: string; // ISO 8601 instant
  readonly actor: EventActor;
  readonly payload: TPayload;
}

/** A named legal condition. `test` is a plain function of the case data and the event. */
export interface GuardRule<TContext> {
  readonly name: string;
  /** Why the action is unavailable when the guard fails, in Chinese. */
  readonly explain: string;
  /** The article it rests on, e.g. 《行政处罚法》第五十八条. */
  readonly basis: string;
  readonly test: (context: TContext, event: ProcedureEvent) => boolean;
  /** Checked only when the event is sent with its form, not when listing available actions. */
  readonly needsPayload?: boolean;
  /** The events whose step meets it (the case page links an unmet precondition to them). */
  readonly metBy?: readonly string[];
}

export interface FormField {
  readonly name: string;
  readonly label: string;
  /**
   * user: a person of the case's office holding `role`; party: one of the case's parties;
   * office: a residents' committee below the case's office; file: one of the case's uploads;
   * multi: several of `options`; users: several people of the office holding `role`; files: several
   * of the case's uploads; entry: one entry of the case's full-process record; datetime: a local time.
   */
  readonly kind: "text" | "textarea" | "select" | "user" | "users" | "number" | "lines" | "date" | "time" | "datetime" | "multi" | "party" | "office" | "file" | "files" | "entry";
  readonly options?: readonly { value: string; label: string }[];
  /** For kinds "user" and "users": the role the chosen people must hold (any active person of the office when absent). */
  readonly role?: string;
  readonly hint?: string;
  readonly required?: boolean;
}

export interface EventDefinition<TContext> {
  readonly type: string;
  /** 可办理事项 label in Chinese. */
  readonly label: string;
  /** Permission string checked by the server's permission module before anything else. */
  readonly permission: string;
  /** State values (top-level) the event may be sent from. */
  readonly from: readonly string[];
  readonly guards: readonly GuardRule<TContext>[];
  readonly payload: z.ZodType<Record<string, unknown>>;
  readonly form: readonly FormField[];
  /** A document the server must generate with this event, by template id. */
  readonly producesDocument?: string;
}

export type DeadlineStatus = "open" | "met" | "cancelled";

/** A deadline as the procedure defines it: computed from case data and the calendar. */
export interface DeadlineSpec {
  readonly key: string;
  readonly label: string;
  readonly rule: string; // e.g. "出具法律意见书期限:指派之日起10个工作日"
  readonly legalBasis: string;
  readonly start: string;
  readonly due: string;
  readonly explanation: string;
  readonly provisional: boolean;
  readonly status: DeadlineStatus;
  /** A window the parties may use, not a duty of the office: never shown as overdue. */
  readonly voluntary?: boolean;
}

/** A published decision as the public portal shows it: redacted, never the case itself. */
export interface PublicRecord {
  readonly kind: "penalty" | "other";
  readonly number: string;
  readonly decisionDate: string;
  readonly matter: string;
  readonly party: string;
  readonly sanction: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly status: "published" | "withdrawn";
  readonly withdrawnAt: string | null;
  readonly withdrawReason: string | null;
}

/** Who should act next: tasks shown on the 工作台. */
export interface PendingTask {
  readonly label: string;
  readonly role: string | null;
  readonly userId: number | null;
}

export interface Filing {
  readonly officeId: number;
  readonly officeKind: "street" | "committee";
  readonly streetId: number;
  readonly by: { readonly id: number; readonly name: string };
  readonly at: string;
  readonly settings: Readonly<Record<string, string>>;
}

export interface ProcedureStep {
  readonly state: string;
  readonly label: string;
  /** A step this case does not go through (a hearing waived, a review not required): shown as passed over. */
  readonly skipped?: boolean;
}

export interface ProcedureDefinition<TContext = any, TInput = any> {
  readonly id: string;
  readonly name: string;
  /** Bumped whenever the machine changes shape; each case records the version it runs on. */
  readonly version: number;
  readonly machine: AnyStateMachine;
  readonly createPermission: string;
  readonly createSchema: z.ZodType<TInput>;
  readonly createForm: readonly FormField[];
  /** Where a case is filed: at a street office only, or also at a residents' committee. */
  readonly filedAt: "street" | "street-or-committee";
  /** 案号 code, as in （2026）彭司法意字第1号 or （2026）彭人调字第12号. */
  readonly caseNumber: (o: { docCode: string; year: number; n: number }) => string;
  /** Checks of the creation form that depend on the filing office's settings (a configured list). */
  readonly validateCreate?: (parsed: any, filing: Filing) => { path: string[]; message: string }[];
  /** Select options of the creation form that come from the filing office's settings. */
  readonly createOptions?: (settings: Readonly<Record<string, string>>) => Readonly<Record<string, readonly { value: string; label: string }[]>>;
  /** The machine's input from the validated form and who filed it where. */
  readonly creationInput: (parsed: any, filing: Filing) => TInput;
  /** The office now handling the case, when the procedure moves cases between levels. */
  readonly handlingOffice?: (context: TContext) => number;
  /** A case's sort weight and coloured label in lists (a risk grade). */
  readonly badge?: (context: TContext) => { readonly priority: number; readonly label: string; readonly tone: "red" | "orange" | "yellow" | "green" } | null;
  /** The case data with personal details masked, for viewers outside the handling office. */
  readonly masked?: (context: TContext) => TContext;
  /**
   * The case's own people whose names, numbers and addresses are masked in every free-text field
   * those viewers get (facts, places, conclusions, titles): workflows/privacy.ts.
   */
  readonly personalData?: (context: TContext) => readonly PersonalData[];
  /** People who must see the case whatever their office (those assigned to it). */
  readonly members?: (context: TContext) => number[];
  readonly events: Readonly<Record<string, EventDefinition<TContext>>>;
  /** The dated steps of each event and the earlier steps they may not precede (timeline.ts). */
  readonly timeline?: Timeline<TContext>;
  /** Values a form starts with, computed from the case (the redacted text to publish). */
  readonly formDefaults?: (type: string, context: TContext, env: { readonly officeName: string }) => Readonly<Record<string, string>>;
  /** What the public portal shows of the case, when anything is published (公示). */
  readonly publicRecord?: (context: TContext) => PublicRecord | null;
  readonly steps: readonly ProcedureStep[];
  /** The steps of this case's own track, when they differ from `steps` (an on-the-spot penalty, a waived hearing). */
  readonly stepsFor?: (context: TContext) => readonly ProcedureStep[];
  readonly stateLabels: Readonly<Record<string, string>>;
  readonly finalStates: readonly string[];
  readonly title: (context: TContext) => string;
  readonly searchText: (context: TContext) => string;
  readonly deadlines: (context: TContext, calendar: HolidayCalendar) => DeadlineSpec[];
  readonly pendingTasks: (state: string, context: TContext) => PendingTask[];
}

/**
 * An event definition written in one line: `permission` is the action, prefixed with the procedure's
 * id ("<procedure>.<action>"); guards and a produced document are optional.
 */
export function eventDefiner<TContext>(procedureId: string) {
  return (
    type: string,
    label: string,
    permission: string,
    from: string[],
    payload: EventDefinition<TContext>["payload"],
    form: FormField[],
    guards: EventDefinition<TContext>["guards"] = [],
    producesDocument?: string,
  ): EventDefinition<TContext> => ({ type, label, permission: `${procedureId}.${permission}`, from, guards, payload, form, ...(producesDocument ? { producesDocument } : {}) });
}
