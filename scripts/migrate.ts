/** npm run db:migrate — apply migrations and load the official holiday calendar. */
import { db } from "../app/db.server";
import { seedOfficialCalendar } from "../app/calendar.server";
import { config } from "../app/config.server";

seedOfficialCalendar(db());
console.log(`数据库已迁移: ${config.databaseFile}`);
