/**
 * The page as it prints: a document converted to PDF by LibreOffice on the server (when it is
 * installed), so the preview shows the GB/T 9704 layout and the page numbers a 卷宗's index
 * computes. Conversions run one at a time with the server's own LibreOffice profile, and each PDF is
 * kept under DATA_DIR/previews by the document's SHA-256 (a document never changes, so neither does it).
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
import { config } from "../config.server";

const SOFFICE = process.env.SOFFICE ?? "soffice";
const PDFTOPPM = process.env.PDFTOPPM ?? "pdftoppm";
let installed: boolean | null = null;
let rasteriser: boolean | null = null;

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command: string) => (isAbsolute(command) ? executable(command) : (process.env.PATH ?? "").split(delimiter).some((dir) => dir && executable(join(dir, command))));

/** Whether LibreOffice is on this machine (checked once, on PATH, without a shell). */
export function pdfPreviewAvailable(): boolean {
  installed ??= onPath(SOFFICE);
  return installed;
}

/** Whether pages can be drawn as images too (poppler's pdftoppm beside LibreOffice). */
export function pageImagesAvailable(): boolean {
  rasteriser ??= pdfPreviewAvailable() && onPath(PDFTOPPM);
  return rasteriser;
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
        // A file-system error here (a full disk) rejects the conversion rather than escaping the callback.
        try {
          const pdf = join(work, "document.pdf");
          if (!error && existsSync(pdf)) renameSync(pdf, out);
          rmSync(work, { recursive: true, force: true });
          if (existsSync(out)) resolve();
          else reject(new Error(`LibreOffice未能转换文书：${error?.message ?? "没有输出"}`));
        } catch (e) {
          reject(e);
        }
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

const pageFile = (sha256: string, n: number) => join(config.dataDir, "previews", `${sha256}-page-${n}.png`);
const pageCount = (sha256: string) => join(config.dataDir, "previews", `${sha256}-pages.txt`);
/** How many pages are drawn for the document, or null while they are not (the count file is written last). */
const drawnPages = (sha256: string): number | null => (existsSync(pageCount(sha256)) ? Number(readFileSync(pageCount(sha256), "utf8")) : null);

/**
 * How many pages the document prints on, each drawn as a PNG at 96 dpi (an A4 page is 794 × 1123
 * pixels) from its PDF, so the preview shows the pages as Word or WPS lays them out in any browser,
 * phones included, without a PDF viewer. Null without LibreOffice or pdftoppm. Kept by SHA-256.
 */
export async function documentPages(sha256: string, docx: Uint8Array): Promise<number | null> {
  if (!pageImagesAvailable()) return null;
  const drawn = drawnPages(sha256);
  if (drawn !== null) return drawn;
  const pdf = await documentPdf(sha256, docx);
  if (!pdf) return null;
  const job = queue.then(() => (drawnPages(sha256) !== null ? undefined : rasterise(sha256)));
  queue = job.catch(() => undefined);
  await job;
  return drawnPages(sha256);
}

function rasterise(sha256: string): Promise<void> {
  const work = mkdtempSync(join(config.dataDir, "previews", "pages-"));
  return new Promise<void>((resolve, reject) => {
    execFile(PDFTOPPM, ["-png", "-r", "96", join(config.dataDir, "previews", `${sha256}.pdf`), join(work, "page")], { timeout: 120_000 }, (error) => {
      try {
        // pdftoppm numbers pages page-1.png, or page-01.png when there are ten or more.
        const pages = error ? [] : readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
        pages.forEach((f, i) => renameSync(join(work, f), pageFile(sha256, i + 1)));
        rmSync(work, { recursive: true, force: true });
        if (!pages.length) return reject(new Error(`pdftoppm未能生成页面图像：${error?.message ?? "没有输出"}`));
        // The count is written last: its presence says every page is there.
        writeFileSync(pageCount(sha256), String(pages.length));
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

/**
 * The page count if the pages are drawn already; otherwise null, and (where they can be drawn) the
 * drawing starts behind the scenes so the preview page need not wait for LibreOffice.
 */
export function documentPagesIfReady(sha256: string, docx: Uint8Array, now = Date.now()): { pages: number } | { pending: boolean; failed?: boolean } {
  if (!pageImagesAvailable() || !/^[0-9a-f]{64}$/.test(sha256)) return { pending: false };
  const drawn = drawnPages(sha256);
  if (drawn !== null) return { pages: drawn };
  // A document that would not draw is not tried again for a while: the page would reload forever.
  const failedAt = failed.get(sha256);
  if (failedAt !== undefined && now - failedAt < RETRY_AFTER_MS) return { pending: false, failed: true };
  if (!drawing.has(sha256)) {
    drawing.add(sha256);
    documentPages(sha256, docx)
      .then(() => failed.delete(sha256))
      .catch((e: Error) => {
        failed.set(sha256, Date.now());
        console.error(e.message);
      })
      .finally(() => drawing.delete(sha256));
  }
  return { pending: true };
}
const drawing = new Set<string>();
const failed = new Map<string, number>();
const RETRY_AFTER_MS = 10 * 60_000;

/** Page `n` of a document already drawn by `documentPages`, or null. */
export function documentPage(sha256: string, n: number): Buffer | null {
  if (!/^[0-9a-f]{64}$/.test(sha256) || !Number.isInteger(n) || n < 1 || !existsSync(pageFile(sha256, n))) return null;
  return readFileSync(pageFile(sha256, n));
}
