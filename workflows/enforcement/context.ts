/**
 * Case data of an administrative enforcement case (行政执法案件) under the three systems
 * (行政执法三项制度): the full-process record, legal review of major decisions, publicity.
 * RULES.md §1 and §2.
 */
import type { Opinion } from "../meeting";
import type { OnSpotHearing, Remedies } from "./told";
export type { OnSpotHearing, Remedies } from "./told";
import type { CourtApplication, PaymentPlan, Urging } from "./coercion/collection";
import type { Challenge } from "./coercion/context";
import type { Demolition, DemolitionOrder } from "./coercion/demolition";
import type { Seizure } from "./coercion/seizure";
import type { Transfer } from "./coercion/transfer";

export const SOURCES = {
  patrol: "巡查发现",
  complaint: "群众投诉举报",
  hotline: "12345市民服务热线",
  assignment: "上级交办",
  transfer: "部门移送",
} as const;

/**
 * 追责时效 (APL 36): an act not discovered within two years is no longer punished; five years where
 * citizens' life, health or financial safety is involved with harmful consequences.
 */
export const LIMITATIONS = {
  two: { label: "二年", years: 2 },
  five: { label: "五年（涉及公民生命健康安全、金融安全且有危害后果）", years: 5 },
} as const;
export type Limitation = keyof typeof LIMITATIONS;

/** 简易程序 (on the spot, APL 51) or 普通程序 (general procedure). */
export const TRACKS = { simple: "简易程序（当场处罚）", general: "普通程序" } as const;
export type Track = keyof typeof TRACKS;

/**
 * Acts of the full-process record (全过程记录, 118 §7–9). `twoOfficers`: an investigative act
 * that needs two certified officers (APL 42); `video`: full audio-video recording is required (118 §8).
 */
export const ACT_KINDS = {
  inspection: { label: "现场检查（勘验）", twoOfficers: true, video: false },
  inquiry: { label: "询问", twoOfficers: true, video: false },
  evidence: { label: "调查取证（拍照、录音、录像）", twoOfficers: true, video: false },
  preservation: { label: "先行登记保存", twoOfficers: true, video: false },
  seizure: { label: "查封扣押", twoOfficers: true, video: true },
  demolition: { label: "强制拆除", twoOfficers: true, video: true },
  hearing: { label: "听证", twoOfficers: false, video: false },
  service: { label: "送达", twoOfficers: false, video: false },
  execution: { label: "执行", twoOfficers: false, video: false },
  other: { label: "其他执法活动", twoOfficers: false, video: false },
} as const;
export type ActKind = keyof typeof ACT_KINDS;

/** Penalty kinds (APL 9) the office uses, with whether each makes a hearing available (APL 63). */
export const PENALTY_KINDS = {
  warning: "警告",
  fine: "罚款",
  confiscation: "没收违法所得、没收非法财物",
  suspend: "暂扣许可证件",
  revoke: "吊销许可证件",
  stop_business: "责令停产停业、责令关闭",
  restrict: "限制从业",
} as const;
export type PenaltyKind = keyof typeof PENALTY_KINDS;

export const DECISION_KINDS = { penalty: "给予行政处罚", no_penalty: "不予行政处罚", transfer: "移送司法机关" } as const;
export type DecisionKind = keyof typeof DECISION_KINDS;

export const SERVICE_METHODS = {
  direct: "直接送达",
  on_spot: "当场交付",
  left: "留置送达",
  post: "邮寄送达",
  electronic: "电子送达（经当事人同意）",
  public: "公告送达",
} as const;

export const REPRESENTATION_RESULTS = { accepted: "采纳", partly: "部分采纳", rejected: "不予采纳" } as const;

/** 118 §13: what the legal review checks, each recorded as pass or problem with a note. */
export const REVIEW_ITEMS = {
  subject: "执法主体是否合法，执法人员是否具备执法资格",
  procedure: "执法程序是否合法",
  facts: "案件事实是否清楚，证据是否合法充分",
  law: "适用法律、法规、规章是否准确，裁量基准运用是否适当",
  authority: "执法是否超越执法机关法定权限",
  documents: "执法文书是否完备、规范",
  crime: "违法行为是否涉嫌犯罪、需要移送司法机关",
} as const;
export type ReviewItem = keyof typeof REVIEW_ITEMS;

export const REVOCATION_KINDS = { revoked: "被撤销", changed: "被变更", illegal: "被确认违法", void: "被确认无效" } as const;

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

/** An officer as vouched for by the server when chosen: certificate number and validity. */
export interface Officer extends PersonRef {
  readonly certNo: string | null;
  readonly certValidUntil: string | null;
}

/** One matter of the office's enforcement catalogue (执法事项目录), copied onto the case when filed. */
export interface CatalogueMatter {
  readonly key: string;
  readonly name: string;
  readonly basis: string; // 违法依据 and 处罚依据
  readonly penalty: string; // 处罚种类和幅度
  readonly discretion: string; // 裁量基准
}

