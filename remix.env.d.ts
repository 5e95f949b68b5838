/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// React's web-stream server renderer (app/entry.server.tsx); its types are those of react-dom/server.
declare module "react-dom/server.browser" {
  export { renderToReadableStream } from "react-dom/server";
}
