// The response headers that tell a browser how to treat the shop's answers. The page policy
// (CSP with a fresh nonce per request) is set in proxy.ts; everything else by the HTTP
// server in front of Next (scripts/http-server.ts), for every answer.
import { pooledRandomBytes } from "../crypto/pooled-random-bytes";

/** Sent with every answer; HSTS only when the request came over HTTPS. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The shop uses none of these; a script that got in cannot either.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    // For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** JSON answers never render: nothing may load, and nobody may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Where browsers report what the policy blocked (logged by POST /api/csp-report). */
export const CSP_REPORT_PATH = "/api/csp-report";

/**
 * The pages' policy. Scripts run only with this request's nonce (Next puts it on its own
 * scripts, read from this header); 'strict-dynamic' lets those load the page's chunks.
 * Styles allow 'unsafe-inline' because React writes style attributes, which a nonce cannot
 * cover; a style cannot run code. Development needs 'unsafe-eval' (React's dev tooling).
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
    `report-uri ${CSP_REPORT_PATH}`,
  ].join("; ");
}

/**
 * 128 random bits, base64: unguessable, and fresh for every page. From the pool of random
 * bytes: in a profile of the bench's product page (2026-12-06), Web Crypto's getRandomValues
 * (a synchronous job of its own, under Next's wrapper) took 68 µs of every page's request
 * thread for these 16 bytes.
 */
export function newNonce(): string {
  return pooledRandomBytes(16).toString("base64");
}
