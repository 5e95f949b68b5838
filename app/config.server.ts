/** Configuration by environment (README: Configuration). */
import { join, resolve } from "node:path";

export const config = {
  port: Number(process.env.PORT ?? 3000),
  dataDir: resolve(process.env.DATA_DIR ?? "./data"),
  get databaseFile() {
    return join(this.dataDir, "sifasuo.sqlite");
  },
  get filesDir() {
    return join(this.dataDir, "files");
  },
  production: process.env.NODE_ENV === "production",
  /** Largest accepted upload; enforcement video will raise this per kind. */
  maxUploadBytes: Number(process.env.MAX_UPLOAD_MB ?? 50) * 1024 * 1024,
};
