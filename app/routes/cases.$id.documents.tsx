import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { generateDocument } from "~/documents/documents.server";

export const loader = ({ params }: { params: { id?: string } }) => redirect(`/cases/${Number(params.id) || ""}`);

const GenerateSchema = z.object({ template: z.string().min(1, "请选择文书").max(60) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = GenerateSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  const r = await generateDocument(db(), user, Number(params.id), parsed.data.template);
  if (r.status === 404) notFound(r.message);
  if (r.status !== 201) throw new Response(r.message, { status: r.status });
  return redirect(`/cases/${params.id}?generated=1`);
}
