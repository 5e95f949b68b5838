/** Case data of a people's mediation (人民调解) under the Fengqiao experience. RULES.md §4. */
export const SOURCES = {
  application: "当事人申请",
  initiative: "居委会主动调解",
  court: "法院诉前委派",
  police: "公安警调对接",
  hotline: "12345/信访转办",
  grid: "网格上报",
} as const;

/** The national default list; each street can configure its own (setting mediation.disputeTypes). */
export const DISPUTE_TYPES = {
  neighbour: "邻里纠纷",
  family: "婚姻家庭纠纷",
  property_mgmt: "物业纠纷",
  housing: "房屋/加装电梯纠纷",
  labour: "劳动/欠薪纠纷",
  consumer: "消费纠纷",
  traffic: "交通事故纠纷",
  medical: "医疗纠纷",
  other: "其他纠纷",
} as const;

export interface DisputeType {
  readonly key: string;
  readonly label: string;
}

export const DEFAULT_DISPUTE_TYPES: readonly DisputeType[] = Object.entries(DISPUTE_TYPES).map(([key, label]) => ({ key, label }));

/** The configured list from its setting text (JSON), falling back to the national default. */
export function parseDisputeTypes(setting: string | undefined): readonly DisputeType[] {
  try {
    const list = JSON.parse(setting ?? "") as DisputeType[];
    return Array.isArray(list) && list.length && list.every((t) => typeof t.key === "string" && typeof t.label === "string") ? list : DEFAULT_DISPUTE_TYPES;
  } catch {
    return DEFAULT_DISPUTE_TYPES;
  }
}

/** 彭浦码-style colour grading of the risk that a dispute escalates. */
export const RISK_GRADES = { green: "绿色", yellow: "黄色", orange: "橙色", red: "红色" } as const;
export type RiskGrade = keyof typeof RISK_GRADES;

export const RISK_FACTORS = {
  violence: "有暴力倾向或扬言报复（民转刑风险）",
  group: "群体性纠纷（涉及5人以上）",
  petitions: "反复信访或扬言越级上访",
  vulnerable: "涉及老年人、未成年人、残疾人等弱势群体",
  large_amount: "争议金额较大（10万元以上）",
} as const;
export type RiskFactor = keyof typeof RISK_FACTORS;

export const LEVELS = { committee: "居委会人民调解委员会", street: "街道人民调解委员会/矛调中心", district: "区联调委/区矛调中心" } as const;
export type Level = keyof typeof LEVELS;

export const CO_MEDIATOR_ROLES = { lawyer: "律师", psychologist: "心理咨询师", police: "社区民警", grid: "网格员", expert: "行业专家", other: "其他" } as const;

export const PERFORMANCE = { full: "已全部履行", partial: "部分履行", none: "未履行" } as const;
/** How a follow-up visit was made. */
export const FOLLOW_UP_METHODS = { visit: "上门走访", meeting: "约见面谈", phone: "电话回访", video: "视频回访" } as const;

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

export interface Party {
  readonly index: number;
  readonly side: "applicant" | "respondent";
  readonly kind: "person" | "organisation";
  readonly name: string;
  readonly gender: string;
  readonly ethnicity: string;
  readonly birthDate: string;
  readonly occupation: string;
  readonly phone: string;
  readonly address: string;
  readonly idNumber: string;
  readonly creditCode: string;
  readonly legalRepresentative: string;
  readonly agentName: string;
  readonly agentAuthority: string;
  readonly consent: "pending" | "given" | "refused";
  readonly consentNote: string;
}

export interface Session {
  readonly index: number;
  readonly kind: "investigation" | "mediation";
  readonly date: string;
  /** "HH:mm"; absent on sessions recorded before the record stated its times. */
  readonly start?: string;
  readonly end?: string;
  readonly place: string;
  /** Whom an investigation asked, with their identity. */
  readonly subject?: string;
  readonly participants: string;
  readonly content: string;
  readonly recordedBy: PersonRef;
}

