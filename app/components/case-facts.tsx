/** The case data, shown by the view its procedure registered (app/procedures/views.ts). */
import { procedureViews } from "~/procedures/views";

export function CaseFacts({ procedure, data, files = [] }: { procedure: string; data: unknown; files?: readonly { id: number; sha256: string }[] }) {
  const Facts = procedureViews(procedure)?.Facts;
  return Facts ? <Facts c={data} files={files} /> : <pre className="mono">{JSON.stringify(data, null, 2)}</pre>;
}
