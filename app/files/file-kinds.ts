/** What an uploaded case file may be, unless its procedure lists its own kinds (a 卷宗's order). */
export const DEFAULT_FILE_KINDS: readonly string[] = ["身份证明", "授权委托书", "证据材料", "其他"];

/** The kinds an upload to a case of this procedure may take; the first is the default choice unless 证据材料 is listed. */
export function fileKindsOf(module: { readonly fileKinds?: readonly string[] } | undefined): readonly string[] {
  return module?.fileKinds ?? DEFAULT_FILE_KINDS;
}
