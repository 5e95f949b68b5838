/**
 * Case data of a street's yearly catalogue of major administrative decisions (重大行政决策事项目录):
 * compiled, checked by the 司法所, agreed by the Party working committee, filed with the district,
 * published, adjusted item by item, evaluated at the year's end and archived (RULES.md §3; 713 art. 3).
 */
export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

/** The steps a listed decision is planned to go through beyond the mandatory ones (713 arts. 16, 19, 22). */
export const PLANNED_STEPS = { hearing: "听证会", expert: "专家论证", risk: "风险评估" } as const;
export type PlannedStep = keyof typeof PLANNED_STEPS;

/** What became of an item at the year's end. */
export const OUTCOMES = { done: "已完成", carried: "结转下年度", dropped: "不再实施" } as const;
export type Outcome = keyof typeof OUTCOMES;

export interface ItemFields {
  readonly name: string;
  /** 承办单位 (713 art. 11). */
  readonly unit: string;
  readonly basis: string;
  readonly reason: string;
  /** Planned completion, YYYY-MM. */
  readonly plannedBy: string;
  readonly steps: readonly PlannedStep[];
}

export interface CatalogueItem extends ItemFields {
  /** 1, 2, 3 …: never reused, so a decision case can name its item for good. */
  readonly no: number;
  /** The adjustment that added it after publication (its index), or null when it was on the first list. */
  readonly addedBy: number | null;
  /** Taken off the list by an adjustment: the item stays, marked. */
  readonly removed: { readonly by: number; readonly on: string; readonly reason: string } | null;
  readonly evaluation: { readonly outcome: Outcome; readonly reason: string; readonly by: PersonRef; readonly at: string } | null;
}

export interface Review {
  readonly round: number;
  readonly by: PersonRef;
  readonly at: string;
  readonly outcome: "pass" | "return";
  readonly opinion: string;
}

export interface Approval {
  /** The meeting that agreed (党工委会议, with its session), and its date. */
  readonly meeting: string;
  readonly date: string;
  readonly by: PersonRef;
  readonly at: string;
}

/** An item added to or taken off the published list, approved like the list itself. */
export interface Adjustment {
  readonly index: number;
  readonly kind: "add" | "remove";
  /** For "add": the new item; for "remove": the item's number. */
  readonly item: ItemFields | null;
  readonly itemNo: number | null;
  readonly reason: string;
  readonly proposedBy: PersonRef;
  readonly proposedAt: string;
  readonly reviews: readonly Review[];
  readonly approval: Approval | null;
  readonly publishedOn: string | null;
  /** Returned by the 司法所 and not pursued. */
  readonly dropped: boolean;
}

export interface DecisionCatalogueContext {
  readonly officeId: number;
  readonly year: number;
  readonly compiledBy: PersonRef;
  readonly compiledAt: string;
  readonly items: readonly CatalogueItem[];
  readonly reviews: readonly Review[];
  readonly approval: Approval | null;
  readonly filing: { readonly filedOn: string; readonly filedWith: string; readonly by: PersonRef; readonly at: string } | null;
  readonly acknowledgement: { readonly by: PersonRef; readonly at: string; readonly opinion: string } | null;
  readonly publishedOn: string | null;
  readonly adjustments: readonly Adjustment[];
  readonly evaluation: { readonly summary: string; readonly by: PersonRef; readonly at: string } | null;
  readonly archivedAt: string | null;
}

/** Items on the list now: published or in the draft, and not taken off. */
export const activeItems = (c: DecisionCatalogueContext) => c.items.filter((i) => !i.removed);
/** The adjustment under way, if any. */
export const openAdjustment = (c: DecisionCatalogueContext) => c.adjustments.find((a) => !a.publishedOn && !a.dropped) ?? null;
