/**
 * What each procedure shows on the case page, registered once by procedure id: the kernel's case
 * page looks its view up here and names no procedure itself (the procedure-modules issue moves the
 * rest of a procedure's server and React parts beside these).
 */
import type { ComponentType } from "react";
import { EnforcementFacts } from "./enforcement/facts";
import { LegalOpinionFacts } from "./legal-opinion/facts";
import { MediationFacts } from "./mediation/facts";

/** The case data as the reader may see it, and the case's files (for links from the record). */
export interface FactsProps {
  readonly c: any;
  readonly files: readonly { id: number; sha256: string }[];
}

export const FACTS_VIEWS: Readonly<Record<string, ComponentType<FactsProps>>> = {
  "legal-opinion": LegalOpinionFacts,
  mediation: MediationFacts,
  enforcement: EnforcementFacts,
};
