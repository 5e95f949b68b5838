/** Open data: every published catalogue item of every street, with its decision once published, as JSON. */
import { db } from "~/db.server";
import { decisionOpenData } from "~/procedures/major-decision/open-data.server";

export async function loader() {
  return new Response(JSON.stringify({ generatedAt: new Date().toISOString(), items: decisionOpenData(db()) }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
