/**
 * What a procedure module gives the kernel (docs/decisions/0011). A procedure is three folders —
 * workflows/<p>/ (pure rules), templates/<p>/ (documents), app/procedures/<p>/ (what needs the
 * server or React) — and one line in app/procedures/index.ts. The kernel (engine, case pages, auth,
 * settings, documents, audit) reads a procedure only through this interface.
 */
import type { ComponentType } from "react";
import type { Db } from "../../db/connection";
import type { DocumentTemplate } from "../../templates/types";
import type { Refusal } from "../../workflows/engine/run";
import type { FormField, ProcedureDefinition } from "../../workflows/engine/types";
import type { Role } from "../../workflows/roles";
import type { KernelPermission } from "../auth/kernel-permissions";
import type { SessionUser } from "../auth/users.server";
import type { Sheet } from "../exports/xlsx.server";
import type { ChartSpec } from "../charts/chart.server";
import type { RowColumn, RowErrors, TypedRow } from "../rows";

/** The case data as the reader may see it, and the case's files (for links from the record). */
export interface FactsProps {
  readonly c: any;
  readonly files: readonly { id: number; sha256: string }[];
}

/** A case as the server hooks receive it. */
export interface CaseRowLike {
  readonly id: number;
  readonly officeId: number;
  readonly procedure: string;
  readonly snapshot: { context: any };
}

export type FillIssue = { path: (string | number)[]; message: string };

/**
 * Values the server adds to an event's payload before the machine sees it (office settings,
 * periods counted on today's holiday calendar, who the reviewer is), so the stored event replays
 * to the same result whatever the calendar says later.
 */
export type ServerFill = (db: Db, c: CaseRowLike, payload: Record<string, unknown>, at: string, user: SessionUser) => Record<string, unknown> | FillIssue;

/** An office setting a procedure reads (RULES.md CONFIGURABLE), with its national default. */
export interface SettingSpec {
  readonly label: string;
  readonly default: string;
  /**
   * How 机构设置 (/admin/settings) edits it; absent when the procedure has its own settings page.
   * `toForm` shows the stored value, `fromForm` checks and converts what was typed (the current
   * stored value is given so list entries keep their keys).
   */
  readonly form?: {
    readonly kind: "number" | "text";
    readonly label: string;
    readonly toForm?: (stored: string) => string;
    readonly fromForm: (typed: string, stored: string) => { value: string } | { error: string };
  } | RowsSettingForm;
}

/**
 * A list setting edited as rows (app/rows.ts): the form's list is named by the setting's key.
 * `fromRows` checks and converts the rows sent, its problems named by field (`rowField`).
 */
export interface RowsSettingForm {
  readonly kind: "rows";
  readonly label: string;
  readonly hint?: string;
  readonly columns: readonly RowColumn[];
  /** The rows are a fixed set (one per risk factor): none added or removed. */
  readonly fixed?: boolean;
  readonly toRows: (stored: string) => readonly ({ readonly key?: string } & Readonly<Record<string, string | undefined>>)[];
  readonly fromRows: (rows: readonly TypedRow[], stored: string, list: string) => { value: string } | { errors: RowErrors };
}

/** A link in the top navigation, shown to users holding `permission` in the kinds of office listed. */
export interface NavEntry<P extends string = string> {
  readonly to: string;
  readonly label: string;
  /** Where it sits among all entries (kernel entries: 0 工作台, 5 案件, 80–90 administration). */
  readonly order: number;
  readonly permission?: P;
  readonly officeKinds?: readonly ("district" | "street" | "committee")[];
}

/** What the report page (/reports/<id>) shows: the period and office filters, then `View`. */
export interface ReportViewProps {
  readonly figures: any;
  readonly from: string;
  readonly to: string;
  /** The chosen office, or the reader's own organisation. */
  readonly scopeName: string;
}

export interface ProcedureReport<P extends string = string> {
  readonly title: string;
  readonly permission: P;
  readonly hint?: string;
  /** The kinds of office the filter lists (the offices that file this procedure's cases). */
  readonly officeKinds: readonly ("district" | "street" | "committee")[];
  /** A download of the same figures (the filter's query is appended). */
  readonly csvPath?: string;
}

/**
 * What the browser draws for a procedure (its `views.tsx`): the case page's 案件信息 card and the
 * report page's figures. Kept apart from the module so that pages load the views without the
 * definition, its machine, its schemas and its calendar (issue 13 §10); app/procedures/views.ts
 * lists them, and the registry checks each module's views carry its id.
 */
export interface ProcedureViews {
  /** The procedure's id, as its definition has it. */
  readonly id: string;
  /** The case page's 案件信息 card. */
  readonly Facts: ComponentType<FactsProps>;
  /** The report page's figures (/reports/<id>), for a module with a `report`. */
  readonly Report?: ComponentType<ReportViewProps>;
}

