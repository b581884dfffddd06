// An operator's webhook endpoint on 127.0.0.1 that checks what it is sent the way a careful
// receiver does: the signature is verified with the Standard Webhooks reference library
// (`standardwebhooks`, not our own signing code), against the secrets it knows; a bad
// signature, a stale timestamp or a missing header gets 401. It can fail on purpose (500s for
// a while, or a redirect) and counts every message by its webhook-id.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { Webhook } from "standardwebhooks";
import { HeldAnswers } from "./held-answers";

export type ReceivedEvent = {
  id: string;
  type: string;
  data: Record<string, any>;
  timestamp: string;
  signature: string;
  body: string;
  headers: Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string>;
};

export class FakeWebhookReceiver {
  /** Messages that verified and were answered 2xx, in arrival order. */
  readonly accepted: ReceivedEvent[] = [];
  /** Every request that reached the server, whatever was answered. */
  requests = 0;
  rejected = 0;
  private failures = 0;
  private failing = false;
  private redirectTo: string | null = null;
  private readonly held = new HeldAnswers();
  private unanswered = 0;
  private server: Server | undefined;

  /** `secrets`: what the operator configured on this side; any one of them may verify a message. */
  constructor(public secrets: string[] = []) {}

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address !== "object") throw new Error("receiver is not listening");
    return `http://127.0.0.1:${address.port}/hooks`;
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(async ({ status, headers, accept }) => {
        if (accept && this.held.on) {
          this.unanswered++;
          await new Promise<void>((release) => {
            res.once("close", release);
            this.held.hold(release);
          });
          this.unanswered--;
          // The sender hung up (it died): it never learns the answer, so the message does not count.
          if (res.destroyed || req.socket.destroyed) return;
        }
        accept?.();
        res.writeHead(status, headers);
        res.end(status < 300 ? "ok" : "no");
      });
    });
    return new Promise((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `count` valid messages get a 500. */
  failNext(count: number): void {
    this.failures = count;
  }

  /** Every valid message gets a 503 until turned off. */
  setFailing(on: boolean): void {
    this.failing = on;
  }

  /** Answer every message with a 302 to `location` (null: stop). */
  redirect(location: string | null): void {
    this.redirectTo = location;
  }

  /** Hold the answer to every valid message until releaseHeld(); a sender gone meanwhile never gets one. */
  holdAnswers(on: boolean): void {
    this.held.on = on;
  }

  waitUntilHolding(timeoutMs?: number): Promise<void> {
    return this.held.waitUntilHolding(timeoutMs);
  }

  /** Held messages neither released nor hung up on: 0 once a dead sender's connections are seen closed. */
  get heldOpen(): number {
    return this.unanswered;
  }

  releaseHeld(): void {
    this.held.releaseAll();
  }

  count(id: string): number {
    return this.accepted.filter((event) => event.id === id).length;
  }

  async waitFor(match: (event: ReceivedEvent) => boolean, count = 1, timeoutMs = 30_000): Promise<ReceivedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.accepted.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} event(s), got ${found.length} (of ${this.accepted.length}; ${this.rejected} rejected)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; headers?: Record<string, string>; accept?: () => void }> {
    this.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const headers = {
      "webhook-id": String(req.headers["webhook-id"] ?? ""),
      "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
      "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
    };
    const verified =
      req.method === "POST" &&
      req.headers["content-type"] === "application/json" &&
      this.secrets.some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
    if (!verified) {
      this.rejected++;
      return { status: 401 };
    }
    if (this.redirectTo) return { status: 302, headers: { location: this.redirectTo } };
    if (this.failing) return { status: 503 };
    if (this.failures > 0) {
      this.failures--;
      return { status: 500 };
    }
    const parsed = JSON.parse(body) as { type: string; timestamp: string; data: Record<string, any> };
    const event = {
      id: headers["webhook-id"],
      type: parsed.type,
      data: parsed.data,
      timestamp: parsed.timestamp,
      signature: headers["webhook-signature"],
      body,
      headers,
    };
    return { status: 200, accept: () => void this.accepted.push(event) };
  }
}
