/**
 * A year's holiday schedule as an administrator types it from the State Council notice:
 * one line per day or range — "2027-10-01~2027-10-07 休 国庆节", "2027-09-26 班 国庆节".
 */
import { z } from "zod";
import { addDays, parseDate, type CalendarDay } from "../../workflows/calendar/calendar";

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*[~至]\s*(\d{4}-\d{2}-\d{2}))?\s+(休|班)\s+(\S{1,10})$/;

export function parseSchedule(year: number, text: string): { days: CalendarDay[] } | { error: string } {
  const days: CalendarDay[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return { error: "安排内容：请至少填写一行" };
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return { error: `安排内容第${i + 1}行格式不对：应为“2027-10-01~2027-10-07 休 国庆节”或“2027-09-26 班 国庆节”` };
    const [, from, to = m[1], mark, name] = m;
    try {
      parseDate(from);
      parseDate(to);
    } catch (e) {
      return { error: `安排内容第${i + 1}行：${(e as Error).message}` };
    }
    if (!from.startsWith(`${year}-`) || !to.startsWith(`${year}-`)) return { error: `安排内容第${i + 1}行：日期须在${year}年内` };
    if (to < from) return { error: `安排内容第${i + 1}行：结束日期早于开始日期` };
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (days.some((x) => x.date === d)) return { error: `安排内容第${i + 1}行：${d}重复出现` };
      days.push({ date: d, kind: mark === "休" ? "holiday" : "workday", name });
    }
  }
  return { days };
}

export const CalendarFormSchema = z.object({
  year: z.coerce.number({ error: "年份：请填写" }).int("年份：应为整数").min(2020, "年份：不能早于2020年").max(2100, "年份：不能晚于2100年"),
  source: z.string().trim().min(4, "依据：请填写国务院办公厅通知的名称和文号").max(200, "依据：不能超过200字"),
  schedule: z.string().max(5000, "安排内容：过长"),
});
