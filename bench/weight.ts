/**
 * npm run bench:weight (and the start of npm run bench) — the JavaScript each page makes the browser
 * load: the client entry, the route chain's modules and every shared chunk they import, read from the
 * build manifest, then followed through each file's static imports, gzipped as the server sends them.
 * Budget (issue 13 §10): the 工作台 and the case page under 350 KB compressed; the portal without zod.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUILD = "public/build";
const manifestFile = readdirSync(BUILD).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("没有找到构建清单：请先运行 npm run build");
const manifest = JSON.parse(readFileSync(join(BUILD, manifestFile), "utf8").replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[]; parentId?: string }>;
};

const file = (url: string) => join("public", url);
/** Every file a module loads, following static imports (`import"…"` and `from"…"`). */
function closure(start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const url = todo.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const m of readFileSync(file(url), "utf8").matchAll(/(?:import|from)\s*"(\/build\/[^"]+\.js)"/g)) todo.push(m[1]);
  }
  return seen;
}

export function pageWeight(routeId: string) {
  const chain: string[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) chain.push(id);
  const start = [manifest.entry.module, ...(manifest.entry.imports ?? []), ...chain.flatMap((id) => [manifest.routes[id].module, ...(manifest.routes[id].imports ?? [])])];
  const files = closure(start);
  let raw = 0;
  let gz = 0;
  let zod = false;
  for (const url of files) {
    const body = readFileSync(file(url));
    raw += body.length;
    gz += gzipSync(body, { level: 6 }).length;
    zod ||= body.includes("ZodError");
  }
  return { files: files.size, raw, gz, zod };
}

const PAGES: [string, string][] = [
  ["工作台", "routes/_index"],
  ["案件页", "routes/cases.$id"],
  ["案件列表", "routes/cases._index"],
  ["公示首页", "routes/gongshi._index"],
  ["执法决定公示", "routes/gongshi.jueding._index"],
  ["重大决策公开", "routes/gongshi.juece"],
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log("页面脚本体积（gzip）：");
for (const [name, id] of PAGES) {
  const w = pageWeight(id);
  console.log(`  ${name.padEnd(8, "　")} ${kb(w.gz).padStart(9)}（未压缩 ${kb(w.raw)}，${w.files} 个文件${w.zod ? "，含校验库" : ""}）`);
}
