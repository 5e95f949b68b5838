import { openApiDocument } from "~/api/openapi";

/** GET /api/v1/openapi.json — public, like any API description. */
export const loader = () => Response.json(openApiDocument());
