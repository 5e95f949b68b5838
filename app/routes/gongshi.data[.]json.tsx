/** Open data: published enforcement decisions as JSON (withdrawn ones keep only number, dates and reason). */
import { db } from "~/db.server";
import { openData } from "~/procedures/enforcement/portal.server";

export async function loader() {
  return new Response(JSON.stringify({ generatedAt: new Date().toISOString(), decisions: openData(db()) }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
