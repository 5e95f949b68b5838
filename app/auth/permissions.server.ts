/**
 * The permission table for route loaders and actions. The same functions as ./permissions, through a
 * server module so that a route's client bundle does not carry the procedure registry it is built from.
 */
export { hasPermission, rolesWith, allPermissions, isPermission, type Permission } from "./permissions";
