/**
 * Server rendering with React's web-stream renderer (react-dom/server.browser), not the Node one:
 * React 18.3's renderToPipeableStream flushes its whole 2 KB buffer when a multi-byte character
 * does not fit at the end, so pages carried NUL bytes where Chinese text met a buffer boundary, and
 * a form saved without JavaScript stored them as U+FFFD (docs/decisions/0010). The web renderer
 * encodes each chunk whole and has no such buffer bug.
 */
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { randomBytes } from "node:crypto";
import { renderToReadableStream } from "react-dom/server.browser";
import { contentSecurityPolicy, pageCacheControl } from "./security/headers";
import { NonceContext } from "./security/nonce";

const ABORT_DELAY_MS = 10_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const nonce = randomBytes(16).toString("base64");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ABORT_DELAY_MS);
  let status = responseStatusCode;
  const body = await renderToReadableStream(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY_MS} nonce={nonce} />
    </NonceContext.Provider>,
    {
      nonce,
      signal: controller.signal,
      onError(error: unknown) {
        status = 500;
        if (!controller.signal.aborted) console.error(error);
      },
    },
  );
  // Crawlers and the no-JavaScript path get the whole document at once.
  if (isbot(request.headers.get("user-agent") ?? "")) await body.allReady;
  body.allReady.finally(() => clearTimeout(timer));
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", pageCacheControl(new URL(request.url).pathname));
  return new Response(body, { headers: responseHeaders, status });
}

/** Route data (single fetch) carries the same personal data as the page it belongs to. */
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", pageCacheControl(new URL(request.url).pathname));
  return response;
};

/**
 * Remix logs every error a loader or action throws. A thrown 4xx Response (not found, forbidden) or
 * an undecodable URL is an ordinary answer, not a fault, and an aborted request is the client
 * leaving: none of them is logged.
 */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // A malformed percent sequence in the URL is the client's mistake, answered 400.
  if (error instanceof URIError) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof Response && error.status < 500) return;
  console.error(error);
}
