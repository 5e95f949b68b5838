/**
 * The kernel names no procedure (docs/decisions/0011): the engine, the case pages, auth, settings,
 * numbering, documents, files, audit and the GB/T 9704 module find procedures only through the
 * registry (app/procedures/index.ts). This test reads the kernel's files and fails if a registered
 * procedure's id, a `procedure === "…"` branch or an import of one procedure's folder comes back.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { procedureModules } from "../../app/procedures";

const ROOT = join(__dirname, "../..");

/** The kernel: shared folders and files, and the routes every procedure goes through. */
const KERNEL = [
  "workflows/engine",
  "app/cases",
  "app/auth",
  "app/components",
  "app/documents",
  "app/files",
  "app/audit",
  "app/reports",
  "app/api",
  "templates/gbt9704",
  "templates/types.ts",
  "templates/numbers.ts",
  "app/settings.server.ts",
  "app/numbering.server.ts",
  "app/root.tsx",
  "app/procedures/types.ts",
  "app/procedures/setting-forms.ts",
  "app/routes/_index.tsx",
  "app/routes/cases._index.tsx",
  "app/routes/cases.$id.tsx",
  "app/routes/cases.$id.files.tsx",
  "app/routes/cases.$id.documents.tsx",
  "app/routes/cases.new.$procedure.tsx",
  "app/routes/admin.settings.tsx",
  "app/routes/documents.$id.download.tsx",
  "app/routes/documents.$id.preview.tsx",
  "app/routes/files.$id.tsx",
  ...readdirSync(join(ROOT, "app/routes")).filter((f) => f.startsWith("api.v1.")).map((f) => `app/routes/${f}`),
];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((f) => filesUnder(join(path, f)));
}

const kernelFiles = KERNEL.flatMap(filesUnder).filter((f) => /\.(ts|tsx)$/.test(f));
const ids = procedureModules().map((m) => m.definition.id);
/** Folders that belong to one procedure: workflows/<p>/, templates/<p>/, app/procedures/<p>/. */
const procedureFolders = [
  ...readdirSync(join(ROOT, "workflows")).filter((d) => statSync(join(ROOT, "workflows", d)).isDirectory() && !["engine", "calendar"].includes(d)).map((d) => `workflows/${d}/`),
  ...readdirSync(join(ROOT, "templates")).filter((d) => statSync(join(ROOT, "templates", d)).isDirectory() && d !== "gbt9704").map((d) => `templates/${d}/`),
  ...readdirSync(join(ROOT, "app/procedures")).filter((d) => statSync(join(ROOT, "app/procedures", d)).isDirectory()).map((d) => `procedures/${d}/`),
];

function findings(test: (line: string) => boolean) {
  return kernelFiles.flatMap((f) =>
    readFileSync(join(ROOT, f), "utf8")
      .split("\n")
      .flatMap((line, i) => (test(line) ? [`${relative(ROOT, join(ROOT, f))}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("the kernel names no procedure", () => {
  it("finds every registered procedure and kernel file it checks", () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(kernelFiles.length).toBeGreaterThan(40);
    expect(procedureFolders).toEqual(expect.arrayContaining(ids.map((id) => `workflows/${id}/`)));
  });

  it("contains no registered procedure id", () => {
    expect(findings((line) => ids.some((id) => line.includes(id)))).toEqual([]);
  });

  it("has no branch on a procedure's id", () => {
    expect(findings((line) => /procedure\s*[!=]==?\s*["'`]/.test(line) || /["'`]\s*[!=]==?\s*\w*\.?procedure\b/.test(line))).toEqual([]);
  });

  it("imports nothing from one procedure's folder", () => {
    expect(findings((line) => /^\s*(import|export)\b.*from\s+["']/.test(line) && procedureFolders.some((d) => line.includes(d)))).toEqual([]);
    expect(findings((line) => /import\(["'][^"']*["']\)/.test(line) && procedureFolders.some((d) => line.includes(d)))).toEqual([]);
  });
});

describe("each procedure is its own folders", () => {
  it("has workflows/<p>/, templates/<p>/ and app/procedures/<p>/ for every registered id", () => {
    for (const id of ids) {
      for (const dir of [`workflows/${id}`, `templates/${id}`, `app/procedures/${id}`]) expect(statSync(join(ROOT, dir)).isDirectory(), dir).toBe(true);
    }
  });

  it("keeps every source file under 300 lines", () => {
    const all = ["app", "workflows", "templates", "db", "scripts", "bench", "tests"].flatMap(filesUnder).filter((f) => /\.(ts|tsx)$/.test(f));
    const long = all.map((f) => ({ f, lines: readFileSync(join(ROOT, f), "utf8").split("\n").length })).filter((x) => x.lines > 300);
    expect(long).toEqual([]);
  });
});
