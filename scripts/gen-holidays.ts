/**
 * Regenerates db/calendar/cn-holidays-2020-2026.json from the chinese-days package's data.
 * Run once when the package publishes a corrected year; the JSON is what the app loads, so a
 * package update can never silently change a deadline (docs/decisions/0004-holiday-calendar.md).
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const data = require("chinese-days/dist/chinese-days.json") as Record<
  "holidays" | "workdays",
  Record<string, string>
>;

const FIRST_YEAR = 2020;
const LAST_YEAR = 2026;
const days: { date: string; kind: "holiday" | "workday"; name: string }[] = [];
for (const kind of ["holidays", "workdays"] as const) {
  for (const [date, label] of Object.entries(data[kind])) {
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    days.push({ date, kind: kind === "holidays" ? "holiday" : "workday", name: label.split(",")[1] });
  }
}
days.sort((a, b) => a.date.localeCompare(b.date));
const out = {
  source:
    "国务院办公厅关于各年部分节假日安排的通知(2020—2026年),数据取自 chinese-days@1.5.7",
  years: Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
  days,
};
writeFileSync(new URL("../db/calendar/cn-holidays-2020-2026.json", import.meta.url), `{\n "source": ${JSON.stringify(out.source)},\n "years": ${JSON.stringify(out.years)},\n "days": [\n${days.map((d) => "  " + JSON.stringify(d)).join(",\n")}\n ]\n}\n`);
console.log(`wrote ${days.length} days for ${out.years.join(", ")}`);
