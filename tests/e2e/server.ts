/** Starts the real server (built app, fresh DATA_DIR, demo seed) on a free port for browser tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const withoutHost = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([k]) => k !== "HOST"));

export async function startServer(): Promise<{ url: string; stop: () => void; dataDir: string; log: () => string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "sifasuo-e2e-"));
  // The system picks a free port (a random one could be taken, or be one fetch refuses, e.g. 4190).
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: join(__dirname, "../.."),
    // The default address (127.0.0.1), whatever HOST the machine running the tests has set.
    env: { ...withoutHost(process.env), DATA_DIR: dataDir, PORT: "0", NODE_ENV: "development", SEED_DEMO: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const started = /已启动: (http:\/\/localhost:\d+)\s/.exec(log);
      if (started) {
        clearTimeout(timer);
        // The server listens on 127.0.0.1: name it so, whichever address "localhost" resolves to first.
        resolve(started[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}:\n${log}`)));
  });
  return { url, dataDir, stop: () => child.kill(), log: () => log };
}

/** Debian's Chromium, driven by playwright-core (never a downloaded browser); playwright gives each launch a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Screenshots of the browser tests, for a person to look at (not compared). */
export const SHOTS = ".tmp/screenshots";

/**
 * One server and one Chromium for a test file: started before its tests, stopped after. The fields
 * are filled in `beforeAll`, so read them inside tests.
 */
export function serveForBrowser(): { server: Awaited<ReturnType<typeof startServer>>; browser: Browser } {
  const app = {} as { server: Awaited<ReturnType<typeof startServer>>; browser: Browser };
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app.server = await startServer();
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/** A phone-sized screen, for the pages officers use on site. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** Sign a demo user in, in a fresh browser context, and wait for the 工作台. */
export async function signInAs(browser: Browser, url: string, username: string, context: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true, locale: "zh-CN", ...context })).newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("Demo2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("heading", { name: "工作台" }).waitFor();
  return page;
}
