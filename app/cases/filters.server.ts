/** The case-list filters for loaders: a server module, so the list page ships no validation library. */
export { CaseFiltersSchema, parseCaseFilters } from "./filters";
