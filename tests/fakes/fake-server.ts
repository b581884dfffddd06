// The part every fake provider shares: a node:http server on 127.0.0.1 (a free port), a log
// of the requests it answered, and switches that make it fail the way providers do.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type FakeRequest = { method: string; url: URL; headers: IncomingMessage["headers"]; body: string };
export type FakeAnswer = { status: number; body: unknown; headers?: Record<string, string> };
export type Handler = (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;

export class FakeServer {
  url = "";
  /** Every request answered, in order (for cost and header assertions). */
  readonly requests: FakeRequest[] = [];
  /** While set, every request gets this status (500: down; 429: slow down, with Retry-After). */
  failWith: number | null = null;
  retryAfterSeconds = 1;
  /** Milliseconds every answer waits (a slow provider: polls take long enough to be cut short). */
  delayMs = 0;
  private server: Server | undefined;

  constructor(private readonly handle: Handler) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address !== "object") throw new Error("fake server has no port");
    this.url = `http://127.0.0.1:${address.port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = {
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", this.url),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    this.requests.push(request);
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    let answer: FakeAnswer;
    if (this.failWith === 429)
      answer = { status: 429, body: { error: "Too many requests" }, headers: { "retry-after": String(this.retryAfterSeconds) } };
    else if (this.failWith !== null) answer = { status: this.failWith, body: { error: "Internal server error" } };
    else {
      try {
        answer = await this.handle(request);
      } catch (error) {
        answer = { status: 500, body: { error: (error as Error).message } };
      }
    }
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      "content-type": typeof answer.body === "string" ? "text/plain" : "application/json",
      ...answer.headers,
    });
    res.end(text);
  }
}
