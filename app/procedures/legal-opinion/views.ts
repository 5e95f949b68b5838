/** What the browser draws for 法律意见书: the case's facts. */
import { defineViews } from "../types";
import { LegalOpinionFacts } from "./facts";

export const legalOpinionViews = defineViews({ id: "legal-opinion", Facts: LegalOpinionFacts });
