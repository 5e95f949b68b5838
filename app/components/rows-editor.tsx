/**
 * A list edited as rows (app/rows.ts): one numbered line per entry with a field per column, a 删除
 * box on stored rows (those with a key), and spare blank lines for new entries. Without JavaScript
 * the spare lines are how rows are added (more appear after saving); with it, 增加一行 adds one more.
 * On a phone each row is a card (table.cards).
 */
import { useEffect, useState } from "react";
import { rowField, type RowColumn } from "~/rows";

export type EditorRow = Readonly<Record<string, string | boolean | undefined>> & { readonly key?: string; readonly removed?: boolean };

export function RowsEditor({ list, legend, columns, rows, errors = {}, spare = 2, fixed = false, hint }: {
  list: string;
  legend: string;
  columns: readonly RowColumn[];
  rows: readonly EditorRow[];
  errors?: Readonly<Record<string, string>>;
  /** Blank lines offered for new rows. */
  spare?: number;
  /** The rows are a fixed set (every risk factor): no 删除 and no new lines. */
  fixed?: boolean;
  hint?: string;
}) {
  const [more, setMore] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Spare lines for new entries, fewer when the rows given already end in blank ones (typed rows after a refusal).
  const filled = (r: EditorRow) => !!r.key || columns.some((c) => c.kind !== "fixed" && r[c.key]);
  let blankAtEnd = 0;
  while (blankAtEnd < rows.length && !filled(rows[rows.length - 1 - blankAtEnd])) blankAtEnd++;
  const all: EditorRow[] = [...rows, ...(fixed ? [] : Array.from({ length: Math.max(0, spare - blankAtEnd) + more }, () => ({})))];
  const listError = errors[list];
  return (
    <fieldset className="group rows-editor">
      <legend>{legend}</legend>
      {hint ? <div className="hint">{hint}</div> : null}
      <input type="hidden" name={`${list}.count`} value={all.length} />
      <table className="list cards">
        <thead>
          <tr>
            <th scope="col">序号</th>
            {columns.map((c) => <th key={c.key} scope="col">{c.label}{c.required ? " *" : ""}</th>)}
            {fixed ? null : <th scope="col">删除</th>}
          </tr>
        </thead>
        {/* Keyed by the rows given: after a save or a refusal the fields start from them, not from what the browser kept. */}
        <tbody key={signature(rows)}>
          {all.map((r, i) => (
            <tr key={i} data-testid={`${list}-row`}>
              <td data-label="序号">{i + 1}{r.key ? <input type="hidden" name={rowField(list, i, "key")} value={String(r.key)} /> : <span className="hint">（新增）</span>}</td>
              {columns.map((c) => <Cell key={c.key} list={list} i={i} column={c} value={r[c.key]} error={errors[rowField(list, i, c.key)]} />)}
              {fixed ? null : (
                <td data-label="删除">
                  {r.key ? <label className="inline"><input type="checkbox" name={rowField(list, i, "remove")} defaultChecked={!!r.removed} /> 删除此行</label> : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {listError ? <div className="error" role="alert">{listError}</div> : null}
      {!fixed && hydrated ? <p><button type="button" className="secondary" onClick={() => setMore((n) => n + 1)}>增加一行</button></p> : null}
      {!fixed ? <div className="hint">空行不保存；勾选“删除此行”的行在保存时删除。</div> : null}
    </fieldset>
  );
}

function Cell({ list, i, column: c, value, error }: { list: string; i: number; column: RowColumn; value: unknown; error?: string }) {
  const name = rowField(list, i, c.key);
  const text = typeof value === "string" ? value : "";
  const described = error ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  const label = `第${i + 1}行${c.label}`;
  return (
    <td data-label={c.label}>
      {c.kind === "fixed" ? (
        <>{c.options?.find((o) => o.value === text)?.label ?? text}<input type="hidden" name={name} value={text} /></>
      ) : c.kind === "select" ? (
        <select name={name} aria-label={label} defaultValue={text} {...described}>
          <option value="">{c.required ? "请选择" : "（不设）"}</option>
          {(c.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : c.kind === "textarea" ? (
        <textarea name={name} aria-label={label} rows={2} defaultValue={text} placeholder={c.placeholder} {...described} />
      ) : (
        <input name={name} aria-label={label} type="text" defaultValue={text} placeholder={c.placeholder} {...described} />
      )}
      {error ? <div className="error" id={`${name}-error`} role="alert">{error}</div> : null}
    </td>
  );
}

/** A short fingerprint of the rows (FNV-1a over their JSON). */
function signature(rows: readonly EditorRow[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(rows)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(36) + rows.length;
}