/** The office's thresholds, copied onto the case when it is registered (CONFIGURABLE, RULES §1). */
export interface Thresholds {
  /** 较大数额罚款 that opens a hearing (APL 63), yuan. */
  readonly hearingFinePerson: number;
  readonly hearingFineOrganisation: number;
  /** Fines from which a decision is major (重大执法决定目录清单), yuan. */
  readonly majorFinePerson: number;
  readonly majorFineOrganisation: number;
  /** Penalty kinds that make a decision major whatever the amount. */
  readonly majorPenalties: readonly PenaltyKind[];
  /** Always true: a case that went through a hearing is major by law (APL 58 ¶1 (二)); kept for stored settings. */
  readonly majorWhenHearing: boolean;
  readonly majorBasis: string;
  /** APL 48: publish every penalty, or only those with some social impact. */
  readonly publishPolicy: "all" | "social-impact";
}

export interface EnforcementParty {
  readonly kind: "person" | "organisation";
  readonly name: string;
  readonly idNumber: string;
  readonly creditCode: string;
  readonly legalRepresentative: string;
  readonly phone: string;
  readonly address: string;
}

/** What is proposed or decided: kind, penalties and amounts (yuan). */
export interface Sanction {
  readonly kind: DecisionKind;
  readonly penalties: readonly PenaltyKind[];
  readonly fine: number;
  readonly confiscation: number;
  readonly reasons: string;
}

/** One entry of the full-process record; corrections are new entries pointing at the one corrected. */
export interface RecordEntry {
  readonly seq: number;
  readonly kind: ActKind;
  readonly time: string; // YYYY-MM-DDTHH:mm, China time
  /** Absent on entries recorded before the end was asked. */
  readonly endTime?: string;
  /** The person questioned or inspected when not the party; blank means the party. */
  readonly subject?: string;
  readonly witness?: string;
  readonly place: string;
  readonly inCaseRoom: boolean; // 执法办案场所
  readonly officers: readonly Officer[];
  readonly content: string;
  readonly files: readonly { readonly sha256: string; readonly name: string; readonly mime: string }[];
  readonly corrects: number | null;
  readonly correctionReason: string;
  readonly recordedBy: PersonRef;
  readonly recordedAt: string;
}

export interface LegalReviewRound {
  readonly round: number;
  readonly submittedAt: string;
  readonly submittedBy: PersonRef;
  readonly materials: string;
  /** What the team changed after the previous round found problems. */
  readonly corrections: string;
  /** The sanction put to the reviewer: an approval covers it and nothing heavier. */
  readonly sanction: Sanction | null;
  readonly result: {
    readonly reviewer: PersonRef & { readonly qualificationNo: string };
    readonly items: readonly { readonly key: ReviewItem; readonly ok: boolean; readonly note: string }[];
    readonly outcome: "approved" | "problems";
    readonly opinion: string;
    readonly at: string;
    readonly number: string;
  } | null;
}

export interface Publication {
  readonly status: "published" | "withdrawn";
  readonly text: string;
  readonly publishedAt: string;
  readonly publishedBy: PersonRef;
  readonly withdrawnAt: string | null;
  readonly withdrawReason: string | null;
  /** Why it was withdrawn: the decision was revoked or changed, or the text disclosed personal data. */
  readonly withdrawCause?: "revoked" | "privacy";
}

