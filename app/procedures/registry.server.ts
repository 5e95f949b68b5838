/** The procedure registry for loaders and actions: a server module, so list pages' client bundles stay without it. */
export { PROCEDURES, getProcedure, procedureModule, procedureModules } from "./index";
