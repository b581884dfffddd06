import "server-only";
import { env } from "../../env";

/** A cashier provider could not be reached, answered too slowly, or answered something unusable. */
export class ProviderError extends Error {
  constructor(
    readonly rail: string,
    readonly reason: string,
    /** False when no answer came (unreachable, timeout): whatever was asked may or may not have happened. */
    readonly answered = true,
  ) {
    // The message names the rail and what failed, never a URL (EPay's query carries its key) or a body.
    super(`${rail}: ${reason}`);
    this.name = "ProviderError";
  }
}

export type ProviderResponse = { status: number; headers: Headers; text: string };

const MAX_RESPONSE_BYTES = 256 * 1024;

/**
 * One HTTP call to a provider, bounded by CASHIER_TIMEOUT_MS (connect and body together).
 * Network failures and timeouts become a ProviderError; the caller judges the status.
 */
export async function providerFetch(rail: string, url: string, init: RequestInit = {}): Promise<ProviderResponse> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(env.CASHIER_TIMEOUT_MS) });
    const text = await response.text();
    if (Buffer.byteLength(text) > MAX_RESPONSE_BYTES) throw new ProviderError(rail, "answer too large");
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    const name = (error as { name?: string }).name;
    throw new ProviderError(
      rail,
      name === "TimeoutError" || name === "AbortError" ? `no answer within ${env.CASHIER_TIMEOUT_MS} ms` : "unreachable",
      false,
    );
  }
}

export function parseJson(rail: string, text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new ProviderError(rail, "answer is not a JSON object");
}