export interface EnforcementContext {
  readonly streetId: number;
  readonly officeId: number;
  readonly track: Track;
  readonly source: keyof typeof SOURCES;
  readonly sourceNote: string;
  readonly matter: CatalogueMatter;
  readonly party: EnforcementParty;
  readonly facts: string;
  readonly place: string;
  readonly occurredOn: string;
  /** When the act was discovered (absent in cases registered before it was asked: the registration day). */
  readonly discoveredOn?: string;
  readonly limitation?: Limitation;
  readonly registeredAt: string;
  readonly registeredBy: PersonRef;
  readonly thresholds: Thresholds;
  /** 立案: approved by the head, with the officers in charge (APL 42, 54). */
  readonly filing: { readonly at: string; readonly approvedBy: PersonRef; readonly officers: readonly Officer[]; readonly opinion: string } | null;
  readonly notFiled: { readonly reason: string; readonly at: string } | null;
  readonly extensions: readonly { readonly days: number; readonly reason: string; readonly at: string; readonly by: PersonRef }[];
  readonly record: readonly RecordEntry[];
  /** 先行登记保存 (APL 56): the handling decision follows within 7 working days. */
  readonly preservations: readonly { readonly entry: number; readonly on: string; readonly items: string; readonly approvedBy?: PersonRef | null; readonly handled: { readonly on: string; readonly outcome: string } | null }[];
  /**
   * 回避 (APL 43): a granted recusal takes the officer off the case; a replacement keeps two in charge.
   * Recusals recorded before the officer was chosen from a list hold only a name.
   */
  readonly recusals: readonly { readonly officer: PersonRef | string; readonly reason: string; readonly decision: "granted" | "refused"; readonly replacement: Officer | null; readonly at: string; readonly by: PersonRef }[];
  readonly report: { readonly facts: string; readonly evidence: string; readonly proposal: Sanction; readonly at: string; readonly by: PersonRef } | null;
  readonly caseReview: { readonly opinion: string; readonly at: string; readonly by: PersonRef } | null;
  /** Why a decision is major beyond its amounts (APL 58, 118 §12), set by the head at case review. */
  readonly flags: { readonly publicInterest: boolean; readonly socialRisk: boolean; readonly complex: boolean; readonly otherLaw: boolean };
  readonly notice: { readonly number: string; readonly servedOn: string; readonly method: string; readonly proposal: Sanction; readonly hearingRight: boolean; readonly at: string } | null;
  readonly representations: readonly { readonly date: string; readonly content: string; readonly result: keyof typeof REPRESENTATION_RESULTS; readonly reason: string; readonly revised: Sanction | null; readonly by: PersonRef }[];
  readonly waiver: { readonly date: string; readonly note: string } | null;
  readonly hearing: {
    readonly requestedOn: string;
    /** time, panel and clerk are absent on hearings scheduled before they were asked. */
    readonly scheduled: { readonly date: string; readonly time?: string; readonly place: string; readonly chair: PersonRef; readonly panel?: string; readonly clerk?: PersonRef; readonly noticeNumber: string; readonly noticeServedOn: string } | null;
    readonly held: { readonly date: string; readonly start?: string; readonly end?: string; readonly attendance?: string; readonly partyAbsent: boolean; readonly record: string } | null;
  } | null;
  readonly legalReviews: readonly LegalReviewRound[];
  /** Review rounds before this index were for an investigation since reopened: they approve nothing. */
  readonly reviewBaseline: number;
  /** The day the case became ready for a decision (statements heard, waived or the hearing held). */
  readonly readyOn: string | null;
  /**
   * 集体讨论 (APL 57). start, end, place and chair are absent on discussions recorded before they were
   * asked; `members` (the leaders' accounts) and `opinionList` on those recorded before attendees were
   * chosen as accounts, whose `opinions` is free text.
   */
  readonly collective: {
    readonly date: string; readonly start?: string; readonly end?: string; readonly place?: string; readonly chair?: string;
    readonly attendees: readonly string[]; readonly members?: readonly PersonRef[]; readonly opinionList?: readonly Opinion[];
    readonly opinions: string; readonly conclusion: string; readonly by: PersonRef;
  } | null;
  readonly decision: (Sanction & {
    readonly number: string; readonly date: string; /** The hour of an on-the-spot penalty (APL 52). */ readonly time?: string;
    readonly decidedBy: PersonRef; readonly socialImpact: boolean; readonly at: string; readonly remedies?: Remedies;
    /** On the spot: what the party was shown, told and said (absent on penalties recorded before it was asked). */
    readonly onSpot?: OnSpotHearing;
    /** 责令限期拆除: the structure and the day to remove it by (行政强制法 44). */
    readonly order?: DemolitionOrder;
  }) | null;
  readonly service: { readonly date: string; readonly method: keyof typeof SERVICE_METHODS; readonly receiver: string; readonly at: string } | null;
  readonly payments: readonly { readonly date: string; readonly amount: number; readonly surcharge: number; readonly by: PersonRef }[];
  readonly enforcement: { readonly kind: string; readonly date: string; readonly note: string } | null;
  readonly filedWithOffice: { readonly at: string; readonly by: PersonRef } | null; // 简易程序备案
  /** A changed decision (被变更) keeps its force with the fine as changed; the others end it. */
  readonly revocation: { readonly kind: keyof typeof REVOCATION_KINDS; readonly date: string; readonly reason: string; readonly fine?: number | null; readonly at: string } | null;
  readonly publication: Publication | null;
  readonly cancelled: { readonly reason: string; readonly at: string } | null;
  readonly closedAt: string | null;
  /** 行政复议 and 行政诉讼 against the decision (coercion/context.ts). */
  readonly challenges?: readonly Challenge[];
  /** 暂缓 or 分期 payment approved on the party's application (APL 66). */
  readonly paymentPlan?: PaymentPlan;
  /** 催告书 served: for the fine (行政强制法 54) or the demolition order (35). */
  readonly urgings?: readonly Urging[];
  /** 申请人民法院强制执行 (行政强制法 53, 54). */
  readonly courtApplication?: CourtApplication;
  /** 强制拆除 or 代履行 of the order (行政强制法 35–38, 44). */
  readonly demolition?: Demolition;
  /** 查封、扣押 (行政强制法 18–28). */
  readonly seizures?: readonly Seizure[];
  /** 移送司法机关 (国务院令第310号). */
  readonly transfer?: Transfer;
}
