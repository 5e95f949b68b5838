/** npm run seed — demo offices and accounts (refuses under NODE_ENV=production unless SEED_DEMO=1). */
import { db } from "../app/db.server";
import { seedOfficialCalendar } from "../app/calendar.server";
import { config } from "../app/config.server";
import { demoAccountsText, seedDemo } from "../app/seed.server";

if (config.production && process.env.SEED_DEMO !== "1") {
  console.error("生产环境不创建演示数据(如确需,请设置 SEED_DEMO=1)");
  process.exit(1);
}
seedOfficialCalendar(db());
console.log((await seedDemo(db())) ? "已创建演示数据" : "已有数据,未重复创建");
console.log(demoAccountsText(db()));
