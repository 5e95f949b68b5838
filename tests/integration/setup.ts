// Each test file gets its own DATA_DIR, so its SQLite file and stored files are real and private.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.DATA_DIR = mkdtempSync(join(tmpdir(), "sifasuo-it-"));
process.env.SESSION_SECRET = "integration-test-secret";
