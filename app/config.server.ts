/** Configuration by environment (README: Configuration). */
import { join, resolve } from "node:path";

export const config = {
  port: Number(process.env.PORT ?? 3000),
  /** The address to listen on: this machine only unless HOST is set (the demo publishes its password). */
  host: process.env.HOST ?? "127.0.0.1",
  dataDir: resolve(process.env.DATA_DIR ?? "./data"),
  get databaseFile() {
    return join(this.dataDir, "sifasuo.sqlite");
  },
  get filesDir() {
    return join(this.dataDir, "files");
  },
  production: process.env.NODE_ENV === "production",
  get uploadsDir() {
    return join(this.dataDir, "uploads");
  },
  /** Largest accepted upload: enough for an enforcement video; uploads stream to disk, never to memory. */
  maxUploadBytes: Number(process.env.MAX_UPLOAD_MB ?? 500) * 1024 * 1024,
};
