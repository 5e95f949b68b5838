/**
 * npm start: migrate the embedded database, load the holiday calendar, seed demo data unless
 * NODE_ENV=production (SEED_DEMO=0/1 overrides), then serve the built Remix app on PORT.
 */
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { config } from "../app/config.server";
import { db } from "../app/db.server";
import { seedOfficialCalendar } from "../app/calendar.server";
import { recomputeProvisionalDeadlines } from "../app/admin/calendar.server";
import { demoAccountsText, seedDemo } from "../app/seed.server";
import { procedureModules } from "../app/procedures";
import { isCrossSiteWrite } from "../app/security/origin";
import { ensureHeadAnchor } from "../app/audit/audit.server";
import { startSweeping } from "../app/messages/sweep.server";

const seedDemoData = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : !config.production;

seedOfficialCalendar(db());
// Provisional deadlines are counted again on this build's rules (the law's holidays, docs/decisions/0016).
recomputeProvisionalDeadlines(db());
const anchored = ensureHeadAnchor(db());
if (anchored) console.log(anchored);
if (seedDemoData) {
  // Demo cases only with a freshly seeded district, so restarts never add more.
  if (await seedDemo(db())) {
    // The demo cases are a convenience: if one cannot be made, the server still starts.
    for (const m of procedureModules()) {
      await m.server.seedDemo?.(db()).catch((e: Error) => console.warn(`演示${m.definition.name}案件未能生成:${e.message}`));
    }
  }
  console.log(demoAccountsText(db()));
}

const build = await import(pathToFileURL(join(process.cwd(), "build", "index.js")).href);
const app = express();
// Every compressible response (pages, scripts, JSON, CSV) is gzipped; documents and media are sent as they are.
app.use(compression());
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1");
app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "same-origin");
  // ?_data is the pre-single-fetch data protocol; Remix still answers it and fails on some loaders.
  if (new URL(req.url, "http://x").searchParams.has("_data")) {
    res.status(400).type("application/json; charset=utf-8").send(JSON.stringify({ error: { status: 400, message: "不支持的请求参数 _data(页面数据请使用 .data 地址)" } }));
    return;
  }
  // Resource routes (API JSON, reports' CSV, files) are not rendered by entry.server: no caching
  // either, by default. The Remix adapter appends a route's own headers, so its Cache-Control
  // replaces this default instead of adding a second line.
  if (/^\/(api|reports|files|documents)\//.test(req.path)) {
    res.setHeader("Cache-Control", "private, no-store");
    const append = res.append.bind(res);
    res.append = (field: string, value?: string | string[]) => {
      if (field.toLowerCase() !== "cache-control") return append(field, value);
      res.setHeader(field, value ?? "");
      return res;
    };
  }
  if (isCrossSiteWrite(req.method, req.headers.host, { origin: req.headers.origin, secFetchSite: req.headers["sec-fetch-site"] as string | undefined })) {
    res.status(403).type("text/plain; charset=utf-8").send("已拒绝跨站提交的请求(403)");
    return;
  }
  next();
});
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, getLoadContext: (req) => ({ clientIp: req.ip ?? "unknown" }) }));

// PORT=0 asks the system for a free port; the line below names the one actually bound. The demo
// publishes its password, so it listens on this machine only unless HOST says otherwise.
const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(`sifasuo 已启动: http://localhost:${port}  (数据目录 ${config.dataDir};监听 ${config.host})`);
  // Reminders: once now, then hourly, in this process (app/messages/sweep.server.ts).
  startSweeping(db(), process.env.PUBLIC_URL ?? `http://localhost:${port}`);
});
// Requests Node refuses before Express sees them (headers too large, malformed) still get a body.
server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
  const body = JSON.stringify({ error: { status: tooLarge ? 431 : 400, message: tooLarge ? "请求头过大(431),请清除本站Cookie后重试" : "请求格式有误(400)" } });
  socket.end(`HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
});
