/**
 * Checking generated .docx files the way an office's software reads them: every XML part validated
 * with xmllint against the ISO/IEC 29500-4 (transitional) schemas in tests/ooxml/schemas, and the
 * text read back after LibreOffice converts the file. Both tools come from Debian (libxml2-utils,
 * libreoffice-writer-nogui; .ci/run installs them).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import JSZip from "jszip";

const SCHEMAS = join(__dirname, "../ooxml/schemas");
const WML = `${SCHEMAS}/ISO-IEC29500-4_2016/wml.xsd`;

/** The schema of each package part, by its path. */
function schemaOf(part: string): string | null {
  if (part === "[Content_Types].xml") return `${SCHEMAS}/opc/opc-contentTypes.xsd`;
  if (part.endsWith(".rels")) return `${SCHEMAS}/opc/opc-relationships.xsd`;
  if (part === "docProps/core.xml") return `${SCHEMAS}/opc/opc-coreProperties.xsd`;
  if (part === "docProps/app.xml") return `${SCHEMAS}/ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd`;
  if (part === "docProps/custom.xml") return `${SCHEMAS}/ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd`;
  if (/^word\/theme\/theme\d+\.xml$/.test(part)) return `${SCHEMAS}/ISO-IEC29500-4_2016/dml-main.xsd`;
  if (/^word\/[A-Za-z]+\d*\.xml$/.test(part)) return WML;
  return null;
}

/**
 * Markup compatibility (ISO/IEC 29500-3) as a consumer applies it before the schema: the prefixes
 * a part declares ignorable (w14, w15 …) and their attributes and elements are dropped, and an
 * mc:AlternateContent is replaced by its Fallback.
 */
export function applyMarkupCompatibility(xml: string): string {
  const ignorable = (xml.match(/\bmc:Ignorable="([^"]*)"/)?.[1] ?? "").split(/\s+/).filter(Boolean);
  let out = xml.replace(/\s+mc:Ignorable="[^"]*"/g, "");
  out = out.replace(/<mc:AlternateContent\b[^>]*>[\s\S]*?(?:<mc:Fallback>([\s\S]*?)<\/mc:Fallback>)?\s*<\/mc:AlternateContent>/g, (_m, fallback: string | undefined) => fallback ?? "");
  for (const p of ignorable) {
    out = out.replace(new RegExp(`\\s+${p}:[A-Za-z0-9_.-]+="[^"]*"`, "g"), "");
    out = out.replace(new RegExp(`<${p}:([A-Za-z0-9_.-]+)\\b[^>]*/>`, "g"), "");
    out = out.replace(new RegExp(`<${p}:([A-Za-z0-9_.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "");
  }
  return out;
}

function requireTool(name: string, pkg: string) {
  if (spawnSync("which", [name]).status !== 0) throw new Error(`${name} is not installed: apt-get install -y ${pkg} (README, Tests)`);
}

/** Schema errors of every part of each named .docx; an empty list for a valid file. */
export async function schemaProblems(files: Record<string, Uint8Array>): Promise<Record<string, string[]>> {
  requireTool("xmllint", "libxml2-utils");
  const dir = mkdtempSync(join(tmpdir(), "ooxml-"));
  const bySchema = new Map<string, string[]>();
  const problems: Record<string, string[]> = {};
  for (const [name, bytes] of Object.entries(files)) {
    problems[name] = [];
    const zip = await JSZip.loadAsync(bytes);
    for (const part of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) {
      if (!/\.(xml|rels)$/.test(part)) continue;
      const schema = schemaOf(part);
      if (!schema) {
        problems[name].push(`${part}: 没有对应的OOXML模式(未知部件)`);
        continue;
      }
      const path = join(dir, name, part);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, applyMarkupCompatibility(await zip.file(part)!.async("string")));
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), path]);
    }
  }
  for (const [schema, paths] of bySchema) {
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, ...paths], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    for (const line of r.stderr.split("\n")) {
      if (!line.trim() || line.endsWith(" validates")) continue;
      const file = paths.find((p) => line.startsWith(p));
      const name = file ? file.slice(dir.length + 1).split("/")[0] : "?";
      (problems[name] ??= []).push(file ? line.slice(dir.length + 1 + name.length + 1) : line);
    }
  }
  return problems;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/**
 * The text the builder wrote into the body, paragraph by paragraph, stray text outside runs
 * included. A paragraph is split where a field stands (a page number the reader computes), so each
 * piece is looked for on its own.
 */
export async function paragraphTexts(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .flatMap((m) =>
      decode(m[0].replace(/<w:instrText\b[^>]*>[\s\S]*?<\/w:instrText>/g, "\u0001").replace(/<w:fldSimple\b[^>]*\/>/g, "\u0001").replace(/<[^>]+>/g, "")).split("\u0001"),
    )
    .filter((t) => t.trim());
}

/** Each .docx converted to plain text by LibreOffice, in one run (start-up dominates). */
export function libreOfficeTexts(files: Record<string, Uint8Array>): Record<string, string> {
  requireTool("soffice", "libreoffice-writer-nogui");
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync(
    "soffice",
    ["--headless", "--norestore", "--nologo", "--nolockcheck", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", `${dir}/out`, ...paths],
    { stdio: "pipe", timeout: 180_000 },
  );
  return Object.fromEntries(paths.map((p) => [basename(p, ".docx"), readFileSync(`${dir}/out/${basename(p, ".docx")}.txt`, "utf8").replace(/^\uFEFF/, "")]));
}

/** Paragraphs of `expected` not found, in order, in `actual` (whitespace ignored). */
export function missingInOrder(expected: readonly string[], actual: string): string[] {
  const squeeze = (s: string) => s.replace(/\s+/g, "");
  const text = squeeze(actual);
  const missing: string[] = [];
  let from = 0;
  for (const p of expected) {
    const i = text.indexOf(squeeze(p), from);
    if (i < 0) missing.push(p);
    else from = i + squeeze(p).length;
  }
  return missing;
}
