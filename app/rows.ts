/**
 * Lists edited as rows (issue 13 §8): the enforcement catalogue, the dispute types, the risk floors,
 * a screening's findings. A list's fields are named "<list>.<row>.<column>", a row's stored key rides in
 * "<list>.<row>.key", a ticked "<list>.<row>.remove" drops the row, and "<list>.count" says how many
 * rows the form had. Blank rows are the form's spare lines and are passed over. Each problem is
 * reported on its own field, so the page shows it beside what was typed.
 */

export interface RowColumn {
  readonly key: string;
  readonly label: string;
  readonly kind?: "text" | "textarea" | "select" | "fixed";
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly required?: boolean;
  /** Longest text accepted, in characters. */
  readonly max?: number;
  readonly placeholder?: string;
}

/** One row as the form sent it. */
export interface TypedRow {
  readonly index: number;
  readonly key: string;
  readonly removed: boolean;
  readonly values: Readonly<Record<string, string>>;
}

export type RowErrors = Record<string, string>;

export const rowField = (list: string, index: number, column: string) => `${list}.${index}.${column}`;

/** Every row the form had, in order, with what was typed (trimmed). */
export function typedRows(values: Readonly<Record<string, string>>, list: string, columns: readonly RowColumn[]): TypedRow[] {
  const count = Math.min(Number(values[`${list}.count`]) || 0, 500);
  return Array.from({ length: count }, (_, index) => ({
    index,
    key: (values[rowField(list, index, "key")] ?? "").trim(),
    removed: values[rowField(list, index, "remove")] === "on",
    values: Object.fromEntries(columns.map((c) => [c.key, (values[rowField(list, index, c.key)] ?? "").trim()])),
  }));
}

const blank = (r: TypedRow, columns: readonly RowColumn[]) => !columns.some((c) => c.kind !== "fixed" && r.values[c.key]);

/**
 * The rows that stay: all but those ticked for removal and the blank spare lines. A stored row
 * emptied is kept, so its required fields refuse it: only 删除此行 deletes.
 */
export const keptRows = (rows: readonly TypedRow[], columns: readonly RowColumn[]) => rows.filter((r) => !r.removed && (r.key !== "" || !blank(r, columns)));

/**
 * The checks every column declares (required, the longest text, a choice among its options), each
 * problem named "第N行 <column>：…" on its own field; `unique` columns must not repeat.
 */
export function checkRows(list: string, rows: readonly TypedRow[], columns: readonly RowColumn[], unique: readonly string[] = []): RowErrors {
  const errors: RowErrors = {};
  for (const [n, r] of rows.entries()) {
    for (const c of columns) {
      const v = r.values[c.key];
      const at = rowField(list, r.index, c.key);
      // Numbered as the page numbers its lines, blank and removed ones included.
      const name = `第${r.index + 1}行${c.label}`;
      if (c.kind === "fixed") continue;
      if (c.required && !v) errors[at] = `${name}：${c.kind === "select" ? "请选择" : "请填写"}`;
      else if (c.max && v.length > c.max) errors[at] = `${name}：不能超过${c.max}字（现为${v.length}字）`;
      else if (v && c.options && !c.options.some((o) => o.value === v)) errors[at] = `${name}：请从列表中选择`;
      else if (v && unique.includes(c.key) && rows.slice(0, n).some((p) => p.values[c.key] === v)) errors[at] = `${name}：“${v}”与前面的行重复`;
    }
  }
  return errors;
}

/** The rows as the page shows them again after an error: what was typed, every line at its index, so each problem stays beside its field. */
export const rowsForForm = (rows: readonly TypedRow[]) => rows.map((r) => ({ key: r.key, removed: r.removed, ...r.values }));
