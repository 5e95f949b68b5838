/** What the browser draws for 行政执法: the case's facts and the report's figures. */
import { defineViews } from "../types";
import { EnforcementFacts } from "./facts";
import { EnforcementFiguresView } from "./figures";

export const enforcementViews = defineViews({
  id: "enforcement",
  Facts: EnforcementFacts,
  Report: ({ figures, from, to }) => (
    <>
      <p>{from} 至 {to}</p>
      <EnforcementFiguresView f={figures} internal />
    </>
  ),
});
