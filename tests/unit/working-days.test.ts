import { countPeriod, addMonthsClamped } from "../../workflows/calendar/periods";
import { buildCalendar, chinaDate } from "../../workflows/calendar/calendar";
import { isWorkingDay } from "../../workflows/calendar/working-days";
import { officialCalendar as cal } from "./fixtures";

describe("the 2026 official calendar", () => {
  it("treats National Day week as rest and the make-up Saturday 10 October as a working day", () => {
    expect(isWorkingDay(cal, "2026-10-01")).toBe(false);
    expect(isWorkingDay(cal, "2026-10-07")).toBe(false);
    expect(isWorkingDay(cal, "2026-10-10")).toBe(true);
    expect(isWorkingDay(cal, "2026-09-20")).toBe(true);
    expect(isWorkingDay(cal, "2026-02-14")).toBe(true);
    expect(isWorkingDay(cal, "2026-02-28")).toBe(true);
    expect(isWorkingDay(cal, "2026-02-16")).toBe(false);
  });
});

describe("RULES.md §7 worked examples", () => {
  it("7 working days from 30 September 2026 end on 15 October 2026", () => {
    const r = countPeriod(cal, "2026-09-30", 7, "workingDays");
    expect(r.due).toBe("2026-10-15");
    expect(r.explanation).toBe(
      "自2026年9月30日起计算7个工作日，10月1日至7日国庆节休假不计，10月10日调休上班计入，截止2026年10月15日",
    );
    expect(r.provisional).toBe(false);
  });

  it("5 working days from 28 September 2026 end on the make-up Saturday 10 October", () => {
    expect(countPeriod(cal, "2026-09-28", 5, "workingDays").due).toBe("2026-10-10");
  });

  it("7 working days from 12 February 2026 end on 28 February 2026 across the Spring Festival", () => {
    const r = countPeriod(cal, "2026-02-12", 7, "workingDays");
    expect(r.due).toBe("2026-02-28");
    expect(r.explanation).toContain("2月15日至23日春节休假不计");
    expect(r.explanation).toContain("2月14日、2月28日调休上班计入");
  });

  it("90 days from 4 July 2026 fall on the holiday 2 October and move to 8 October", () => {
    const r = countPeriod(cal, "2026-07-04", 90, "days");
    expect(r.due).toBe("2026-10-08");
    expect(r.explanation).toBe(
      "自2026年7月4日起计算90日，届满日2026年10月2日为国庆节假日，顺延至第一个工作日，截止2026年10月8日",
    );
  });

  it("30 days from 7 September 2026 fall on 7 October and move to 8 October", () => {
    expect(countPeriod(cal, "2026-09-07", 30, "days").due).toBe("2026-10-08");
  });

  it("a calendar-day period ending on a plain weekday is not moved", () => {
    const r = countPeriod(cal, "2026-11-02", 15, "days");
    expect(r.due).toBe("2026-11-17");
    expect(r.explanation).not.toContain("顺延");
  });

  it("one month from 31 January 2026 is 28 February 2026, itself a make-up working Saturday", () => {
    expect(addMonthsClamped("2026-01-31", 1)).toBe("2026-02-28");
    expect(countPeriod(cal, "2026-01-31", 1, "months").due).toBe("2026-02-28");
  });

  it("a month period ending in National Day week moves past it", () => {
    expect(countPeriod(cal, "2026-09-01", 1, "months").due).toBe("2026-10-08");
  });
});

describe("years the calendar does not cover", () => {
  it("counts 2027 on weekends and the law's holidays and flags the deadline as provisional", () => {
    const r = countPeriod(cal, "2026-12-28", 10, "workingDays");
    expect(r.due).toBe("2027-01-12"); // 1月1日 元旦, fixed by law, is skipped before the schedule is out
    expect(r.provisional).toBe(true);
    expect(r.explanation).toContain("2027年节假日安排尚未录入");
  });

  it("stops being provisional once the year's schedule is entered", () => {
    const with2027 = buildCalendar([...cal.coveredYears, 2027], [
      ...cal.days.values(),
      { date: "2027-01-01", kind: "holiday", name: "元旦" },
    ]);
    const r = countPeriod(with2027, "2026-12-28", 10, "workingDays");
    expect(r.provisional).toBe(false);
    expect(r.due).toBe("2027-01-12");
    expect(r.explanation).toContain("2027年1月1日元旦休假不计");
  });
});

describe("bad input", () => {
  it("refuses impossible dates and non-positive periods", () => {
    expect(() => countPeriod(cal, "2026-02-30", 5, "days")).toThrow("不存在的日期");
    expect(() => countPeriod(cal, "2026-02-01", 0, "days")).toThrow("正整数");
  });

  it("reads instants as China dates (UTC+8)", () => {
    expect(chinaDate("2026-09-30T16:30:00Z")).toBe("2026-10-01");
    expect(chinaDate("2026-09-30T15:59:59Z")).toBe("2026-09-30");
  });
});
