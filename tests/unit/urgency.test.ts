import { urgencyFor } from "../../app/cases/urgency.server";
import { officialCalendar } from "./fixtures";

describe("工作台 deadline colours", () => {
  // Wednesday 30 September 2026, 10:00 in China; the next two working days are 8 and 9 October.
  const u = urgencyFor(officialCalendar, new Date("2026-09-30T02:00:00Z"));

  it("marks a deadline before today overdue (red)", () => {
    expect(u.of("2026-09-29")).toBe("overdue");
  });

  it("marks a deadline within 2 working days amber, counting across National Day", () => {
    expect(u.of("2026-09-30")).toBe("soon");
    expect(u.of("2026-10-09")).toBe("soon");
    expect(u.of("2026-10-10")).toBeNull();
  });

  it("does not colour a deadline that was met or cancelled", () => {
    expect(u.of("2026-09-01", "met")).toBeNull();
    expect(u.of("2026-09-01", "cancelled")).toBeNull();
  });
});

describe("what is left of a period on the 工作台", () => {
  it("counts working days to the due date across 国庆, or days past it", () => {
    const u = urgencyFor(officialCalendar, new Date("2026-09-29T02:00:00Z"));
    // 9-30, then 10-01…10-07 off, 10-08 and 10-09.
    expect(u.left("2026-10-09")).toBe("还剩3个工作日");
    expect(u.left("2026-09-29")).toBe("今天到期");
    expect(u.left("2026-09-27")).toBe("已逾期2天");
    expect(u.left(null)).toBeNull();
  });
});
