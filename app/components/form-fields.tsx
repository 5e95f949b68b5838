/** Renders a procedure's form fields (FormField specs from workflows/) with errors beside each field. */
import type { FormField } from "../../workflows/engine/types";

type Field = FormField & { choices?: { id: number; name: string }[] };

export function FormFields({ fields, errors, values, prefix = "" }: { fields: readonly Field[]; errors?: Record<string, string>; values?: Record<string, string>; prefix?: string }) {
  return (
    <>
      {fields.map((f) => {
        const id = `${prefix}${f.name}`;
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
    case "users":
    case "files":
      return (
        <div id={id}>
          {f.choices?.length ? null : <span className="hint">{f.kind === "files" ? "尚无附件，请先在附件中上传" : "本单位尚无可选人员"}</span>}
          {f.choices?.map((u) => (
            <label key={u.id} style={{ fontWeight: 400 }}>
              <input type="checkbox" name={f.name} value={u.id} /> {u.name}
            </label>
          ))}
        </div>
      );
    case "multi":
      return (
        <div id={id}>
          {f.options?.map((o) => (
            <label key={o.value} style={{ fontWeight: 400 }}>
              <input type="checkbox" name={f.name} value={o.value} /> {o.label}
            </label>
          ))}
        </div>
      );
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
