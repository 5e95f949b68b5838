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
