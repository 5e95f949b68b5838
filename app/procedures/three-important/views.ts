/** What the browser draws for “三重一大”事项: the case's facts. */
import { defineViews } from "../types";
import { ThreeImportantFacts } from "./facts";

export const threeImportantViews = defineViews({ id: "three-important", Facts: ThreeImportantFacts });
