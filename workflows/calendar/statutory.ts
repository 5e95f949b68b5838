/**
 * The holidays fixed by law, for years whose State Council schedule (国务院办公厅节假日安排) is not
 * loaded yet: 《全国年节及纪念日放假办法》 art. 2 gives each festival and its number of days; only the
 * 调休 swaps and 补假 (art. 6) are left to the yearly schedule. Lunar dates and 清明 come from
 * lunar-typescript (docs/decisions/0016-statutory-holidays.md).
 */
import { Lunar } from "lunar-typescript";
import { addDays, type CalendarDay } from "./calendar";

/** The 2024 revision (国务院令第795号) added 除夕 and 5月2日, in force from 1 January 2025. */
const REVISED_FROM = 2025;

const cache = new Map<number, ReadonlyMap<string, CalendarDay>>();

const run = (from: string, days: number, name: string): CalendarDay[] =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), kind: "holiday" as const, name }));

/** Every statutory holiday of a year (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节). */
export function statutoryHolidays(year: number): ReadonlyMap<string, CalendarDay> {
  const known = cache.get(year);
  if (known) return known;
  const revised = year >= REVISED_FROM;
  const springFestival = Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
  const days = [
    ...run(`${year}-01-01`, 1, "元旦"),
    // Before 2025: 正月初一至初三; since: 除夕 and 初一至初三. 除夕 is the eve of 初一, the 29th or 30th.
    ...(revised ? run(addDays(springFestival, -1), 4, "春节") : run(springFestival, 3, "春节")),
    ...run(Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"].toYmd(), 1, "清明节"),
    ...run(`${year}-05-01`, revised ? 2 : 1, "劳动节"),
    ...run(Lunar.fromYmd(year, 5, 5).getSolar().toYmd(), 1, "端午节"),
    ...run(Lunar.fromYmd(year, 8, 15).getSolar().toYmd(), 1, "中秋节"),
    ...run(`${year}-10-01`, 3, "国庆节"),
  ];
  const map = new Map(days.map((d) => [d.date, d]));
  cache.set(year, map);
  return map;
}
