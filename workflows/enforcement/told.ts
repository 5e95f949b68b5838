/** What the party is told: on the spot (APL 44, 45, 52) and in a decision (APL 59, 67). */

/** What happened between the officers and the party before an on-the-spot penalty (APL 44, 45, 52). */
export interface OnSpotHearing {
  readonly certificateShown: true;
  readonly informed: true;
  /** The party's statement, blank when they made none, and the officers' answer to it. */
  readonly statement: string;
  readonly statementReview: string;
  /** The party refused to sign for the form: noted on it (APL 52). */
  readonly refusedToSign: boolean;
}

/** How the decision tells the party to pay (APL 67) and where to challenge it (复议机关, court); absent on decisions made before the street set them. */
export interface Remedies {
  readonly payment: string;
  readonly reviewOrgan: string;
  readonly court: string;
}
