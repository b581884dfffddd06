// The published docs' examples (curl, Python requests, Node fetch) run unchanged against
// the demo shop, with only the base URL swapped. The text is the one the API docs page shows
// (lib/api/published-examples.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { api } from "../support/api";
import { db } from "../support/fixtures";
import { seedDemo } from "@/lib/demo/seed-demo";
import { expireOrder } from "@/lib/orders/expire-orders";
import { hashClientIp } from "@/lib/orders/unpaid-order-limits";
import { SAMPLE_PRODUCT_ID } from "@/lib/demo/demo-catalogue";
import { curlExamples, nodeExample, pythonExample, withApiBase } from "@/lib/api/published-examples";

const swap = (snippet: string) => withApiBase(snippet, `${inject("baseUrl")}/api`);

const hasPythonRequests = spawnSync("/usr/bin/python3", ["-c", "import requests"]).status === 0;

beforeAll(async () => {
  if (!(await db.product.findUnique({ where: { id: SAMPLE_PRODUCT_ID } }))) await seedDemo();
  // The demo shop lists its sample product first; other files' products (an operator's new
  // product also sorts at 0) share this database, so it is put back in front of them.
  await db.product.update({ where: { id: SAMPLE_PRODUCT_ID }, data: { sortOrder: -1 } });
  // The server caches the payment configuration for 5 s.
  for (let i = 0; i < 40; i++) {
    const { body } = await api("/api/payment-config");
    if (body.methods.crypto.coins.some((c: { coin: string }) => c.coin === "trc20_usdt")) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("trc20_usdt never became available");
});

// The snippets order as buyer@example.com from this machine's address, as a first-time client
// of a fresh demo shop would; the unpaid orders other files (and earlier snippets) left under
// that email or address are expired first, so the open-order limit (5) counts only this one.
beforeEach(async () => {
  const local = ["127.0.0.1", "::ffff:127.0.0.1", "::1"].map(hashClientIp);
  const open = await db.order.findMany({
    where: { status: "pending", OR: [{ contactEmail: "buyer@example.com" }, { clientIpHash: { in: local } }] },
    select: { id: true },
  });
  for (const order of open) await expireOrder(order.id);
});

async function expectPendingCryptoOrder(answer: Record<string, any>) {
  expect(answer.success).toBe(true);
  expect(answer.order).toMatchObject({ product_id: SAMPLE_PRODUCT_ID, quantity: 10, status: "pending", amount: 5 });
  expect(answer.payment).toMatchObject({ coin: "trc20_usdt", network: "TRON" });
  expect(answer.payment.amount).toMatch(/^\d+(\.\d+)?$/);
  // Other test files add receiving addresses of their own; a demo one is always flagged.
  const address = await db.paymentAddress.findUniqueOrThrow({
    where: { coin_address: { coin: "trc20_usdt", address: answer.payment.address } },
  });
  expect(answer.payment.demo ?? false).toBe(address.demo);
}

describe("the published examples", () => {
  it("lists the documented sample product first, min quantity 5, price 0.5", async () => {
    const { body } = await api("/api/products");
    expect(body.products[0]).toMatchObject({ id: SAMPLE_PRODUCT_ID, min_quantity: 5, price: 0.5 });
    expect(body.products[0].stock).toBeGreaterThanOrEqual(10);
  });

  it("Node fetch snippet", async () => {
    // The snippet prints objects with console.log; a preamble makes it print JSON to read back.
    const preamble = "const print = console.log; console.log = (value) => print(JSON.stringify(value));\n";
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", preamble + swap(nodeExample)], { encoding: "utf8" });
    const [listed, created] = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(listed.products[0].id).toBe(SAMPLE_PRODUCT_ID);
    await expectPendingCryptoOrder(created);
  });

  it("curl snippet listing the products", async () => {
    const out = execFileSync("bash", ["-c", swap(curlExamples.listProducts)], { encoding: "utf8" });
    expect(JSON.parse(out).products[0].id).toBe(SAMPLE_PRODUCT_ID);
  });

  it("curl snippet", async () => {
    const out = execFileSync("bash", ["-c", swap(curlExamples.createCryptoOrder)], { encoding: "utf8" });
    await expectPendingCryptoOrder(JSON.parse(out));
  });

  // CI installs python3-requests; elsewhere the test runs when the module is present.
  it.runIf(hasPythonRequests || process.env.CI)("Python requests snippet", async () => {
    const script = `${swap(pythonExample)}\nimport json\nprint(json.dumps(order.json()))`;
    const out = execFileSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" }).trim().split("\n");
    await expectPendingCryptoOrder(JSON.parse(out.at(-1)!));
  });
});