/** The server-only part of a module (its `server.server.ts`): empty in the browser bundle. */
export interface ProcedureServer {
  /** Its document templates (templates/<p>/), kept off the browser bundle. */
  readonly documents: readonly DocumentTemplate[];
  readonly fills?: Readonly<Record<string, ServerFill>>;
  /** Extra checks `npm run audit:verify` runs over this procedure's cases (a full-process record against its events). */
  readonly verify?: (db: Db, storedFiles: ReadonlySet<string>) => { records: number; broken: { caseId: number; reason: string }[] };
  /** The report's figures as spreadsheet tables (/reports/<id>/xlsx); the first sheet mirrors the page. */
  readonly reportSheets?: (figures: any) => readonly Omit<Sheet, "preface">[];
  /**
   * 台账: one row per case registered in the period, in the columns the annual reports use
   * (/reports/<id>/register.xlsx). `full` is false for readers outside the handling street: names are masked.
   */
  readonly register?: (db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }, full: boolean) => Omit<Sheet, "preface">;
  /** Charts of its report page beyond the monthly trend every report gets (breakdowns, on-time rates). */
  readonly charts?: (figures: any, link: (filters: Readonly<Record<string, string>>) => string) => readonly ChartSpec[];
  /** The figures of its report page (/reports/<id>) over the cases of these offices in the period. */
  readonly figures?: (db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }) => unknown;
  /**
   * Why a case may not be opened, from what is already stored (one catalogue per street and year;
   * a decision only for a published catalogue item). Run inside the opening transaction, so two
   * openings at once cannot both pass.
   */
  readonly createConflict?: (db: Db, q: { readonly streetId: number; readonly officeId: number; readonly input: any }) => { path: string[]; message: string } | null;
  /** Choices of the creation form read from what is stored (the published catalogue items a decision can start from). */
  readonly createChoices?: (db: Db, streetId: number) => Readonly<Record<string, readonly { value: string; label: string }[]>>;
  /**
   * Values the server adds to a validated creation form from what is stored (the catalogue item a
   * decision names, as the catalogue lists it), or why the form cannot be accepted.
   */
  readonly createFill?: (db: Db, q: { readonly streetId: number; readonly officeId: number; readonly parsed: any }) => Record<string, unknown> | { path: string[]; message: string };
  /** Choices for a case's form field read from what is stored outside the case (comments received from the public). */
  readonly choices?: (db: Db, field: FormField, row: CaseRowLike) => { id: number; name: string }[] | undefined;
  /** Demo cases run through the engine when a fresh demo district is seeded. */
  readonly seedDemo?: (db: Db, now?: Date) => Promise<unknown>;
}

export interface ProcedureModule<P extends string = string, S extends string = string> {
  readonly definition: ProcedureDefinition;
  /** The permissions the procedure's events and pages check, named "<procedure id>.<action>". */
  readonly permissions: readonly P[];
  /**
   * Which roles hold them (and which kernel permissions the procedure needs roles to hold). Only
   * `permissions` declares names: a name here, in `nav` or in `report` that is not declared is a type error.
   */
  readonly grants: Partial<Record<Role, readonly (NoInfer<P> | KernelPermission)[]>>;
  readonly settings?: Readonly<Record<S, SettingSpec>>;
  /** What the browser draws: the 案件信息 card and the report's figures. */
  readonly views: ProcedureViews;
  readonly nav?: readonly NavEntry<NoInfer<P> | KernelPermission>[];
  /** The intake page's heading and button when the case is not applied for (案件登记, 受理纠纷); 申请… by default. */
  readonly intake?: { readonly title: string; readonly submit: string };
  /** What an upload to one of its cases may be (a 卷宗 binds files by kind); the kernel's default list otherwise. */
  readonly fileKinds?: readonly string[];
  /**
   * Values of a case the case list can be narrowed to (a report's breakdown links there): the
   * filter's name, what it is called, and where it sits in the case data.
   */
  readonly facets?: Readonly<Record<string, { readonly label: string; readonly path: string }>>;
  /** Events also done on a page of their own (/cases/:id/<path>), linked from the case page while available. */
  readonly pages?: readonly { readonly event: string; readonly path: string; readonly label: string }[];
  readonly report?: ProcedureReport<NoInfer<P>>;
  /** Choices for a form field the kernel cannot list by itself (kind "entry": the case's record entries). */
  readonly fieldChoices?: (field: FormField, context: any) => { id: number; name: string }[] | undefined;
  /**
   * Why a member from outside the handling office may not send this event (null: they may). Without
   * this hook only the handling office acts on its cases.
   */
  readonly memberRefusal?: (type: string) => Refusal | null;
  readonly server: ProcedureServer;
}

/** Declares a procedure's views (its `views.tsx`). */
export function defineViews(v: ProcedureViews): ProcedureViews {
  return v;
}

/** Declares a module, keeping its permission and setting names as literal types for the registry. */
export function defineProcedure<const P extends string, const S extends string = never>(m: ProcedureModule<P, S>): ProcedureModule<P, S> {
  return m;
}
