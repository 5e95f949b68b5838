/**
 * 《全国年节及纪念日放假办法》 art. 2 (2013 and 2024 texts): a year whose State Council schedule is not
 * loaded still skips the statutory holidays; only its 调休 stays unknown and the deadline provisional.
 */
import holidays from "../../db/calendar/cn-holidays-2020-2026.json";
import { buildCalendar, isWeekend, type CalendarDay } from "../../workflows/calendar/calendar";
import { isWorkingDay } from "../../workflows/calendar/working-days";
import { countPeriod } from "../../workflows/calendar/periods";
import { statutoryHolidays } from "../../workflows/calendar/statutory";
import { officialCalendar } from "./fixtures";

const official = holidays.days as CalendarDay[];
/** The official calendar with one year's schedule hidden, as if it had not been entered. */
const hiding = (year: number) =>
  buildCalendar(holidays.years.filter((y) => y !== year), official.filter((d) => !d.date.startsWith(`${year}-`)));

describe("statutory holidays computed for a year", () => {
  it("are, for every loaded year, the official schedule's holidays of the same festival", () => {
    for (const year of holidays.years) {
      for (const day of statutoryHolidays(year).values()) {
        const scheduled = officialCalendar.days.get(day.date);
        expect(scheduled?.kind, `${day.date} ${day.name}`).toBe("holiday");
        // 2020: 中秋 fell on 国庆; the schedule names the merged week after either festival.
        expect(`${scheduled?.name}`.slice(0, 2) === day.name.slice(0, 2) || year === 2020, `${day.date}`).toBe(true);
      }
    }
  });

  it("leave out only the swaps: every other scheduled holiday is a weekend or a day given for a make-up working day or a 补假", () => {
    for (const year of holidays.years) {
      const statutory = statutoryHolidays(year);
      const swappedOff = official.filter((d) => d.kind === "holiday" && d.date.startsWith(`${year}-`) && !statutory.has(d.date) && !isWeekend(d.date));
      const hidden = hiding(year);
      for (const d of swappedOff) expect(isWorkingDay(hidden, d.date), d.date).toBe(true);
      for (const d of statutory.values()) expect(isWorkingDay(hidden, d.date), d.date).toBe(false);
      // The make-up Saturdays and Sundays stay rest days until the schedule says otherwise.
      for (const d of official.filter((x) => x.kind === "workday" && x.date.startsWith(`${year}-`))) expect(isWorkingDay(hidden, d.date), d.date).toBe(false);
    }
  });

  it("follow the 2024 revision from 2025: 除夕 and 5月2日 are holidays, before it they are not", () => {
    expect([...statutoryHolidays(2027).keys()]).toEqual([
      "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
      "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03",
    ]);
    expect(isWorkingDay(hiding(2024), "2024-02-09")).toBe(true); // 除夕, a Friday, not statutory in 2024
    expect(isWorkingDay(hiding(2024), "2024-05-02")).toBe(true);
    expect(isWorkingDay(hiding(2025), "2025-01-28")).toBe(false); // 除夕 2025
    expect(isWorkingDay(hiding(2025), "2025-05-02")).toBe(false);
  });
});

describe("a deadline running into a year not loaded", () => {
  it("skips 国庆 on the law's three days and stays provisional", () => {
    const r = countPeriod(hiding(2026), "2026-09-30", 3, "workingDays");
    expect(r.due).toBe("2026-10-07");
    expect(r.provisional).toBe(true);
    expect(r.explanation).toContain("10月1日至3日国庆节休假不计");
    expect(r.explanation).toContain("调休暂未计入");
    // With the schedule: 10月1日至7日 off and 10月10日 a make-up Saturday.
    expect(countPeriod(officialCalendar, "2026-09-30", 3, "workingDays")).toMatchObject({ due: "2026-10-10", provisional: false });
  });

  it("skips 春节 in 2027, a year not loaded at all", () => {
    const r = countPeriod(officialCalendar, "2027-02-04", 1, "workingDays");
    expect(r.due).toBe("2027-02-09");
    expect(r.provisional).toBe(true);
  });

  it("moves a day period ending on a statutory holiday", () => {
    expect(countPeriod(officialCalendar, "2027-09-05", 10, "days").due).toBe("2027-09-16"); // 9月15日 中秋
  });
});
