// What the HTTP server in front of Next tells the app about the client, from the socket and
// from the proxies the operator trusts (TRUST_PROXY_HOPS). Headers a client wrote itself are
// never believed.

/**
 * X-Forwarded-For with the socket's address appended: the rightmost entry is then always
 * real, and lib/api/client-ip.ts reads TRUST_PROXY_HOPS entries further left.
 */
export function appendForwardedFor(existing: string | string[] | undefined, socketAddress: string): string {
  const previous = Array.isArray(existing) ? existing.join(", ") : existing;
  return previous ? `${previous}, ${socketAddress}` : socketAddress;
}

/**
 * "https" when the client reached the shop over TLS: said by the outermost trusted proxy (a
 * proxy that appends writes its entry after the client's), never by the client itself. With
 * no trusted proxy the app speaks plain HTTP to the client.
 */
export function trustedProto(header: string | string[] | undefined, trustedHops: number): "https" | "http" {
  if (trustedHops === 0) return "http";
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - trustedHops)] === "https" ? "https" : "http";
}
