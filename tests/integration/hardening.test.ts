/** Response headers and the API's session rules: CSP with a nonce, no-store for personal pages, the cookie session only from this site. */
import { builtApp, BASE } from "./http";
import { seededWorld } from "./world";

await seededWorld();
const app = await builtApp();

describe("pages", () => {
  it("send a nonce Content-Security-Policy, and every script on the page carries that nonce", async () => {
    const res = await app.get("/cases", await app.cookieFor("ganshi"));
    const csp = res.headers.get("Content-Security-Policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const scripts = [...(await res.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    const again = await app.get("/cases", await app.cookieFor("ganshi"));
    expect(again.headers.get("Content-Security-Policy")).not.toContain(nonce);
  });

  it("with personal data are never cached; the public portal may be", async () => {
    const cookie = await app.cookieFor("ganshi");
    expect((await app.get("/cases", cookie)).headers.get("Cache-Control")).toBe("private, no-store");
    expect((await app.get("/", cookie)).headers.get("Cache-Control")).toBe("private, no-store");
    expect((await app.get("/cases.data", cookie)).headers.get("Cache-Control")).toBe("private, no-store");
    expect((await app.get("/gongshi")).headers.get("Cache-Control")).toContain("public");
  });

  it("an ordinary 404 writes nothing to the log", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await app.get("/no-such-page")).status).toBe(404);
      expect((await app.get("/cases/999999", await app.cookieFor("ganshi"))).status).toBe(404);
      expect((await app.get("/gongshi/jueding/%FF")).status).toBeLessThan(500);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe("the API with a browser session", () => {
  const body = JSON.stringify({ procedure: "legal-opinion", data: {} });
  const post = (cookie: string, headers: Record<string, string>) => app.handle(new Request(`${BASE}/api/v1/cases`, { method: "POST", body, headers: { Cookie: cookie, ...headers } }), {});

  it("answers reads from this site, refuses them from another", async () => {
    const cookie = await app.cookieFor("ganshi");
    expect((await app.get("/api/v1/cases", cookie, { "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    const cross = await app.get("/api/v1/cases", cookie, { "Sec-Fetch-Site": "cross-site" });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.message).toContain("令牌");
  });

  it("takes a write only as application/json from this origin", async () => {
    const cookie = await app.cookieFor("ganshi");
    expect((await post(cookie, { "Content-Type": "text/plain", Origin: BASE })).status).toBe(403);
    expect((await post(cookie, { "Content-Type": "application/json" })).status).toBe(403); // no Origin: not provably same-origin
    expect((await post(cookie, { "Content-Type": "application/json", Origin: "https://evil.example" })).status).toBe(403);
    // Same origin and JSON: the request reaches validation (400 names the empty fields).
    expect((await post(cookie, { "Content-Type": "application/json", Origin: BASE })).status).toBe(400);
  });
});
