/** The case data, shown by the view its procedure registered (app/procedures/index.ts). */
import { procedureModule } from "~/procedures";

export function CaseFacts({ procedure, data, files = [] }: { procedure: string; data: unknown; files?: readonly { id: number; sha256: string }[] }) {
  const Facts = procedureModule(procedure)?.Facts;
  return Facts ? <Facts c={data} files={files} /> : <pre className="mono">{JSON.stringify(data, null, 2)}</pre>;
}
