/** Upload refusals travel as codes in the URL; the page turns them into its own Chinese text. */
import { ACCEPTED_TYPES_TEXT } from "./sniff";

export const UPLOAD_ERRORS = {
  empty: () => "文件为空，请重新选择",
  missing: () => "请选择要上传的文件",
  "too-large": (maxMb: number) => `文件过大：不能超过${maxMb}MB`,
  type: () => `文件类型不支持（按文件内容识别，而非文件名）。可上传：${ACCEPTED_TYPES_TEXT}`,
  closed: () => "本案已办结，不能再上传附件",
} as const;

export type UploadErrorCode = keyof typeof UPLOAD_ERRORS;

export function uploadErrorMessage(code: string | null, maxMb: number): string | null {
  if (!code || !(code in UPLOAD_ERRORS)) return null;
  return UPLOAD_ERRORS[code as UploadErrorCode](maxMb);
}