export interface Agreement {
  readonly kind: "written" | "oral";
  readonly date: string;
  readonly facts: string; // 主要事实、争议事项及各方责任
  readonly terms: string; // 协议内容
  readonly performance: string; // 履行方式、地点、期限
  /** A written agreement takes effect when signed (PML 29); an oral one when reached (PML 30). */
  readonly effectiveOn: string | null; // YYYY-MM-DD
  /** Last day to apply for 司法确认, counted by the server on the holiday calendar when it takes effect. */
  readonly confirmationDue: string | null;
  readonly signedCopySha256: string | null;
}

export interface MediationContext {
  readonly streetId: number;
  readonly officeId: number;
  readonly level: Level;
  readonly moves: readonly { from: string; to: string; direction: "up" | "down"; reason: string; at: string; by: PersonRef }[];
  readonly source: keyof typeof SOURCES;
  readonly disputeType: string;
  /** The type's name when the case was accepted: renaming or removing a type leaves old cases as they were. */
  readonly disputeTypeLabel: string;
  readonly summary: string;
  readonly claims: string;
  readonly acceptedAt: string;
  readonly acceptedBy: PersonRef;
  readonly parties: readonly Party[];
  readonly risk: { readonly grade: RiskGrade; readonly factors: readonly RiskFactor[]; readonly reason: string; readonly at: string } | null;
  readonly riskHistory: readonly { grade: RiskGrade; reason: string; at: string; by: PersonRef }[];
  /** measures: the preventive measures taken (PML 25); absent on reports recorded before it was asked. */
  readonly policeNotified: { readonly at: string; readonly station: string; readonly note: string; readonly measures?: string } | null;
  readonly mediators: readonly (PersonRef & { readonly assignedAt?: string })[];
  readonly chosenByParties: boolean;
  /** partiesConsent: the parties agreed to their joining (PML 20); absent on those added before it was asked. */
  readonly coMediators: readonly { name: string; role: keyof typeof CO_MEDIATOR_ROLES; note: string; partiesConsent?: boolean }[];
  readonly sessions: readonly Session[];
  readonly extension: { readonly days: number; readonly reason: string; readonly at: string } | null;
  readonly agreement: Agreement | null;
  /** ground: the article's case (endings.ts); absent on endings recorded before it was asked. */
  readonly ending: { readonly kind: "declined" | "terminated" | "withdrawn"; readonly ground?: string; readonly reason: string; readonly at: string } | null;
  /** A court's or the police's referral (PML 18) and the 回复函 that answered it; absent when not referred. */
  readonly referral?: { readonly body: string; readonly number: string; readonly due: string };
  readonly referralReply?: { readonly date: string; readonly content: string; readonly by: PersonRef; readonly at: string };
  /** applicants: the parties who applied jointly (absent on applications recorded before it was asked). */
  readonly confirmation: { readonly appliedAt: string; readonly court: string; readonly applicants?: readonly string[]; readonly ruling: "valid" | "rejected" | null; readonly rulingDate: string | null } | null;
  readonly followUpDays: number;
  /** method and visited are absent on visits recorded before they were asked. */
  readonly followUps: readonly { date: string; method?: keyof typeof FOLLOW_UP_METHODS; visited?: string; performance: keyof typeof PERFORMANCE; note: string; by: PersonRef }[];
  /** Agreements that were not performed and sent back to mediation, kept on file (PML 27). */
  readonly priorAgreements: readonly { agreement: Agreement; confirmation: MediationContext["confirmation"]; followUps: MediationContext["followUps"]; reason: string; at: string }[];
  /** A re-mediation starts a new one-month period from this instant. */
  readonly remediatedAt: string | null;
  /** The day the 当事人权利义务告知书 was served: when the first party's wish was recorded. */
  readonly rightsNoticeOn: string | null;
  readonly closedAt: string | null;
}

/** What an uploaded file of a dispute is: the 人民调解卷宗 binds files in this order of kinds (RULES.md §4). */
export const MEDIATION_FILE_KINDS = ["身份证明", "授权委托书", "证据材料", "签字协议书", "履行凭证", "司法确认材料", "其他"] as const;
export type FileKind = (typeof MEDIATION_FILE_KINDS)[number];
