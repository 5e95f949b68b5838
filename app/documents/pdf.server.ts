/**
 * The page as it prints: a document converted to PDF by LibreOffice on the server (when it is
 * installed), so the preview shows the GB/T 9704 layout and the page numbers a 卷宗's index
 * computes. Conversions run one at a time with the server's own LibreOffice profile, and each PDF is
 * kept under DATA_DIR/previews by the document's SHA-256 (a document never changes, so neither does it).
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { config } from "../config.server";

const SOFFICE = process.env.SOFFICE ?? "soffice";
let installed: boolean | null = null;

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Whether LibreOffice is on this machine (checked once, on PATH, without a shell). */
export function pdfPreviewAvailable(): boolean {
  installed ??= isAbsolute(SOFFICE) ? executable(SOFFICE) : (process.env.PATH ?? "").split(delimiter).some((dir) => dir && executable(join(dir, SOFFICE)));
  return installed;
}

let queue: Promise<unknown> = Promise.resolve();

function convert(docx: Uint8Array, out: string): Promise<void> {
  const work = mkdtempSync(join(config.dataDir, "previews", "work-"));
  writeFileSync(join(work, "document.docx"), docx);
  const profile = `file://${join(config.dataDir, "previews", "libreoffice-profile")}`;
  return new Promise<void>((resolve, reject) => {
    execFile(
      SOFFICE,
      ["--headless", "--norestore", "--nologo", "--nolockcheck", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", work, join(work, "document.docx")],
      { timeout: 120_000 },
      (error) => {
        const pdf = join(work, "document.pdf");
        if (!error && existsSync(pdf)) renameSync(pdf, out);
        rmSync(work, { recursive: true, force: true });
        if (existsSync(out)) resolve();
        else reject(new Error(`LibreOffice未能转换文书：${error?.message ?? "没有输出"}`));
      },
    );
  });
}

/** The PDF of a stored document (its bytes already checked against `sha256`), or null without LibreOffice. */
export async function documentPdf(sha256: string, docx: Uint8Array): Promise<Buffer | null> {
  if (!pdfPreviewAvailable() || !/^[0-9a-f]{64}$/.test(sha256)) return null;
  mkdirSync(join(config.dataDir, "previews"), { recursive: true });
  const out = join(config.dataDir, "previews", `${sha256}.pdf`);
  if (!existsSync(out)) {
    // One LibreOffice at a time: concurrent runs on one profile fail.
    const job = queue.then(() => (existsSync(out) ? undefined : convert(docx, out)));
    queue = job.catch(() => undefined);
    await job;
  }
  return readFileSync(out);
}
