/**
 * The office's enforcement catalogue (执法事项目录) and its 重大执法决定目录清单: which decisions are
 * major, which fines open a hearing. Both are CONFIGURABLE per office (RULES §1); these are the
 * defaults a new street starts from.
 */
import { yuan } from "../money";
import type { CatalogueMatter, EnforcementContext, PenaltyKind, Sanction, Thresholds } from "./context";
import { PENALTY_KINDS } from "./context";

export const DEFAULT_CATALOGUE: readonly CatalogueMatter[] = [
  {
    key: "structure",
    name: "擅自变动房屋建筑主体和承重结构",
    basis: "《建设工程质量管理条例》第十五条、第六十九条",
    penalty: "责令改正，并处5万元以上10万元以下的罚款",
    discretion: "主动恢复原状的按下限；拒不改正或造成安全隐患的按上限",
  },
  {
    key: "occupy",
    name: "擅自占用道路、公共场地设摊经营或堆放物料",
    basis: "《城市市容和环境卫生管理条例》第十四条、第三十六条",
    penalty: "责令停止违法行为，限期清理；可并处罚款",
    discretion: "首次且当场改正的予以警告；经责令仍不改正的依本市标准罚款",
  },
  {
    key: "noise",
    name: "在噪声敏感建筑物集中区域使用高音广播喇叭",
    basis: "《中华人民共和国噪声污染防治法》第六十四条、第八十二条",
    penalty: "责令改正；拒不改正的，给予警告，对个人可处200元以上1000元以下罚款，对单位可处2000元以上2万元以下罚款",
    discretion: "首次违法且改正的不予处罚；拒不改正的按幅度中线以下",
  },
  {
    key: "building",
    name: "未取得建设工程规划许可证进行建设（违法搭建建筑物、构筑物）",
    basis: "《中华人民共和国城乡规划法》第六十四条",
    penalty: "责令停止建设；尚可采取改正措施消除对规划实施影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款",
    discretion: "无法采取改正措施的责令限期拆除；逾期不拆除的，经催告、强制执行决定和公告后依法强制拆除（《中华人民共和国行政强制法》第三十五条至第三十八条、第四十四条）",
  },
  {
    key: "waste",
    name: "生活垃圾混合投放",
    basis: "《上海市生活垃圾管理条例》第二十五条、第五十八条",
    penalty: "责令立即改正；个人拒不改正的，处50元以上200元以下罚款；单位处5000元以上5万元以下罚款",
    discretion: "个人初次违法可适用简易程序当场处罚",
  },
];

export const DEFAULT_THRESHOLDS: Thresholds = {
  hearingFinePerson: 5000,
  hearingFineOrganisation: 50000,
  majorFinePerson: 50000,
  majorFineOrganisation: 200000,
  majorPenalties: ["confiscation", "revoke", "stop_business"],
  majorWhenHearing: true,
  majorBasis: "本街道重大执法决定法制审核目录清单",
  publishPolicy: "all",
};

/** The configured catalogue from its setting text (JSON), falling back to the default. */
export function parseCatalogue(setting: string | undefined): readonly CatalogueMatter[] {
  try {
    const list = JSON.parse(setting ?? "") as CatalogueMatter[];
    const ok = Array.isArray(list) && list.length > 0 && list.every((m) => ["key", "name", "basis", "penalty", "discretion"].every((k) => typeof (m as any)[k] === "string"));
    return ok ? list : DEFAULT_CATALOGUE;
  } catch {
    return DEFAULT_CATALOGUE;
  }
}

export function parseThresholds(setting: string | undefined): Thresholds {
  try {
    const t = { ...DEFAULT_THRESHOLDS, ...(JSON.parse(setting ?? "{}") as Partial<Thresholds>) };
    const amounts = [t.hearingFinePerson, t.hearingFineOrganisation, t.majorFinePerson, t.majorFineOrganisation];
    if (!amounts.every((n) => Number.isFinite(n) && n > 0)) return DEFAULT_THRESHOLDS;
    return { ...t, majorWhenHearing: true, majorPenalties: t.majorPenalties.filter((k): k is PenaltyKind => k in PENALTY_KINDS), publishPolicy: t.publishPolicy === "social-impact" ? "social-impact" : "all" };
  } catch {
    return DEFAULT_THRESHOLDS;
  }
}


/** Whether the intended penalty gives the party the right to ask for a hearing (APL 63). */
export function hearingAvailable(c: Pick<EnforcementContext, "party" | "thresholds">, s: Sanction): boolean {
  if (s.kind !== "penalty") return false;
  const limit = c.party.kind === "person" ? c.thresholds.hearingFinePerson : c.thresholds.hearingFineOrganisation;
  const heavy: PenaltyKind[] = ["confiscation", "suspend", "revoke", "stop_business", "restrict"];
  return s.fine >= limit || s.penalties.some((p) => heavy.includes(p));
}

export interface MajorReason {
  readonly reason: string;
  readonly basis: string;
}

/** The sanction a decision would now carry: the last re-examined one, else the noticed or proposed one. */
export function currentSanction(c: EnforcementContext): Sanction | null {
  const revised = [...c.representations].reverse().find((r) => r.revised)?.revised;
  return c.decision ?? revised ?? c.notice?.proposal ?? c.report?.proposal ?? null;
}

/**
 * Why a case is major (重大执法决定): APL 58's four cases and the office's list (118 §12).
 * An empty list means it is not; the decision then needs no legal review.
 */
export function majorReasons(c: EnforcementContext): MajorReason[] {
  const t = c.thresholds;
  const s = currentSanction(c);
  const out: MajorReason[] = [];
  if (s?.kind === "penalty") {
    const limit = c.party.kind === "person" ? t.majorFinePerson : t.majorFineOrganisation;
    if (s.fine >= limit) out.push({ reason: `拟罚款${yuan(s.fine)}，达到${c.party.kind === "person" ? "对个人" : "对单位"}${yuan(limit)}的重大标准`, basis: t.majorBasis });
    for (const p of s.penalties.filter((k) => t.majorPenalties.includes(k))) out.push({ reason: `拟${PENALTY_KINDS[p]}`, basis: t.majorBasis });
  }
  if (c.flags.publicInterest) out.push({ reason: "涉及重大公共利益", basis: "《中华人民共和国行政处罚法》第五十八条第一款第一项" });
  // The law's own trigger (APL 58 ¶1 (二)): a street's list may add cases, never take this one away.
  if (c.hearing?.held) out.push({ reason: "直接关系当事人重大权益，经过听证程序", basis: "《中华人民共和国行政处罚法》第五十八条第一款第二项" });
  if (c.flags.complex) out.push({ reason: "案件情况疑难复杂、涉及多个法律关系", basis: "《中华人民共和国行政处罚法》第五十八条第一款第三项" });
  if (c.flags.otherLaw) out.push({ reason: "法律、法规规定应当进行法制审核", basis: "《中华人民共和国行政处罚法》第五十八条第一款第四项" });
  if (c.flags.socialRisk) out.push({ reason: "可能造成重大社会影响或引发社会风险", basis: "国办发〔2018〕118号第十二条" });
  return out;
}

export const isMajor = (c: EnforcementContext) => majorReasons(c).length > 0;

/** The heaviest of two sanctions, for "a heavier penalty than announced is refused" (APL 45). */
export function heavierThan(a: Sanction, b: Sanction): boolean {
  if (a.kind !== "penalty") return false;
  if (b.kind !== "penalty") return true;
  return a.fine > b.fine || a.confiscation > b.confiscation || a.penalties.some((p) => !b.penalties.includes(p));
}
