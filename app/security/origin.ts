/**
 * Cross-origin POSTs are refused: a state-changing request whose Origin (or, without one,
 * Sec-Fetch-Site) shows it came from another site never reaches an action. Together with
 * SameSite=Lax session cookies this is the CSRF defence (docs/decisions/0003-csrf.md).
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite(method: string, host: string | undefined, headers: { origin?: string; secFetchSite?: string }): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.origin && headers.origin !== "null") {
    try {
      return new URL(headers.origin).host !== host;
    } catch {
      return true;
    }
  }
  if (headers.origin === "null") return true;
  return headers.secFetchSite === "cross-site" || headers.secFetchSite === "same-site";
}
