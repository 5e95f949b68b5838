/** Every procedure the engine runs. Add a procedure here (README: "How to add a procedure"). */
import type { ProcedureDefinition } from "./engine/types";
import { legalOpinionProcedure } from "./legal-opinion";

export const PROCEDURES: Readonly<Record<string, ProcedureDefinition>> = {
  [legalOpinionProcedure.id]: legalOpinionProcedure,
};

export function getProcedure(id: string): ProcedureDefinition | undefined {
  return PROCEDURES[id];
}
