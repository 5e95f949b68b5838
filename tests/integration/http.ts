/** The built app (npm test builds first), answering in-process on this test file's SQLite file, and signing in as demo users. */
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { DEMO_PASSWORD } from "../../app/seed.server";

export const BASE = "http://localhost";

export async function builtApp() {
  const build = (await import("../../build/index.js")) as unknown as ServerBuild;
  const handle = createRequestHandler(build, "production");
  let n = 0;
  /** A signed-in cookie; each sign-in from its own address, so the throttle never interferes. */
  async function cookieFor(username: string, password = DEMO_PASSWORD) {
    const res = await handle(new Request(`${BASE}/login`, { method: "POST", body: new URLSearchParams({ username, password }) }), { clientIp: `198.18.0.${++n % 250}` });
    const cookie = res.headers.get("Set-Cookie");
    if (!cookie) throw new Error(`sign-in as ${username} failed: ${res.status}`);
    return cookie.split(";")[0];
  }
  const get = (path: string, cookie?: string, headers: Record<string, string> = {}) => handle(new Request(`${BASE}${path}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } }), { clientIp: "198.18.1.1" });
  return { handle, cookieFor, get };
}
