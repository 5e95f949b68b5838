/**
 * The public routes against hostile input, on the real server: path traversal, SQL and FTS
 * metacharacters, the legacy ?_data protocol, NUL, bad UTF-8 and very long queries. None may answer
 * 5xx; a request whose headers are too large gets a 431 with a body.
 */
import { request as httpRequest } from "node:http";
import { startServer } from "./server";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

const ROUTES = ["/gongshi", "/gongshi/jueding", "/gongshi/jueding/1", "/gongshi/tongji", "/gongshi/data.json", "/gongshi/data.csv", "/login"];
const HOSTILE = [
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fsifasuo.sqlite",
  "' OR 1=1 --",
  "\"; DROP TABLE cases; --",
  '"* NEAR( OR AND NOT ^ ( ) : {col}',
  "王* OR 罚款",
  "%00",
  "a%00b",
  "%FF%FE",
  "%C3%28",
  "%E4%B8",
  "%",
  "x".repeat(5000),
  "执法".repeat(2000),
];
const PARAMS = ["q", "year", "page", "office", "kind", "id"];

function urls(): string[] {
  const out: string[] = [];
  for (const route of ROUTES) {
    out.push(`${route}?_data=routes%2Fgongshi.jueding.%24id`, `${route}?_data=root`, `${route}.data`, `${route}/%00`, `${route}/%FF`);
    for (const h of HOSTILE) {
      out.push(`${route}/${h}`);
      for (const p of PARAMS) out.push(`${route}?${p}=${h}`);
    }
  }
  for (const id of ["0", "-1", "1.5", "1e9", "99999999999999999999", "abc", "%00", "1;select", "NaN"]) out.push(`/gongshi/jueding/${id}`, `/gongshi/jueding/${id}?_data=routes%2Fgongshi.jueding.%24id`);
  return out;
}

/** A raw GET, so malformed paths reach the server as typed. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    // Characters Node will not put on the wire raw are escaped; percent sequences go as typed.
    const wire = path.replace(/[^\x21-\x7e]|["<>\\^`{|}]/g, (c) => encodeURIComponent(c));
    const req = httpRequest({ host: hostname, port, path: wire, method: "GET", headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the public portal under hostile input", () => {
  it("answers every fuzzed URL without a 5xx", async () => {
    const failures: string[] = [];
    const list = urls();
    for (const path of list) {
      const r = await rawGet(path);
      if (r.status >= 500) failures.push(`${r.status} ${path.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    expect(list.length).toBeGreaterThan(600);
  });

  it("refuses the legacy ?_data protocol with a Chinese JSON error instead of a 500", async () => {
    const r = await rawGet("/gongshi/jueding/1?_data=routes%2Fgongshi.jueding.%24id");
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toContain("_data");
  });

  it("answers headers too large with a 431 and a body", async () => {
    const r = await rawGet("/gongshi", { Cookie: `x=${"a".repeat(20_000)}` });
    expect(r.status).toBe(431);
    expect(r.type).toContain("application/json");
    expect(JSON.parse(r.body).error.message).toContain("请求头过大");
  });

  it("listens on this machine only unless HOST is set", () => {
    expect(server.log()).toContain("监听 127.0.0.1");
  });
});
