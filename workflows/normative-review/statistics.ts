/**
 * The figures of legality reviews, as a street's annual rule-of-law report publishes them
 * ("审查规范性文件N件,审查合同N件"): reviews accepted by document type, their conclusions, the
 * problems found and how many opinions were issued within the period.
 */
import { chinaDate, type HolidayCalendar } from "../calendar/calendar";
import { CONCLUSIONS, DOCUMENT_TYPES, type Conclusion, type DocumentType, type NormativeReviewContext } from "./context";
import { normativeReviewDeadlines } from "./deadlines";

export interface TypeFigures {
  readonly type: DocumentType;
  readonly label: string;
  /** Sent for review (送审) in the period. */
  readonly submitted: number;
  /** Accepted and reviewed or under review: what the annual report counts as 审查. */
  readonly reviewed: number;
  readonly issued: number;
  readonly issuedOnTime: number;
  readonly conclusions: Readonly<Record<Conclusion, number>>;
  /** Problems found, each tied to the provision it conflicts with. */
  readonly problems: number;
}

export interface NormativeReviewFigures {
  readonly byType: readonly TypeFigures[];
  /** "审查规范性文件N件,审查合同N件". */
  readonly sentence: string;
  readonly open: number;
  readonly notAccepted: number;
}

export function normativeReviewFigures(cases: readonly { context: NormativeReviewContext }[], calendar: HolidayCalendar): NormativeReviewFigures {
  const byType = (Object.keys(DOCUMENT_TYPES) as DocumentType[]).map((type): TypeFigures => {
    const own = cases.map((x) => x.context).filter((c) => c.documentType === type);
    const reviewed = own.filter((c) => c.acceptedAt !== null);
    const issued = reviewed.filter((c) => c.issued !== null);
    const onTime = issued.filter((c) => {
      const due = normativeReviewDeadlines(c, calendar)[0]?.due;
      return !!due && chinaDate(c.issued!.at) <= due;
    });
    const conclusions = Object.fromEntries((Object.keys(CONCLUSIONS) as Conclusion[]).map((k) => [k, issued.filter((c) => c.opinion?.conclusion === k).length])) as Record<Conclusion, number>;
    return {
      type,
      label: DOCUMENT_TYPES[type],
      submitted: own.length,
      reviewed: reviewed.length,
      issued: issued.length,
      issuedOnTime: onTime.length,
      conclusions,
      problems: issued.reduce((n, c) => n + (c.opinion?.problems.length ?? 0), 0),
    };
  });
  const count = (t: DocumentType) => byType.find((f) => f.type === t)!.reviewed;
  return {
    byType,
    sentence: `审查规范性文件${count("normative")}件，审查合同${count("contract")}件`,
    open: cases.filter((x) => x.context.closedReason === null && x.context.issued === null).length,
    notAccepted: cases.filter((x) => x.context.acceptedAt === null && x.context.closedReason !== null).length,
  };
}
