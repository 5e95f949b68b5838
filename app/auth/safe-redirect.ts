/**
 * Where to go after sign-in: only a path on this site. Browsers read "\" as "/" and drop tabs and
 * newlines, so "/\evil.example" would leave the site; such targets fall back to the 工作台.
 */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || !/^\/(?![/\\])[^\\\s\u0000-\u001f]*$/.test(to)) return fallback;
  const url = new URL(to, "http://sifasuo.invalid");
  return url.origin === "http://sifasuo.invalid" ? url.pathname + url.search + url.hash : fallback;
}
