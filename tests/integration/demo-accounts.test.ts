/**
 * The demo shows the product (issue 13 §11): after the demo seed, as `npm start` runs it, every demo
 * account opens to a 工作台 with something to do — a task on a case, or, for the administrator, a
 * certificate or holiday schedule to mend.
 */
import { procedureModules } from "../../app/procedures";
import { DEMO_USERS } from "../../app/seed.server";
import { workbench } from "../../app/cases/queries.server";
import { adminTasks } from "../../app/workbench/admin-tasks.server";
import { chinaDate } from "../../workflows/calendar/calendar";
import { seededWorld } from "./world";

const w = await seededWorld();
for (const m of procedureModules()) await m.server.seedDemo?.(w.db);

describe("every demo account", () => {
  it.each(DEMO_USERS.map((u) => [u.username, u.roles.join("、")]))("%s (%s) has something to do", (username) => {
    const user = w.user(username);
    const todo = user.roles.includes("admin") ? adminTasks(w.db, user, chinaDate(new Date())).map((t) => t.label) : workbench(w.db, user).map((t) => t.task);
    expect(todo.length, username).toBeGreaterThan(0);
  });

  it("the administrator is told of the officer whose certificate has lapsed", () => {
    expect(adminTasks(w.db, w.user("admin"), chinaDate(new Date())).map((t) => t.label)).toContainEqual(expect.stringMatching(/^高队员的执法证已于2025年12月31日过期/));
  });
});
