/**
 * Guards of the enforcement procedure, each with its explanation and article (RULES.md §1–2), one
 * file per stage of the procedure; ALL_GUARDS is the one table the machine and the engine share.
 */
import type { Guard } from "./common";
import { actorNotRecused, noRecusedOfficer, officersCertified, recusalKeepsTwoOfficers, recusalOfCaseOfficer, twoOfficers, withinLimitation } from "./registration";
import { actHasTwoOfficers, coerciveActsByTheirOwnSteps, actTimeNotFuture, correctionPointsAtEntry, hasInvestigationRecord, preservationApproved, preservationListsItems, preservationPending, preservationsHandled, videoWhereRequired } from "./investigation";
import { chairNotInvestigator, dateNotFuture, hearingHeldOnOrAfterSchedule, hearingNoticeSevenDays, hearingRight, hearingScheduled, notHeavierThanNotice, noticeBeforePenalty, representationsClosed, withinHearingRequestWindow } from "./hearing";
import { correctionsAfterProblems, majorReviewApproved, notYetApproved, reviewerNotInvestigator, reviewerQualified } from "./review";
import { collectiveAfterReview, collectiveByLeaders, collectiveOpinionsRecorded, collectiveWhereRequired, decisionDateValid, notExtendedYet, onSpotWithinLimits } from "./decision";
import { changeNotHeavier, decisionInForce, finePaidOrEnforced, outstandingFine, paymentAfterService, serviceAfterDecision } from "./execution";
import { answerAfterReceipt, revocationNotBesidePendingChallenge, challengeAwaitingAnswer, challengeDatesValid, challengePending, challengeableDecision, correctionNotYetRecorded, noChallengePending, outcomeAfterFiling } from "./challenges";
import { challengePeriodsOver, noChallengeRunning, noPaymentPlanYet, paymentOverdue, planCoversOutstanding, urgedTenWorkingDaysBefore, withinApplicationWindow } from "./collection";
import * as dm from "./demolition";
import * as sz from "./seizure";
import * as tr from "./transfer";
import { notPublished, publicTextRedacted, revocationAfterDecision, revocationNotRecorded, withdrawCauseRecorded, withdrawable } from "./publicity";
export * from "./common";
export * from "./registration";
export * from "./investigation";
export * from "./hearing";
export * from "./review";
export * from "./decision";
export * from "./execution";
export * from "./publicity";
export * from "./challenges";
export * from "./collection";
export * from "./demolition";
export * from "./seizure";
export * from "./transfer";

export const ALL_GUARDS: readonly Guard[] = [
  twoOfficers, officersCertified, actHasTwoOfficers, videoWhereRequired, actTimeNotFuture, correctionPointsAtEntry, preservationListsItems,
  preservationPending, preservationsHandled, hasInvestigationRecord, noticeBeforePenalty, notHeavierThanNotice, hearingRight,
  withinHearingRequestWindow, hearingNoticeSevenDays, chairNotInvestigator, hearingHeldOnOrAfterSchedule, hearingScheduled,
  representationsClosed, dateNotFuture, correctionsAfterProblems, notYetApproved, reviewerQualified, reviewerNotInvestigator,
  majorReviewApproved, collectiveWhereRequired, decisionDateValid, serviceAfterDecision, paymentAfterService, outstandingFine,
  finePaidOrEnforced, onSpotWithinLimits, notPublished, publicTextRedacted, revocationNotRecorded, withdrawable, revocationAfterDecision,
  decisionInForce, notExtendedYet, preservationApproved, withdrawCauseRecorded, recusalOfCaseOfficer, recusalKeepsTwoOfficers, noRecusedOfficer, withinLimitation, changeNotHeavier, actorNotRecused,
  collectiveByLeaders, collectiveOpinionsRecorded, collectiveAfterReview,
  challengeableDecision, noChallengePending, challengeDatesValid, challengeAwaitingAnswer, answerAfterReceipt, challengePending, outcomeAfterFiling, correctionNotYetRecorded, revocationNotBesidePendingChallenge,
  noPaymentPlanYet, planCoversOutstanding, paymentOverdue, urgedTenWorkingDaysBefore, challengePeriodsOver, noChallengeRunning, withinApplicationWindow,
  dm.orderToCarryOut, dm.orderOverdue, dm.urgedToDemolish, dm.urgeDeadlinePassed, dm.statementsNotUpheld, dm.noEnforcementDecisionYet, dm.enforcementDecided,
  dm.enforcementServed, dm.announcementDeadlinePassed, dm.demolitionAfterChallengePeriods, dm.notAtNightOrRestDay, dm.coerciveOnVideo, dm.substituteNoticeThreeDays,
  dm.complianceDateValid, dm.orderCarriedOut,
  sz.seizureApproved, sz.seizurePartyHeard, sz.seizureAwaitsApproval, sz.approvalWithin24Hours, sz.seizureOpen, sz.seizureNotExtended, sz.extensionWithinPeriod,
  sz.seizureToEnd, sz.rejectedSeizureReleased, sz.seizuresEnded, coerciveActsByTheirOwnSteps,
  tr.transferProposed, tr.transferToBeDelivered, tr.transferAwaitingReply, tr.transferDeliveredBeforeClosing, tr.publishableDecision,
];
