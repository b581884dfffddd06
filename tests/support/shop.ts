// A second shop server over the test database with its own environment (a cashier rail
// pointed at a fake provider), and HTTP helpers aimed at it.
import { randomIp } from "./api";
import { startServer, type RunningServer } from "./server";

export type Shop = RunningServer & {
  call: <T = Record<string, any>>(
    path: string,
    init?: { method?: string; json?: unknown; token?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; body: T }>;
};

export async function startShop(extraEnv: (baseUrl: string) => Record<string, string>): Promise<Shop> {
  const server = await startServer((baseUrl) => ({ SITE_URL: baseUrl, CASHIER_TIMEOUT_MS: "1500", ...extraEnv(baseUrl) }));
  return Object.assign(server, {
    async call(path: string, init: { method?: string; json?: unknown; token?: string; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { "x-forwarded-for": randomIp(), ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      if (init.json !== undefined) headers["content-type"] ??= "application/json";
      const response = await fetch(server.baseUrl + path, {
        method: init.method ?? (init.json !== undefined ? "POST" : "GET"),
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
      });
      return { status: response.status, body: (await response.json()) as any };
    },
  });
}

/** Polls until `check` holds (bounded): for what the server does in the background. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits (bounded) until the server's log shows a line: it reaches this process a moment after the answer. */
export async function logShows(shop: RunningServer, expected: string | RegExp): Promise<void> {
  await eventually(
    async () => shop.log(),
    (log) => (typeof expected === "string" ? log.includes(expected) : expected.test(log)),
    10_000,
  ).catch(() => {
    throw new Error(`the server log never showed ${String(expected)}`);
  });
}
