import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "../../db/connection";

const run = promisify(execFile);

describe("document numbers under concurrent processes", () => {
  it("four processes allocating at once get every number exactly once, with no gaps", async () => {
    const file = join(process.env.DATA_DIR!, "numbers.sqlite");
    openDatabase(file).$client.close(); // migrate once before the race
    const script = join(__dirname, "fixtures", "allocate-numbers.ts");
    const outputs = await Promise.all(
      [1, 2, 3, 4].map(() => run(process.execPath, ["--import", "tsx", script, file, "40"], { cwd: join(__dirname, "../..") })),
    );
    const all = outputs.flatMap((o) => JSON.parse(o.stdout) as number[]).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
  });
});
