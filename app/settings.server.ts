/**
 * Per-office settings that RULES.md marks CONFIGURABLE, with national defaults. Each procedure
 * declares the settings it reads (app/procedures/<p>/index.ts); this module stores and reads them.
 */
import { and, eq } from "drizzle-orm";
import { createHash } from "node:crypto";
import type { Db } from "../db/connection";
import { officeSettings } from "../db/schema";
import { procedureModules, type ProcedureSettingKey } from "./procedures";
import type { SettingSpec } from "./procedures/types";

export type SettingKey = ProcedureSettingKey;

let specs: Readonly<Record<string, SettingSpec>> | null = null;
/** Every declared setting, by key, in registry order. */
export function settingSpecs(): Readonly<Record<string, SettingSpec>> {
  specs ??= Object.fromEntries(procedureModules().flatMap((m) => Object.entries(m.settings ?? {})));
  return specs;
}

/** Every declared setting by key (read when first used: the registry is loaded by then). */
export const SETTINGS: Readonly<Record<string, SettingSpec>> = new Proxy({} as Record<string, SettingSpec>, {
  get: (_t, key) => (typeof key === "string" ? settingSpecs()[key] : undefined),
  has: (_t, key) => typeof key === "string" && key in settingSpecs(),
  ownKeys: () => Reflect.ownKeys(settingSpecs()),
  getOwnPropertyDescriptor: (_t, key) => (typeof key === "string" && key in settingSpecs() ? { value: settingSpecs()[key], enumerable: true, configurable: true, writable: false } : undefined),
});

export function getSetting(db: Pick<Db, "select">, officeId: number, key: SettingKey): string {
  const row = db
    .select({ value: officeSettings.value })
    .from(officeSettings)
    .where(and(eq(officeSettings.officeId, officeId), eq(officeSettings.key, key)))
    .get();
  return row?.value ?? settingSpecs()[key].default;
}

/** Every setting of a street, as procedures receive them when a case is filed. */
export function streetSettings(db: Pick<Db, "select">, streetId: number): Record<string, string> {
  return Object.fromEntries(Object.keys(settingSpecs()).map((k) => [k, getSetting(db, streetId, k as SettingKey)]));
}

/** A stable key for a new list entry's name, keeping the key of a name already in the list. */
export function keyFor(existing: readonly { key: string; label?: string; name?: string }[], name: string): string {
  return existing.find((t) => (t.label ?? t.name) === name)?.key ?? `t_${createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
}

/**
 * Keys for a list edited as rows (app/rows.ts), by each row's name: a stored row keeps its key even
 * when renamed, so cases and figures stay joined; a new row gets the key its name had before, or a
 * stable new one. Two rows cannot end with one key: the later one is returned as the clash.
 */
export function keysForRows(existing: readonly { key: string; label?: string; name?: string }[], rows: readonly { key: string }[], names: readonly string[]): { keys: string[] } | { clash: number } {
  const used = new Set<string>();
  const keys = rows.map((r, i) => {
    const key = existing.find((e) => e.key === r.key && !used.has(e.key))?.key ?? keyFor(existing.filter((e) => !used.has(e.key)), names[i]);
    used.add(key);
    return key;
  });
  const clash = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  return clash >= 0 ? { clash } : { keys };
}

export function setSetting(tx: Pick<Db, "insert">, officeId: number, key: SettingKey, value: string) {
  tx.insert(officeSettings)
    .values({ officeId, key, value })
    .onConflictDoUpdate({ target: [officeSettings.officeId, officeSettings.key], set: { value } })
    .run();
}
