/** Per-office settings that RULES.md marks CONFIGURABLE, with national defaults. */
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { officeSettings } from "../db/schema";
import { DEFAULT_DRAFT_DEADLINE_BASIS, DEFAULT_DRAFT_WORKING_DAYS } from "../workflows/legal-opinion/deadlines";
import { DEFAULT_FOLLOW_UP_DAYS } from "../workflows/mediation/machine";
import { DEFAULT_DISPUTE_TYPES, parseDisputeTypes, type DisputeType } from "../workflows/mediation/context";
import { createHash } from "node:crypto";
import { DEFAULT_CATALOGUE, DEFAULT_THRESHOLDS, parseCatalogue } from "../workflows/enforcement/catalogue";
import type { CatalogueMatter } from "../workflows/enforcement/context";

export const SETTINGS = {
  "legal-opinion.draftDays": { label: "法律意见书办理时限(工作日,自指派之日起)", default: String(DEFAULT_DRAFT_WORKING_DAYS) },
  "legal-opinion.draftBasis": { label: "法律意见书办理时限的依据", default: DEFAULT_DRAFT_DEADLINE_BASIS },
  "mediation.followUpDays": { label: "调解协议回访间隔(日)", default: String(DEFAULT_FOLLOW_UP_DAYS) },
  "mediation.disputeTypes": { label: "纠纷类型目录", default: JSON.stringify(DEFAULT_DISPUTE_TYPES) },
  "enforcement.catalogue": { label: "执法事项目录", default: JSON.stringify(DEFAULT_CATALOGUE) },
  "enforcement.thresholds": { label: "听证标准与重大执法决定目录清单", default: JSON.stringify(DEFAULT_THRESHOLDS) },
} as const;
export type SettingKey = keyof typeof SETTINGS;

export function getSetting(db: Pick<Db, "select">, officeId: number, key: SettingKey): string {
  const row = db
    .select({ value: officeSettings.value })
    .from(officeSettings)
    .where(and(eq(officeSettings.officeId, officeId), eq(officeSettings.key, key)))
    .get();
  return row?.value ?? SETTINGS[key].default;
}

/** Every setting of a street, as procedures receive them when a case is filed. */
export function streetSettings(db: Pick<Db, "select">, streetId: number): Record<string, string> {
  return Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, getSetting(db, streetId, k as SettingKey)]));
}

/**
 * A new dispute-type list from the names an administrator typed, one per line: names already in
 * the list keep their key (so statistics and old cases stay joined); new names get a stable one.
 */
export function disputeTypesFromLines(current: string, text: string): { list: DisputeType[] } | { error: string } {
  const names = [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
  if (!names.length) return { error: "纠纷类型目录:至少保留一个类型" };
  if (names.length > 40) return { error: "纠纷类型目录:不能超过40个类型" };
  const long = names.find((n) => n.length > 20);
  if (long) return { error: `纠纷类型目录:"${long.slice(0, 20)}…"超过20字` };
  const existing = parseDisputeTypes(current);
  return { list: names.map((label) => ({ key: keyFor(existing, label), label })) };
}

/** A stable key for a new list entry's name, keeping the key of a name already in the list. */
export function keyFor(existing: readonly { key: string; label?: string; name?: string }[], name: string): string {
  return existing.find((t) => (t.label ?? t.name) === name)?.key ?? `t_${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
}

export function setSetting(tx: Pick<Db, "insert">, officeId: number, key: SettingKey, value: string) {
  tx.insert(officeSettings)
    .values({ officeId, key, value })
    .onConflictDoUpdate({ target: [officeSettings.officeId, officeSettings.key], set: { value } })
    .run();
}

/**
 * The enforcement catalogue from what an administrator typed, one matter per line:
 * 名称|法律依据|处罚种类和幅度|裁量基准. A name already listed keeps its key, so old cases and figures stay joined.
 */
export function catalogueFromLines(current: string, text: string): { list: CatalogueMatter[] } | { error: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return { error: "执法事项目录:至少保留一个事项" };
  if (lines.length > 200) return { error: "执法事项目录:不能超过200个事项" };
  const existing = parseCatalogue(current);
  const list: CatalogueMatter[] = [];
  for (const [i, line] of lines.entries()) {
    const [name, basis, penalty, discretion] = line.split("|").map((p) => p.trim());
    if (!name || !basis || !penalty) return { error: `执法事项目录第${i + 1}行:应为"名称|法律依据|处罚种类和幅度|裁量基准",名称、依据和幅度不能为空` };
    if (name.length > 60) return { error: `执法事项目录第${i + 1}行:名称超过60字` };
    if (list.some((m) => m.name === name)) return { error: `执法事项目录第${i + 1}行:"${name}"重复` };
    list.push({ key: keyFor(existing.map((m) => ({ key: m.key, name: m.name })), name), name, basis, penalty, discretion: discretion ?? "" });
  }
  return { list };
}
