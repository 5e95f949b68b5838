/** Per-office settings that RULES.md marks CONFIGURABLE, with national defaults. */
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { officeSettings } from "../db/schema";
import { DEFAULT_DRAFT_DEADLINE_BASIS, DEFAULT_DRAFT_WORKING_DAYS } from "../workflows/legal-opinion/deadlines";
import { DEFAULT_FOLLOW_UP_DAYS } from "../workflows/mediation/machine";

export const SETTINGS = {
  "legal-opinion.draftDays": { label: "法律意见书办理时限(工作日,自指派之日起)", default: String(DEFAULT_DRAFT_WORKING_DAYS) },
  "legal-opinion.draftBasis": { label: "法律意见书办理时限的依据", default: DEFAULT_DRAFT_DEADLINE_BASIS },
  "mediation.followUpDays": { label: "调解协议回访间隔(日)", default: String(DEFAULT_FOLLOW_UP_DAYS) },
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

export function setSetting(tx: Pick<Db, "insert">, officeId: number, key: SettingKey, value: string) {
  tx.insert(officeSettings)
    .values({ officeId, key, value })
    .onConflictDoUpdate({ target: [officeSettings.officeId, officeSettings.key], set: { value } })
    .run();
}
