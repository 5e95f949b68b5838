/**
 * The Content-Security-Policy nonce of this response. entry.server.tsx makes one per request and
 * provides it; the root layout hands it to Remix's <Scripts> and <ScrollRestoration>, the only
 * inline scripts the app has. In the browser the nonce is hidden from the DOM, so it reads "".
 */
import { createContext, useContext } from "react";

export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
