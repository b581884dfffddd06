// HTTP helpers for the API tests. Each call comes from its own client address unless a
// test names one (the server trusts one proxy hop in tests: TRUST_PROXY_HOPS=1).
import { randomInt } from "node:crypto";
import { inject } from "vitest";

export type ApiResponse<T = Record<string, any>> = { status: number; body: T; headers: Headers };

export function randomIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export async function api<T = Record<string, any>>(
  path: string,
  init: {
    method?: string;
    json?: unknown;
    body?: string;
    token?: string;
    ip?: string;
    headers?: Record<string, string>;
    base?: string;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { "x-forwarded-for": init.ip ?? randomIp(), ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers["content-type"] ??= "application/json";
  }
  // `base`: another server instance than the suite's own (one started with other settings).
  const response = await fetch(`${init.base ?? inject("baseUrl")}${path}`, {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export const createOrder = (
  json: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string>; base?: string } = {},
) => api("/api/orders/create", { json, ...options });
