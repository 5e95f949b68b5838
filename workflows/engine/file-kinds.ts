/** What an uploaded case file is, as the uploader classes it (the 卷宗 binds files by these kinds). */
export const FILE_KINDS = ["身份证明", "授权委托书", "证据材料", "签字协议书", "履行凭证", "司法确认材料", "其他"] as const;
export type FileKind = (typeof FILE_KINDS)[number];
