/** Renders a procedure's form fields (FormField specs from workflows/) with errors beside each field. */
import type { FormField } from "../../workflows/engine/types";

type Field = FormField & { choices?: { id: number; name: string }[] };

export function FormFields({ fields, errors, values, prefix = "" }: { fields: readonly Field[]; errors?: Record<string, string>; values?: Record<string, string>; prefix?: string }) {
  return (
    <>
      {fields.map((f) => {
        const id = `${prefix}${f.name}`;
        // A group of checkboxes is a fieldset named by its legend; what was ticked stays ticked after an error.
        if (f.kind === "multi" || f.kind === "users" || f.kind === "files") {
          return (
            <fieldset key={f.name} className="group" id={id}>
              <legend>{f.label}{f.required ? " *" : ""}</legend>
              <Checkboxes field={f} ticked={(values?.[f.name] ?? "").split("\n").filter(Boolean)} />
              {f.hint ? <div className="hint">{f.hint}</div> : null}
              {errors?.[f.name] ? <div className="error" role="alert">{errors[f.name]}</div> : null}
            </fieldset>
          );
        }
        return (
          <div key={f.name}>
            <label htmlFor={id}>{f.label}{f.required ? " *" : ""}</label>
            <Input field={f} id={id} value={values?.[f.name]} />
            {f.hint ? <div className="hint">{f.hint}</div> : null}
            {errors?.[f.name] ? <div className="error" role="alert">{errors[f.name]}</div> : null}
          </div>
        );
      })}
    </>
  );
}

function Checkboxes({ field: f, ticked }: { field: Field; ticked: readonly string[] }) {
  const items = f.kind === "multi" ? (f.options ?? []).map((o) => ({ value: o.value, label: o.label })) : (f.choices ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  if (!items.length) return <span className="hint">{f.kind === "files" ? "尚无附件，请先在附件中上传" : f.kind === "users" ? "本单位尚无可选人员" : "无可选项"}</span>;
  return (
    <>
      {items.map((o) => (
        <label key={o.value} style={{ fontWeight: 400 }}>
          <input type="checkbox" name={f.name} value={o.value} defaultChecked={ticked.includes(o.value)} /> {o.label}
        </label>
      ))}
    </>
  );
}

function Input({ field: f, id, value }: { field: Field; id: string; value?: string }) {
  switch (f.kind) {
    case "textarea":
    case "lines":
      return <textarea id={id} name={f.name} rows={f.kind === "lines" ? 4 : 5} defaultValue={value} />;
    case "select":
      return (
        <select id={id} name={f.name} defaultValue={value ?? ""}>
          <option value="" disabled>请选择</option>
          {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      );
    case "date":
      return <input id={id} name={f.name} type="date" defaultValue={value} />;
    case "time":
      return <input id={id} name={f.name} type="time" defaultValue={value} />;
    case "datetime":
      return <input id={id} name={f.name} type="datetime-local" defaultValue={value} />;
    case "user":
    case "party":
    case "office":
    case "file":
    case "entry":
      return (
        <select id={id} name={f.name} defaultValue={value ?? ""}>
          <option value="" disabled={f.kind !== "entry" || f.required}>{f.kind === "entry" && !f.required ? "（不是更正）" : "请选择"}</option>
          {f.choices?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      );
    case "number":
      return <input id={id} name={f.name} type="number" defaultValue={value} />;
    default:
      return <input id={id} name={f.name} type="text" defaultValue={value} />;
  }
}
