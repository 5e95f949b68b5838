/** How 机构设置 edits the common kinds of office setting: a bounded whole number, a short text. */
import type { SettingSpec } from "./types";

/** A whole number between `min` and `max`, messages naming the field as `name`. */
export function numberForm(label: string, name: string, unit: string, min: number, max: number): NonNullable<SettingSpec["form"]> {
  return {
    kind: "number",
    label,
    fromForm: (typed) => {
      const t = typed.trim();
      if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return { error: `${name}：应为数字` };
      const n = Number(t);
      if (!Number.isInteger(n)) return { error: `${name}：应为整数` };
      if (n < min) return { error: `${name}：至少${min}${unit}` };
      if (n > max) return { error: `${name}：不能超过${max}${unit}` };
      return { value: String(n) };
    },
  };
}

/** A text of `min` to `max` characters, trimmed. */
export function textForm(label: string, name: string, min: number, max: number, tooShort: string): NonNullable<SettingSpec["form"]> {
  return {
    kind: "text",
    label,
    fromForm: (typed) => {
      const t = typed.trim();
      if (t.length < min) return { error: `${name}：${tooShort}` };
      if (t.length > max) return { error: `${name}：不能超过${max}字` };
      return { value: t };
    },
  };
}
