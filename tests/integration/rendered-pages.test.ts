/**
 * Every page of the demo, as every demo role and as the public, carries exactly the bytes of its
 * text: no NUL byte, no invalid UTF-8 and no U+FFFD (React 18.3's Node stream renderer put NULs at
 * 2 KB boundaries, which a form saved without JavaScript then stored as U+FFFD).
 */
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { builtApp } from "./http";
import { seededWorld } from "./world";

const w = await seededWorld();
await seedEnforcementDemo(w.db);
const app = await builtApp();

const ROLES = ["admin", "jiandu", "lingdao", "suozhang", "ganshi", "tiaojie", "qutiaojie", "zhifa", "zhifa2", "shenhe", "guwen", "suozhang2"];
// Links that are not pages: sign-out, downloads and data.
const NOT_A_PAGE = /^\/(logout|api\/|files\/|documents\/\d+\/(download|pdf))|\.(csv|json|docx)(\?|$)/;
const fatal = new TextDecoder("utf-8", { fatal: true });

function linksOf(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&")).filter((h) => !NOT_A_PAGE.test(h) && !h.startsWith("/build/"));
}

/** Walks the site from `start` as one reader; returns the pages seen and what was wrong with any. */
async function crawl(cookie: string | undefined, start: string[], limit = 80) {
  const seen = new Set<string>();
  const queue = [...start];
  const problems: string[] = [];
  while (queue.length && seen.size < limit) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await app.get(path, cookie);
    if (!(res.headers.get("Content-Type") ?? "").includes("text/html")) continue;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.includes(0)) problems.push(`${path}: NUL byte at ${bytes.indexOf(0)}`);
    let html = "";
    try {
      html = fatal.decode(bytes);
    } catch {
      problems.push(`${path}: invalid UTF-8`);
      continue;
    }
    if (html.includes("\uFFFD")) problems.push(`${path}: U+FFFD`);
    for (const link of linksOf(html)) if (!seen.has(link)) queue.push(link);
  }
  return { pages: seen.size, problems };
}

describe("rendered pages", () => {
  it.each(ROLES)("carry no NUL byte, invalid UTF-8 or U+FFFD for %s", async (username) => {
    const r = await crawl(await app.cookieFor(username), ["/", "/cases", "/gongshi", "/gongshi/jueding"]);
    expect(r.problems).toEqual([]);
    expect(r.pages).toBeGreaterThan(5);
  });

  it("carry none on the public portal without signing in", async () => {
    const r = await crawl(undefined, ["/gongshi", "/gongshi/jueding", "/gongshi/tongji", "/login"]);
    expect(r.problems).toEqual([]);
    expect(r.pages).toBeGreaterThan(4);
  });
});
