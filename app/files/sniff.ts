/**
 * File type from content, not name: magic numbers of the types an office uploads (scans,
 * photos, audio, video, office documents). Anything else is refused.
 */
export interface SniffedType {
  readonly mime: string;
  readonly ext: string;
  readonly label: string;
}

const ascii = (buf: Uint8Array, start: number, end: number) => String.fromCharCode(...buf.subarray(start, end));
const startsWith = (buf: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

export function sniffType(buf: Uint8Array): SniffedType | null {
  if (buf.length < 4) return null;
  if (ascii(buf, 0, 5) === "%PDF-") return { mime: "application/pdf", ext: "pdf", label: "PDF" };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png", label: "PNG图片" };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg", label: "JPEG图片" };
  if (ascii(buf, 0, 4) === "RIFF" && ascii(buf, 8, 12) === "WEBP") return { mime: "image/webp", ext: "webp", label: "WebP图片" };
  if (ascii(buf, 0, 4) === "RIFF" && ascii(buf, 8, 12) === "WAVE") return { mime: "audio/wav", ext: "wav", label: "WAV音频" };
  if (ascii(buf, 4, 8) === "ftyp") {
    const brand = ascii(buf, 8, 12);
    if (brand.startsWith("qt")) return { mime: "video/quicktime", ext: "mov", label: "MOV视频" };
    if (brand.startsWith("M4A")) return { mime: "audio/mp4", ext: "m4a", label: "M4A音频" };
    return { mime: "video/mp4", ext: "mp4", label: "MP4视频" };
  }
  if (ascii(buf, 0, 3) === "ID3" || (buf[0] === 0xff && (buf[1] & 0xe0) === 0xe0)) return { mime: "audio/mpeg", ext: "mp3", label: "MP3音频" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML package names its main part early in the archive.
    const head = ascii(buf, 0, Math.min(buf.length, 4096));
    if (head.includes("word/")) return { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx", label: "Word文档" };
    if (head.includes("xl/")) return { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx", label: "Excel表格" };
    if (head.includes("[Content_Types].xml")) return { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx", label: "Word文档" };
    return null;
  }
  return null;
}

export const ACCEPTED_TYPES_TEXT = "PDF、JPEG/PNG/WebP图片、MP3/WAV/M4A音频、MP4/MOV视频、Word/Excel文档";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "audio/wav": "wav",
  "video/quicktime": "mov",
  "audio/mp4": "m4a",
  "video/mp4": "mp4",
  "audio/mpeg": "mp3",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};
const SAME_EXTENSION: Record<string, string> = { jpeg: "jpg" };

/**
 * A file name ending in the extension of its detected type: "现场.html" holding a JPEG is stored and
 * served as "现场.jpg", so no program opens it as anything but what it is.
 */
export function nameWithTypeExtension(name: string, mime: string): string {
  const ext = EXTENSIONS[mime];
  if (!ext) return name;
  const dot = name.lastIndexOf(".");
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if ((SAME_EXTENSION[current] ?? current) === ext) return name;
  return `${(dot > 0 ? name.slice(0, dot) : name) || "附件"}.${ext}`;
}
