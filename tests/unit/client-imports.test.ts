/**
 * What the browser loads (issue 13 §10): the case page, the report page and the portal reach no
 * validation library, state-machine library or lunar calendar. The walk follows each file's value
 * imports as the Remix compiler does for the browser: `.server` modules are left out (they are empty
 * there) and `import type` is erased. `npm run bench:weight` measures the bytes.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const ROOT = join(__dirname, "../..");
const HEAVY = ["zod", "xstate", "lunar-typescript"];

function resolve(from: string, spec: string): string | null {
  if (/\.(css|svg|png|json)$/.test(spec)) return null;
  const base = spec.startsWith("~/") ? join(ROOT, "app", spec.slice(2)) : join(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) if (existsSync(f) && /\.tsx?$/.test(f)) return f;
  throw new Error(`无法解析 ${spec}（${relative(ROOT, from)}）`);
}

/** Every package a browser bundle starting at `entry` would load, with the file that first imports it. */
function packagesReached(entry: string): { files: number; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const todo = [join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const [, typeOnly, spec] = m;
      if (typeOnly || /\.server(\.tsx?)?$/.test(spec)) continue;
      if (spec.startsWith(".") || spec.startsWith("~/")) {
        const target = resolve(file, spec);
        if (target && !/\.server\.tsx?$/.test(target)) todo.push(target);
      } else {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
        if (!packages.has(name)) packages.set(name, relative(ROOT, file));
      }
    }
  }
  return { files: seen.size, packages };
}

describe("the browser's pages load no heavy library", () => {
  for (const entry of ["app/routes/cases.$id.tsx", "app/routes/reports.$procedure.tsx", "app/routes/_index.tsx", "app/routes/gongshi._index.tsx", "app/root.tsx"]) {
    it(entry, () => {
      const { files, packages } = packagesReached(entry);
      expect(files).toBeGreaterThanOrEqual(2);
      expect(packages.has("react") || packages.has("@remix-run/react")).toBe(true);
      expect(HEAVY.filter((p) => packages.has(p)).map((p) => `${p}（经由 ${packages.get(p)}）`)).toEqual([]);
    });
  }

  it("would notice a page that did load one", () => {
    // The registry itself brings the definitions: it is for loaders and actions only.
    const { packages } = packagesReached("app/procedures/index.ts");
    expect(HEAVY.filter((p) => packages.has(p)).length).toBeGreaterThan(0);
  });
});
