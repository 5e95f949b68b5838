/**
 * What a collective decision's meeting must show, shared by the procedures that record one (重大行政决策
 * 集体讨论, “三重一大”): a quorum, each member's opinion in the order spoken with the chair last, and the
 * names of those present or signing, as typed on the form.
 */
import { z } from "zod";
import type { GuardRule } from "./engine/types";

export interface Opinion {
  readonly name: string;
  readonly position: "agree" | "disagree";
  /** As said: dissent is kept verbatim. */
  readonly text: string;
}

/** Names separated by 、，, or new lines. */
export const NameList = (message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(/[\r\n、，,]+/)).map((s) => s.trim()).filter(Boolean))
    .refine((a) => a.length > 0, message);


const OPINION_LINE = /^(.{1,20}?)[：:]\s*(同意|不同意)[：:，,]?\s*(.*)$/;
/** "姓名：同意：意见" or "姓名：不同意：意见", one member a line, in the order spoken. */
export const OpinionLines = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean))
  .superRefine((lines, ctx) => {
    if (!lines.length) ctx.addIssue({ code: "custom", message: "请逐行填写与会成员的意见" });
    lines.forEach((l, i) => {
      if (!OPINION_LINE.test(l)) ctx.addIssue({ code: "custom", path: [i], message: `发言第${i + 1}行：格式应为“姓名：同意（或不同意）：意见”` });
    });
  })
  .transform((lines) => lines.map((l) => {
    const [, name, position, text] = l.match(OPINION_LINE)!;
    return { name: name.trim(), position: position === "同意" ? ("agree" as const) : ("disagree" as const), text: text.trim() };
  }));

const payload = <T>(e: { payload: Record<string, unknown> }) => e.payload as T;

/** More than half the members present. */
export const quorum = <C>(): GuardRule<C> => ({
  name: "quorum",
  explain: "到会人数须超过应到人数的一半，方可集体讨论决定",
  basis: "集体讨论决定的议事规则（应到成员过半数到会）",
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ members?: number; attendees?: string[] }>(e);
    return !p.members || !p.attendees || p.attendees.length * 2 > Number(p.members);
  },
});

/** The chair is the street's head (街道领导), not any member of staff. */
export const chairIsHead = <C>(basis: string): GuardRule<C> => ({
  name: "chairIsHead",
  explain: "会议主持人须为街道主要负责人（街道领导）",
  basis,
  needsPayload: true,
  test: (_c, e) => {
    const chair = payload<{ chair?: { roles?: string[] } }>(e).chair;
    return !chair || (chair.roles ?? []).includes("street_leader");
  },
});

/** The chair's opinion is the last one recorded. */
export const chairSpeaksLast = <C>(explain: string, basis: string): GuardRule<C> => ({
  name: "chairSpeaksLast",
  explain,
  basis,
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ chair?: { name: string }; opinions?: Opinion[] }>(e);
    return !p.chair || !p.opinions?.length || p.opinions.at(-1)!.name === p.chair.name;
  },
});
