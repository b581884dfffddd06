// The shared part of the fake cashier servers: a node:http server on 127.0.0.1 that each
// fake routes, and failure modes the tests switch on (down: the connection is cut; slow:
// the answer comes after the adapter's timeout).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type FakeMode = "ok" | "down" | "slow";
export type FakeRequest = { method: string; url: URL; headers: IncomingMessage["headers"]; body: string };
export type FakeAnswer = { status?: number; body: string; headers?: Record<string, string> };

export type FakeServer = {
  baseUrl: string;
  mode: FakeMode;
  /** How many requests reached the fake (whatever the mode). */
  requests: number;
  slowMs: number;
  close: () => Promise<void>;
};

export async function startFakeHttp(handle: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>): Promise<FakeServer> {
  const sockets = new Set<import("node:net").Socket>();
  const state: FakeServer = { baseUrl: "", mode: "ok", requests: 0, slowMs: 5_000, close: async () => undefined };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    state.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (state.mode === "down") return req.socket.destroy();
    if (state.mode === "slow") await new Promise((resolve) => setTimeout(resolve, state.slowMs));
    try {
      const answer = await handle({
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", state.baseUrl),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      res.writeHead(answer.status ?? 200, { "content-type": "application/json; charset=utf-8", ...answer.headers });
      res.end(answer.body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake server has no port");
  state.baseUrl = `http://127.0.0.1:${address.port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}

/** Sends a notify the way a provider does and answers what the shop replied. */
export async function deliverNotify(url: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, text: await response.text() };
}
