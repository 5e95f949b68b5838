/** One case as the UI and the API show it: state, data, actions with reasons, deadlines, documents, events. */
import type { Db } from "../../db/connection";
import { listActions } from "../../workflows/engine/run";
import type { FormField } from "../../workflows/engine/types";
import { getProcedure } from "../../workflows/registry";
import { TEMPLATES } from "../../templates/registry";
import { hasPermission } from "../auth/permissions";
import { toActor, usersWithRole, type SessionUser } from "../auth/users.server";
import type { Role } from "../../workflows/roles";
import { officeOf, permissionRefusal } from "./engine.server";
import { caseDetail, type CaseRow } from "./queries.server";

export function caseView(db: Db, user: SessionUser, row: CaseRow, now = new Date().toISOString()) {
  const proc = getProcedure(row.procedure)!;
  const detail = caseDetail(db, row.id);
  const actions = listActions(proc, row.snapshot as any, toActor(user), now, (p) => permissionRefusal(user, p)).map((a) => ({
    ...a,
    form: proc.events[a.type].form.map((f) => withChoices(db, row.officeId, f)),
  }));
  const state = row.state;
  const currentStep = proc.steps.findIndex((s) => s.state === state);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    procedure: proc.id,
    procedureName: proc.name,
    state,
    stateLabel: proc.stateLabels[state] ?? state,
    closed: proc.finalStates.includes(state),
    version: row.version,
    machineVersion: row.machineVersion,
    office: { id: row.officeId, name: officeOf(db, row.officeId).name },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    data: row.snapshot.context,
    steps: proc.steps.map((s, i) => ({ ...s, status: currentStep < 0 ? "other" : i < currentStep ? "done" : i === currentStep ? "current" : "upcoming" })),
    actions,
    deadlines: detail.deadlines,
    documents: detail.documents.map((d) => ({ id: d.id, title: d.title, number: d.number, sha256: d.sha256, createdAt: d.createdAt })),
    files: detail.files.map((f) => ({ id: f.id, name: f.name, kind: f.kind, sha256: f.sha256, createdAt: f.createdAt })),
    events: detail.events.map((e) => ({
      seq: e.seq,
      type: e.type,
      label: e.type === "CREATE" ? "发起申请" : proc.events[e.type]?.label ?? e.type,
      actor: (e.actor as { name: string }).name,
      at: e.at,
      payload: e.payload,
    })),
    generatable: hasPermission(user.roles, "document.generate")
      ? Object.values(TEMPLATES).filter((t) => t.procedure === proc.id && t.onDemand).map((t) => ({ id: t.id, title: t.title }))
      : [],
  };
}

export type CaseView = ReturnType<typeof caseView>;

/** A "user" field gets the people it may name: holders of the role in the case's office. */
function withChoices(db: Db, officeId: number, f: FormField): FormField & { choices?: { id: number; name: string }[] } {
  if (f.kind !== "user" || !f.role) return f;
  return { ...f, choices: usersWithRole(db, [officeId], f.role as Role).map((u) => ({ id: u.id, name: u.name })) };
}
