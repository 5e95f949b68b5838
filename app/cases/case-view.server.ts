/** One case as the UI and the API show it: state, data, actions with reasons, deadlines, documents, events. */
import type { Db } from "../../db/connection";
import { listActions } from "../../workflows/engine/run";
import { outsideReaderView } from "../../workflows/privacy";
import type { FormField } from "../../workflows/engine/types";
import { getProcedure, procedureModule, TEMPLATES } from "../procedures";
import { hasPermission } from "../auth/permissions";
import { activeUsers, officeScope, toActor, usersWithRole, type SessionUser } from "../auth/users.server";
import { eq } from "drizzle-orm";
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { organisations } from "../../db/schema";
import type { Role } from "../../workflows/roles";
import { memberRefusal, officeOf, permissionRefusal } from "./engine.server";
import { caseDetail, myTasksOn, seesPersonalData, type CaseRow } from "./queries.server";

export function caseView(db: Db, user: SessionUser, row: CaseRow, now = new Date().toISOString()) {
  const proc = getProcedure(row.procedure)!;
  const personal = seesPersonalData(db, user, row);
  const detail = caseDetail(db, row.id);
  const officeName = officeOf(db, row.officeId).name;
  const listed = listActions(proc, row.snapshot as any, toActor(user), now, (p, type) => permissionRefusal(user, p) ?? memberRefusal(db, user, row, type));
  // The step that meets an unmet precondition, where its guard names one: linked when this user can take it now.
  const stepsMeeting = (type: string, guard: string) =>
    (proc.events[type].guards.find((g) => g.name === guard)?.metBy ?? []).filter((t) => proc.events[t]).map((t) => ({ type: t, label: proc.events[t].label, here: listed.some((x) => x.type === t && x.available) }));
  const actions = listed.map((a) => ({
    ...a,
    reasons: a.reasons.map((r) => ({ ...r, steps: stepsMeeting(a.type, r.guard) })),
    form: proc.events[a.type].form.map((f) => (personal ? withChoices(db, row, f) : f)),
    defaults: personal && a.available ? proc.formDefaults?.(a.type, row.snapshot.context, { officeName }) ?? {} : {},
    // The preconditions already met, ticked beside the unmet ones (guards that read the form wait for it).
    met: a.available ? [] : proc.events[a.type].guards.filter((g) => !g.needsPayload && !a.reasons.some((r) => r.guard === g.name)).map((g) => ({ guard: g.name, message: g.explain, basis: g.basis })),
    /** Only another post may do it: listed once, not as a blocker. */
    otherPost: !a.available && a.reasons.length > 0 && a.reasons.every((r) => r.basis === "本系统岗位职责与权限配置"),
  }));
  const state = row.state;
  const ownSteps = proc.stepsFor?.(row.snapshot.context) ?? proc.steps;
  const currentStep = ownSteps.findIndex((s) => s.state === state);
  return {
    id: row.id,
    number: row.number,
    title: personal ? row.title : outsideReaderView(proc, row.snapshot.context, row.title),
    procedure: proc.id,
    procedureName: proc.name,
    state,
    stateLabel: proc.stateLabels[state] ?? state,
    closed: proc.finalStates.includes(state),
    version: row.version,
    machineVersion: row.machineVersion,
    office: { id: row.officeId, name: officeName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    // Parties' personal data is for the office handling the case; other readers see it masked.
    personal,
    /** What this case waits on the reader for (a task addressed to them or to their post). */
    myTasks: proc.finalStates.includes(state) ? [] : myTasksOn(db, user, row.id),
    data: personal ? row.snapshot.context : outsideReaderView(proc, row.snapshot.context),
    steps: ownSteps.map((s, i) => ({ ...s, status: `${currentStep < 0 ? "other" : i < currentStep ? "done" : i === currentStep ? "current" : "upcoming"}${s.skipped ? " skipped" : ""}` })),
    actions,
    deadlines: detail.deadlines,
    documents: personal ? detail.documents.map((d) => ({ id: d.id, title: d.title, number: d.number, sha256: d.sha256, createdAt: d.createdAt })) : [],
    files: personal ? detail.files.map((f) => ({ id: f.id, name: f.name, kind: f.kind, sha256: f.sha256, createdAt: f.createdAt })) : [],
    events: detail.events.map((e) => ({
      seq: e.seq,
      type: e.type,
      label: e.type === "CREATE" ? "发起申请" : proc.events[e.type]?.label ?? e.type,
      actor: (e.actor as { name: string }).name,
      at: e.at,
      // Event payloads repeat what parties said and who they are: only for full readers.
      payload: personal ? e.payload : {},
    })),
    generatable: personal && hasPermission(user.roles, "document.generate")
      ? Object.values(TEMPLATES)
          .filter((t) => t.procedure === proc.id && t.onDemand && (t.available?.(row.snapshot.context) ?? true))
          .map((t) => ({ id: t.id, title: t.title }))
      : [],
  };
}

export type CaseView = ReturnType<typeof caseView>;

/**
 * A person as a picker lists them: with their 执法证's number and validity where they hold one, so
 * an officer whose certificate has lapsed is seen before being chosen (APL 42: 持有执法证件).
 */
export function withCertificate(u: { name: string; certNo: string | null; certValidUntil: string | null }, today: string): string {
  if (!u.certNo) return u.name;
  if (!u.certValidUntil) return `${u.name}（执法证${u.certNo}，未登记有效期）`;
  return u.certValidUntil >= today ? `${u.name}（执法证${u.certNo}，有效期至${chineseDate(u.certValidUntil)}）` : `${u.name}（执法证${u.certNo}已于${chineseDate(u.certValidUntil)}过期）`;
}

/** Fields that name something get their choices: people of the office, committees, files, or what the procedure lists (its parties, its record). */
function withChoices(db: Db, row: CaseRow, f: FormField): FormField & { choices?: { id: number; name: string }[] } {
  const module = procedureModule(row.procedure);
  const own = module?.server.choices?.(db, f, row) ?? module?.fieldChoices?.(f, row.snapshot.context);
  if (own) return { ...f, choices: own };
  switch (f.kind) {
    case "user":
    case "users": {
      const scope = officeScope(db, { organisationId: row.officeId });
      const people = f.role ? usersWithRole(db, scope, f.role as Role) : activeUsers(db, scope);
      const today = chinaDate(new Date());
      return { ...f, choices: people.map((u) => ({ id: u.id, name: withCertificate(u, today) })) };
    }
    case "office":
      return { ...f, choices: db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.parentId, row.officeId)).all() };
    case "file":
    case "files":
      return { ...f, choices: caseDetail(db, row.id).files.map((x) => ({ id: x.id, name: x.name })) };
    default:
      return f;
  }
}
