// What the HTTP server in front of Next refuses or adds (scripts/http-server.ts): no request
// may get a 500 for being malformed, every /api answer is the contract's JSON, and every
// answer carries the security headers.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createOrder, randomIp } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { serverActionId } from "../support/server-actions";
import { postEndlessBody } from "../support/endless-body";
import { startServer, type RunningServer } from "../support/server";

type Answer = { status: number; type: string; text: string; json: Record<string, any> | null; headers: Headers };

async function send(path: string, init: RequestInit & { ip?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  headers.set("x-forwarded-for", init.ip ?? randomIp());
  const response = await fetch(`${inject("baseUrl")}${path}`, { redirect: "manual", ...init, headers });
  const text = await response.text();
  let json: Record<string, any> | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    // checked by the tests that expect JSON
  }
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, json, headers: response.headers };
}

function expectApiError(answer: Answer, status: number) {
  expect(answer.json, `not JSON: ${answer.text.slice(0, 200)}`).not.toBeNull();
  expect(answer.status).toBe(status);
  expect(answer.type).toContain("application/json");
  expect(answer.json).toMatchObject({ success: false, error: expect.any(String), code: expect.any(String) });
}

describe("paths with invalid percent-encoding", () => {
  it("answer 400 in the contract's shape, before the admin guard", async () => {
    for (const path of ["/api/products/%ff", "/api/admin/orders/%ff/confirm", "/api/orders/%E0%A4%A/status"]) {
      const answer = await send(path, { method: path.includes("admin") ? "POST" : "GET" });
      expectApiError(answer, 400);
      expect(answer.json!.error).toMatch(/percent-encoding/);
    }
  });
  it("answer a page path with a plain 400", async () => {
    const answer = await send("/zh/products/%ff");
    expect(answer.status).toBe(400);
  });
});

describe("unknown /api paths and methods", () => {
  it("answer JSON 404, not the storefront's HTML page", async () => {
    for (const path of ["/api/nope", "/api/orders/nope/deeper", "/api/auth/nope"]) {
      for (const method of ["GET", "POST"]) expectApiError(await send(path, { method }), 404);
    }
    expectApiError(await send("/api/nope", { method: "DELETE" }), 404);
  });
  it("answer a method a route does not serve with JSON 405", async () => {
    expectApiError(await send("/api/orders/create"), 405);
    expectApiError(await send("/api/products", { method: "POST" }), 405);
    expectApiError(await send("/api/auth/nope", { method: "DELETE" }), 405);
  });
});

