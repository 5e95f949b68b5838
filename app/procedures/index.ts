/**
 * The procedure registry: every procedure the system runs, registered once (README: "How to add a
 * procedure"). The kernel — engine, case pages, auth, settings, documents, audit — finds a
 * procedure's rules, documents, permissions, settings, views and hooks only through here.
 */
import type { ProcedureDefinition } from "../../workflows/engine/types";
import type { DocumentTemplate } from "../../templates/types";
import type { ProcedureModule } from "./types";
import { KERNEL_PERMISSIONS } from "../auth/kernel-permissions";
import { procedureViews } from "./views";
import { legalOpinionModule } from "./legal-opinion";
import { mediationModule } from "./mediation";
import { enforcementModule } from "./enforcement";
import { normativeReviewModule } from "./normative-review";
import { decisionCatalogueModule } from "./decision-catalogue";
import { majorDecisionModule } from "./major-decision";
import { threeImportantModule } from "./three-important";

/** One line per procedure. */
const registered = () => [legalOpinionModule, mediationModule, enforcementModule, normativeReviewModule, decisionCatalogueModule, majorDecisionModule, threeImportantModule] as const;

type Registered = ReturnType<typeof registered>[number];
export type ProcedurePermission = Registered["permissions"][number];
export type ProcedureSettingKey = Registered extends infer M ? (M extends ProcedureModule<string, infer S> ? S : never) : never;

interface Index {
  readonly modules: readonly ProcedureModule[];
  readonly byId: ReadonlyMap<string, ProcedureModule>;
  readonly procedures: Readonly<Record<string, ProcedureDefinition>>;
  readonly templates: Readonly<Record<string, DocumentTemplate>>;
}
let built: Index | null = null;

/**
 * Built on first use rather than at import, so a module that imports a kernel file that imports
 * this registry (a demo seed running the engine) never sees it half-loaded.
 */
function index(): Index {
  if (built) return built;
  const modules: readonly ProcedureModule[] = registered();
  for (const m of modules) checkModule(m);
  built = {
    modules,
    byId: new Map(modules.map((m) => [m.definition.id, m])),
    procedures: Object.fromEntries(modules.map((m) => [m.definition.id, m.definition])),
    // `server` is an empty module in the browser bundle: documents are looked up on the server only.
    templates: Object.fromEntries(modules.flatMap((m) => (m.server?.documents ?? []).map((t) => [t.id, t]))),
  };
  return built;
}

/**
 * A module's events, grants, menu entries and report may only name permissions it declared (or the
 * kernel's), and its events may only produce documents it has.
 */
function checkModule(m: ProcedureModule) {
  const declared = new Set<string>([...m.permissions, ...KERNEL_PERMISSIONS]);
  const named = [
    m.definition.createPermission,
    ...Object.values(m.definition.events).map((e) => e.permission),
    ...Object.values(m.grants).flatMap((g) => g ?? []),
    ...(m.nav ?? []).flatMap((n) => (n.permission ? [n.permission] : [])),
    ...(m.report ? [m.report.permission] : []),
  ];
  const problems = [...new Set(named.filter((p) => !declared.has(p)))];
  // The browser finds the views through ./views.ts: they must be listed there, under the module's id.
  if (m.views.id !== m.definition.id || procedureViews(m.definition.id) !== m.views) throw new Error(`程序“${m.definition.id}”的页面视图未在 app/procedures/views.ts 中按其编号登记`);
  if (!!m.report !== !!m.views.Report) throw new Error(`程序“${m.definition.id}”的统计页与其统计视图须同时声明`);
  const docs = m.server?.documents;
  const missing = docs ? Object.values(m.definition.events).flatMap((e) => (e.producesDocument && !docs.some((d) => d.id === e.producesDocument) ? [e.producesDocument] : [])) : [];
  if (problems.length || missing.length) throw new Error(`程序“${m.definition.id}”声明不完整：未声明的权限 ${problems.join("、")}；缺少的文书 ${missing.join("、")}`);
}

export const procedureModules = (): readonly ProcedureModule[] => index().modules;
export const procedureModule = (id: string): ProcedureModule | undefined => index().byId.get(id);
export const getProcedure = (id: string): ProcedureDefinition | undefined => index().byId.get(id)?.definition;

/** A read-only record whose entries are looked up in the registry when first read. */
function lazyRecord<T>(pick: (i: Index) => Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return new Proxy({} as Record<string, T>, {
    get: (_t, key) => (typeof key === "string" ? pick(index())[key] : undefined),
    has: (_t, key) => typeof key === "string" && key in pick(index()),
    ownKeys: () => Reflect.ownKeys(pick(index())),
    getOwnPropertyDescriptor: (_t, key) => {
      const value = typeof key === "string" ? pick(index())[key] : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
  });
}

/** Every procedure's definition by id. */
export const PROCEDURES = lazyRecord((i) => i.procedures);
/** Every document template by id (in the browser bundle this is empty: documents are server-only). */
export const TEMPLATES = lazyRecord((i) => i.templates);
