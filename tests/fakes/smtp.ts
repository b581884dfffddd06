// A real SMTP server on 127.0.0.1 (the `smtp-server` package) that behaves like a strict
// mail provider: it wants AUTH with the right user and password, accepts mail only from the
// configured sender, refuses unknown mailboxes (550) and messages without the headers RFC
// 5322 requires (as Gmail does), and a message counts as delivered only when the server
// has said 250 to it. Tests can take it down and bring it back on the same port, make it
// answer 451 for a while, or hold a message's final answer to kill the sender mid-send.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { simpleParser } from "mailparser";
import { HeldAnswers } from "./held-answers";

export type ReceivedMail = {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  raw: string;
  receivedAt: Date;
};

type Options = { user?: string; pass?: string; sender: string; port?: number; mailboxDir?: string };

/** Addresses at this domain do not exist: the server refuses them for good (550). */
export const UNKNOWN_MAILBOX_DOMAIN = "no-such-mailbox.example";

export class FakeSmtp {
  readonly user: string;
  readonly pass: string;
  readonly received: ReceivedMail[] = [];
  /** Every DATA the server saw, answered or not (a crashed client's message included). */
  dataCount = 0;
  private server: SMTPServer | undefined;
  private port = 0;
  private tempFailures = 0;
  private readonly held = new HeldAnswers();

  constructor(private readonly options: Options) {
    this.user = options.user ?? "shop";
    this.pass = options.pass ?? "smtp-secret-pass";
  }

  get url(): string {
    return `smtp://${encodeURIComponent(this.user)}:${encodeURIComponent(this.pass)}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      secure: false,
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      authMethods: ["PLAIN", "LOGIN"],
      size: 1024 * 1024,
      logger: false,
      closeTimeout: 1000,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.user && auth.password === this.pass) return callback(null, { user: auth.username });
        callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
      },
      onMailFrom: (address, session, callback) => {
        if (!session.user) return callback(Object.assign(new Error("Authentication required"), { responseCode: 530 }));
        if (address.address !== this.options.sender) {
          return callback(Object.assign(new Error(`Sender ${address.address} is not allowed for this account`), { responseCode: 553 }));
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (address.address.endsWith(`@${UNKNOWN_MAILBOX_DOMAIN}`)) {
          return callback(Object.assign(new Error("No such user here"), { responseCode: 550 }));
        }
        callback();
      },
      onData: (stream, session, callback) => void this.onData(stream, session, callback),
      onClose: (session) => this.held.forget(session.id),
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    server.on("error", () => undefined);
    this.port = (server.server.address() as { port: number }).port;
    this.server = server;
  }

  /** Down: the port refuses connections until start() listens on it again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` messages get 451 (try again later). */
  failTemporarily(count: number): void {
    this.tempFailures = count;
  }

  /** Hold the final answer to every message until releaseHeld(); a dropped connection loses its message. */
  holdAnswers(on: boolean): void {
    this.held.on = on;
  }

  waitUntilHolding(timeoutMs?: number): Promise<void> {
    return this.held.waitUntilHolding(timeoutMs);
  }

  releaseHeld(): void {
    this.held.releaseAll();
  }

  /** Waits until `count` messages matching `match` were delivered (250 said). */
  async waitFor(match: (mail: ReceivedMail) => boolean, count = 1, timeoutMs = 30_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`expected ${count} mail(s), got ${found.length} (of ${this.received.length} received)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    this.dataCount++;
    const raw = Buffer.concat(chunks).toString("utf8");
    if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too big"), { responseCode: 552 }));
    if (this.tempFailures > 0) {
      this.tempFailures--;
      return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
    }
    const parsed = await simpleParser(raw);
    for (const header of ["message-id", "date", "from", "subject"]) {
      if (!parsed.headers.has(header)) {
        return callback(Object.assign(new Error(`Message is not RFC 5322 compliant: missing ${header}`), { responseCode: 550 }));
      }
    }
    const accept = () => {
      this.received.push({
        messageId: parsed.messageId ?? "",
        from: parsed.from?.value[0]?.address ?? "",
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        headers: parsed.headers,
        raw,
        receivedAt: new Date(),
      });
      if (this.options.mailboxDir) {
        mkdirSync(this.options.mailboxDir, { recursive: true });
        writeFileSync(path.join(this.options.mailboxDir, `${Date.now()}-${this.received.length}.eml`), raw);
      }
      callback();
    };
    if (!this.held.on) return accept();
    this.held.hold(accept, session.id);
  }
}
