// Plain fetch for the chain and price providers: a timeout on every call, and errors that
// say whether the provider asked us to slow down (429 + Retry-After).

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    /** Seconds the provider asked us to wait (429 Retry-After), when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

type Options = { method?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number };

/** GETs or POSTs JSON and answers the parsed body; anything but a 2xx JSON answer throws a ProviderError. */
export async function fetchJson(url: string, options: Options = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: {
        accept: "application/json",
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new ProviderError(`${new URL(url).host}: ${(error as Error).message}`);
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new ProviderError(
      `${new URL(url).host} answered ${response.status}${text ? `: ${text.slice(0, 120)}` : ""}`,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(`${new URL(url).host} answered something that is not JSON`, response.status);
  }
}
