/** zod issues → messages beside each field (first message per field, by top-level name). */
export type FieldErrors = Record<string, string>;

export function fieldErrors(issues: readonly { path: readonly (string | number | symbol)[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = String(i.path[0] ?? "_form");
    out[key] ??= i.path.length > 1 ? `第${Number(i.path[1]) + 1}项：${i.message}` : i.message;
  }
  return out;
}

/**
 * A form's text fields. Browsers submit a textarea's line breaks as CRLF (HTML's form encoding)
 * whatever the text held, so they are turned back into LF: a text saved unchanged stays the same.
 */
export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") out[k] = v.replace(/\r\n?/g, "\n");
  return out;
}
