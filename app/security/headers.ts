/**
 * Response headers every rendered page carries (docs/decisions/0010-integrity-and-privacy.md).
 * Scripts run only from this site or with this response's nonce; styles may be inline attributes
 * (React `style`), images and media may also come from blob: and data: (photo previews, mammoth's
 * inline images in document previews). Pages other than the public portal may show personal data,
 * so nothing caches them.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The public portal holds only published, redacted text; every other page may hold personal data. */
export const isPublicPath = (pathname: string) => pathname === "/gongshi" || pathname.startsWith("/gongshi/") || pathname.startsWith("/gongshi.");

export function pageCacheControl(pathname: string): string {
  return isPublicPath(pathname) ? "public, max-age=60" : "private, no-store";
}
