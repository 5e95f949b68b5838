/** The enforcement catalogue as an administrator types it at 执法事项目录 (/admin/enforcement). */
import { parseCatalogue } from "../../../workflows/enforcement/catalogue";
import type { CatalogueMatter } from "../../../workflows/enforcement/context";
import { keyFor } from "../../settings.server";

/**
 * The enforcement catalogue from what an administrator typed, one matter per line:
 * 名称|法律依据|处罚种类和幅度|裁量基准. A name already listed keeps its key, so old cases and figures stay joined.
 */
export function catalogueFromLines(current: string, text: string): { list: CatalogueMatter[] } | { error: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return { error: "执法事项目录：至少保留一个事项" };
  if (lines.length > 200) return { error: "执法事项目录：不能超过200个事项" };
  const existing = parseCatalogue(current);
  const list: CatalogueMatter[] = [];
  for (const [i, line] of lines.entries()) {
    const [name, basis, penalty, discretion] = line.split("|").map((p) => p.trim());
    if (!name || !basis || !penalty) return { error: `执法事项目录第${i + 1}行：应为"名称|法律依据|处罚种类和幅度|裁量基准"，名称、依据和幅度不能为空` };
    if (name.length > 60) return { error: `执法事项目录第${i + 1}行：名称超过60字` };
    if (list.some((m) => m.name === name)) return { error: `执法事项目录第${i + 1}行："${name}"重复` };
    list.push({ key: keyFor(existing.map((m) => ({ key: m.key, name: m.name })), name), name, basis, penalty, discretion: discretion ?? "" });
  }
  return { list };
}
