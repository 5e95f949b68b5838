/** The enforcement catalogue as an administrator edits it at 执法事项目录 (/admin/enforcement), one row per matter. */
import { parseCatalogue } from "../../../workflows/enforcement/catalogue";
import type { CatalogueMatter } from "../../../workflows/enforcement/context";
import { checkRows, keptRows, rowField, type RowColumn, type RowErrors, type TypedRow } from "../../rows";
import { keysForRows } from "../../settings.server";

export const CATALOGUE_LIST = "catalogue";

export const CATALOGUE_COLUMNS: readonly RowColumn[] = [
  { key: "name", label: "事项名称", required: true, max: 60, placeholder: "如：违法搭建" },
  { key: "basis", label: "法律依据", kind: "textarea", required: true, max: 500, placeholder: "违法依据和处罚依据" },
  { key: "penalty", label: "处罚种类和幅度", kind: "textarea", required: true, max: 500 },
  { key: "discretion", label: "裁量基准", kind: "textarea", max: 1000 },
];

export const catalogueRows = (stored: string) => parseCatalogue(stored).map((m) => ({ key: m.key, name: m.name, basis: m.basis, penalty: m.penalty, discretion: m.discretion }));

/**
 * The catalogue from the rows sent. A stored row keeps its key even when renamed, so the cases
 * registered under it and the figures stay joined; a new row whose name was listed before gets that
 * matter's key back.
 */
export function catalogueFromRows(current: string, rows: readonly TypedRow[]): { list: CatalogueMatter[] } | { errors: RowErrors } {
  const kept = keptRows(rows, CATALOGUE_COLUMNS);
  if (!kept.length) return { errors: { [CATALOGUE_LIST]: "执法事项目录：至少保留一个事项" } };
  if (kept.length > 200) return { errors: { [CATALOGUE_LIST]: `执法事项目录：不能超过200个事项（现为${kept.length}个）` } };
  const errors = checkRows(CATALOGUE_LIST, kept, CATALOGUE_COLUMNS, ["name"]);
  if (Object.keys(errors).length) return { errors };
  const existing = parseCatalogue(current);
  const keyed = keysForRows(existing, kept, kept.map((r) => r.values.name));
  if ("clash" in keyed) return { errors: { [rowField(CATALOGUE_LIST, kept[keyed.clash].index, "name")]: `第${kept[keyed.clash].index + 1}行事项名称：与已有事项冲突，请换一个名称` } };
  const list = kept.map((r, i) => ({ key: keyed.keys[i], name: r.values.name, basis: r.values.basis, penalty: r.values.penalty, discretion: r.values.discretion }));
  return { list };
}
