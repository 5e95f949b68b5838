/** What the browser draws for 重大行政决策事项目录: the case's facts. */
import { defineViews } from "../types";
import { DecisionCatalogueFacts } from "./facts";

export const decisionCatalogueViews = defineViews({ id: "decision-catalogue", Facts: DecisionCatalogueFacts });
