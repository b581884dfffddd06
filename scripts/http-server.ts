// The production HTTP server: Next's request handler behind a plain node:http server that
// appends the socket's address to X-Forwarded-For. `next start` keeps a client-sent header
// as it is, which would let a client choose its own address and slip past per-IP limits.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http
  .createServer((req, res) => {
    const socketAddress = req.socket.remoteAddress ?? "unknown";
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${socketAddress}` : socketAddress;
    void handle(req, res);
  })
  .listen(port, hostname, () => console.log(`[stockline] listening on http://localhost:${port}`));

// Stop taking connections, let requests in flight finish, then exit (at most 5 s).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
