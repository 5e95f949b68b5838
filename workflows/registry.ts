/** Every procedure the engine runs. Add a procedure here (README: "How to add a procedure"). */
import type { ProcedureDefinition } from "./engine/types";
import { legalOpinionProcedure } from "./legal-opinion";
import { mediationProcedure } from "./mediation";
import { enforcementProcedure } from "./enforcement";

export const PROCEDURES: Readonly<Record<string, ProcedureDefinition>> = {
  [legalOpinionProcedure.id]: legalOpinionProcedure,
  [mediationProcedure.id]: mediationProcedure,
  [enforcementProcedure.id]: enforcementProcedure,
};

export function getProcedure(id: string): ProcedureDefinition | undefined {
  return PROCEDURES[id];
}