describe("one product and the status poll, answered by their static twins (lib/http/static-twins.ts)", () => {
  it("answer as the dynamic routes do: by slug or id, percent-encoded, HEAD, the query kept, other methods refused", async () => {
    const product = await makeProduct({ stock: 1 });
    for (const path of [
      `/api/products/${product.slug}`,
      `/api/products/${product.slug.replace("-", "%2D")}`,
      `/api/products/${product.id}?lang=zh`,
    ]) {
      const answer = await send(path);
      expect(answer.status, path).toBe(200);
      expect(answer.json).toMatchObject({ success: true, product: { id: product.id, slug: product.slug } });
      expect(answer.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
    }
    const head = await send(`/api/products/${product.slug}`, { method: "HEAD" });
    expect([head.status, head.text]).toEqual([200, ""]);
    expectApiError(await send(`/api/products/${product.slug}`, { method: "POST" }), 405);
    const unknown = await send("/api/products/no-such-product");
    expectApiError(unknown, 404);
    expect(unknown.json!.code).toBe("product_not_found");
  });

  it("the status poll's token arrives in the query it was sent with", async () => {
    const product = await makeProduct({ stock: 2 });
    const buyer = await makeUser({ balanceFen: 10_000n });
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: "twin@example.com", paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const { id, order_no } = created.body.order;
    const withToken = await send(`/api/orders/${order_no}/status?token=${encodeURIComponent(created.body.access_token)}`);
    expect(withToken.status).toBe(200);
    expect(withToken.json).toMatchObject({ success: true, status: "completed", order: { id } });
    // The token opened the delivered line; without it, the poll shows the status only.
    expect(withToken.text).toContain(`${product.slug}-user`);
    const withoutToken = await send(`/api/orders/${id}/status`);
    expect(withoutToken.json).toMatchObject({ success: true, status: "completed", delivered: true });
    expect(withoutToken.json!.order).toBeUndefined();
    expect(withoutToken.text).not.toContain(`${product.slug}-user`);
    const wrongToken = await send(`/api/orders/${id}/status?token=not-the-token`);
    expectApiError(wrongToken, 403);
  });

  it("the twins' own paths answer for nothing, whatever params header a client sends", async () => {
    const product = await makeProduct({ stock: 1 });
    const spoofed = await send("/api/twins/product", { headers: { "x-stockline-twin-params": `idOrSlug=${product.slug}` } });
    expectApiError(spoofed, 404);
    expect(spoofed.json!.code).toBe("product_not_found");
    // Nor can a client name other params for a twinned path.
    const other = await makeProduct({ stock: 1 });
    const answer = await send(`/api/products/${product.slug}`, { headers: { "x-stockline-twin-params": `idOrSlug=${other.slug}` } });
    expect(answer.json).toMatchObject({ product: { id: product.id } });
    expectApiError(await send("/api/twins/order-status?token=x", { headers: { "x-stockline-twin-params": "id=anything" } }), 404);
  });
});

describe("Content-Type", () => {
  it("is JSON only when the media type is application/json (parameters allowed)", async () => {
    const product = await makeProduct({ stock: 3 });
    const user = await makeUser({ balanceFen: 10_000n });
    const body = JSON.stringify({ productId: product.id, quantity: 1, contactEmail: "ct@example.com", paymentMethod: "balance_cny" });
    const headers = (type: string) => ({ "content-type": type, authorization: `Bearer ${user.token}` });
    for (const type of [
      "text/plain; charset=application/json",
      "text/plain;application/json",
      "application/jsonx",
      "application/json-patch+json",
    ]) {
      expectApiError(await send("/api/orders/create", { method: "POST", body, headers: headers(type) }), 415);
    }
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    const accepted = await send("/api/orders/create", { method: "POST", body, headers: headers("Application/JSON; charset=utf-8") });
    expect(accepted.status).toBe(200);
  });
});

describe("server actions with bad bodies", () => {
  const signIn = () => serverActionId("signInAction");

  it("answer 413 for a 2 MB body, and the server stays well", async () => {
    const answer = await send("/zh/sign-in", {
      method: "POST",
      headers: { "next-action": signIn(), "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(["$K1", "x".repeat(2 * 1024 * 1024)]),
    });
    expect(answer.status).toBe(413);
    expect((await send("/api/health")).status).toBe(200);
  });

  it("answer 400 for action state that does not decode", async () => {
    const text = await send("/zh/sign-in", {
      method: "POST",
      headers: { "next-action": signIn(), "content-type": "text/plain;charset=UTF-8" },
      body: '["$K1",{',
    });
    expect(text.status).toBe(400);
    const form = new FormData();
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", JSON.stringify({ id: signIn(), bound: "$@1" }));
    form.append("$ACTION_1:1", "[{");
    form.append("email", "a@example.com");
    expect((await send("/zh/sign-in", { method: "POST", body: form })).status).toBe(400);
  });

  it("answer an action called with arguments of the wrong shape without a server error", async () => {
    // Valid JSON, but a number where the form should be: the action sees no fields.
    const answer = await send("/zh/sign-in", {
      method: "POST",
      headers: { "next-action": signIn(), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify([5, 5]),
    });
    expect(answer.status).toBe(200);
    const order = await send("/zh/products/demo", {
      method: "POST",
      headers: {
        "next-action": serverActionId("placeOrderAction"),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      body: JSON.stringify([null, "x"]),
    });
    expect(order.status).toBe(200);
  });
});

describe("security headers", () => {
  it("every answer carries nosniff, the referrer policy and the permissions policy; no HSTS over plain HTTP", async () => {
    for (const path of ["/zh", "/api/products", "/api/nope", "/robots.txt"]) {
      const { headers } = await send(path);
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy"), path).toContain("camera=()");
      expect(headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("pages have a nonce-based CSP that forbids framing, and Next's scripts carry that nonce", async () => {
    const first = await send("/zh");
    const second = await send("/zh");
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it("sends HSTS when the trusted proxy says the client came over HTTPS (and not when the client says so)", async () => {
    const viaTls = await send("/zh", { headers: { "x-forwarded-proto": "https" } });
    expect(viaTls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(viaTls.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    // The client wrote "https"; the trusted proxy appended "http".
    const spoofed = await send("/zh", { headers: { "x-forwarded-proto": "https, http" } });
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
  });

  it("API answers that can carry items or tokens are never stored by a cache", async () => {
    const user = await makeUser();
    const login = await send("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(login.status).toBe(200);
    // A paid order: its creation, status and lookup answers carry the delivered items and the access token.
    const product = await makeProduct({ stock: 1, priceFen: 100n });
    const buyer = await makeUser({ balanceFen: 1_000n });
    const created = await send("/api/orders/create", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${buyer.token}` },
      body: JSON.stringify({ productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" }),
    });
    expect(created.status).toBe(200);
    expect(created.json!.accounts).toHaveLength(1);
    const { id, order_no: orderNo } = created.json!.order;
    const status = await send(`/api/orders/${id}/status?token=${created.json!.access_token}`);
    expect(status.json!.accounts).toHaveLength(1);
    const lookup = await send(`/api/orders/query?order_no=${orderNo}&email=${encodeURIComponent(buyer.email)}`);
    expect(lookup.json!.accounts).toHaveLength(1);
    for (const answer of [
      login,
      created,
      status,
      lookup,
      await send("/api/orders/query?order_no=GS2601011234ABCD&email=a%40example.com"),
      await send("/api/orders/nope/status"),
    ]) {
      expect(answer.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
    }
  });
});

describe("CSP reports", () => {
  it("are logged, and refused when not a report", async () => {
    const report = {
      "csp-report": { "document-uri": "http://shop/zh", "effective-directive": "script-src-elem", "blocked-uri": "inline" },
    };
    const sent = await send("/api/csp-report", {
      method: "POST",
      headers: { "content-type": "application/csp-report" },
      body: JSON.stringify(report),
    });
    expect(sent.status).toBe(204);
    expectApiError(await send("/api/csp-report", { method: "POST", body: new Blob(["x".repeat(20_000)]) }), 413);
  });
});

describe("slow request bodies", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ REQUEST_TIMEOUT_SECONDS: "2" });
  });
  afterAll(() => server.stop());

  it("are cut off after REQUEST_TIMEOUT_SECONDS", async () => {
    const url = new URL("/api/orders/create", server.baseUrl);
    const started = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"productId":`,
        );
      });
      const drip = setInterval(() => socket.write(" "), 250);
      let received = "";
      socket.on("data", (chunk) => (received += chunk));
      socket.on("close", () => {
        clearInterval(drip);
        resolve(received.split("\r\n")[0] ?? "");
      });
      socket.on("error", () => undefined);
      setTimeout(() => socket.destroy(), 15_000);
    });
    const seconds = (Date.now() - started) / 1000;
    expect(outcome).toBe("HTTP/1.1 408 Request Timeout");
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(6);
    // Still serving.
    await new Promise<void>((resolve, reject) =>
      httpRequest(new URL("/api/health", server.baseUrl), (res) =>
        res.statusCode === 200 ? resolve() : reject(new Error(String(res.statusCode))),
      ).end(),
    );
  });

  // Clients close idle connections first (scripts/http-server.ts): the server says it keeps
  // them 65 s, and a connection idle past the request timeout still takes the next request.
  it("keep an idle kept-alive connection open past the request timeout", async () => {
    const url = new URL("/api/health", server.baseUrl);
    const socket = connect(Number(url.port), url.hostname);
    socket.on("error", () => undefined);
    let received = "";
    socket.on("data", (chunk) => (received += chunk));
    const ask = `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`;
    const answers = async (count: number) => {
      const deadline = Date.now() + 10_000;
      while (received.split("HTTP/1.1 200 OK").length - 1 < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    socket.write(ask);
    await answers(1);
    expect(received).toMatch(/\r\nKeep-Alive: timeout=65\r\n/i);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(socket.destroyed).toBe(false);
    socket.write(ask);
    await answers(2);
    socket.destroy();
    expect(received.split("HTTP/1.1 200 OK").length - 1).toBe(2);
  });
});

describe("request bodies over the limit", () => {
  // Answered before the client has sent it all: the server reads and drops the rest, so the
  // client gets its 413 rather than a reset connection, and the kept-alive connection then
  // serves its next request instead of waiting for the request timeout.
  it("get their 413 every time, and the connection goes on serving", async () => {
    const body = JSON.stringify({ contactEmail: "x".repeat(2 * 1024 * 1024) });
    const statuses: (number | string)[] = [];
    for (let i = 0; i < 60; i++) {
      statuses.push(
        await send("/api/orders/create", { method: "POST", headers: { "content-type": "application/json" }, body }).then(
          (answer) => answer.status,
          (error: Error) => `${error.message} (${String((error.cause as Error | undefined)?.message)})`,
        ),
      );
    }
    expect(statuses).toEqual(Array(60).fill(413));
    expect((await send("/api/health")).status).toBe(200);
  });
});

describe("request bodies without a length", () => {
  // A chunked body is read only up to the endpoint's limit: the answer comes as soon as the
  // limit is passed, not when the client finally stops sending (or at the request timeout).
  it("are refused with 413 once over the limit, while the client is still sending", async () => {
    // (A cashier's notify is read the same way: tests/api/cashier-epay.test.ts, where a rail is configured.)
    for (const [path, type] of <const>[
      ["/api/orders/create", "application/json"],
      ["/api/csp-report", "application/csp-report"],
    ]) {
      const answer = await postEndlessBody(new URL(path, inject("baseUrl")), type);
      expect(answer.split("\r\n")[0], path).toBe("HTTP/1.1 413 Payload Too Large");
    }
  });
});
