// The published docs' examples (curl, Python requests, Node fetch) run unchanged against
// the demo shop, with only the base URL swapped.
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, inject, it, beforeAll } from "vitest";
import { api } from "../support/api";
import { db } from "../support/fixtures";
import { seedDemo } from "@/lib/demo/seed-demo";
import { SAMPLE_PRODUCT_ID } from "@/lib/demo/demo-catalogue";

const PUBLISHED_BASE = "https://getgmailstore.com/api";
const swap = (snippet: string) => snippet.replaceAll(PUBLISHED_BASE, `${inject("baseUrl")}/api`);

// Verbatim from the published page (e-mail obfuscation resolved, as the contract says).
const nodeSnippet = `const BASE_URL = "https://getgmailstore.com/api";

// 获取产品列表
const products = await fetch(\`\${BASE_URL}/products\`);
const productList = await products.json();
console.log(productList);

// 创建订单
const order = await fetch(\`\${BASE_URL}/orders/create\`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    productId: productList.products[0].id,
    quantity: 10,
    contactEmail: "buyer@example.com",
    paymentMethod: "crypto",
    coin: "trc20_usdt",
  }),
});
console.log(await order.json());`;

const pythonSnippet = `import requests

BASE_URL = "https://getgmailstore.com/api"

# 获取产品列表
response = requests.get(f"{BASE_URL}/products")
products = response.json()["products"]

# 创建订单
order = requests.post(
    f"{BASE_URL}/orders/create",
    json={
        "productId": products[0]["id"],
        "quantity": 10,
        "contactEmail": "buyer@example.com",
        "paymentMethod": "crypto",
        "coin": "trc20_usdt"
    }
)
print(order.json())`;

const curlSnippet = `curl -X POST https://getgmailstore.com/api/orders/create \\
  -H "Content-Type: application/json" \\
  -d '{"productId":"30a6d792-9e06-4023-85f4-736dfd9af07d","quantity":10,"contactEmail":"buyer@example.com","paymentMethod":"crypto","coin":"trc20_usdt"}'`;

const hasPythonRequests = spawnSync("/usr/bin/python3", ["-c", "import requests"]).status === 0;

beforeAll(async () => {
  if (!(await db.product.findUnique({ where: { id: SAMPLE_PRODUCT_ID } }))) await seedDemo();
  // The server caches the payment configuration for 5 s.
  for (let i = 0; i < 40; i++) {
    const { body } = await api("/api/payment-config");
    if (body.methods.crypto.coins.some((c: { coin: string }) => c.coin === "trc20_usdt")) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("trc20_usdt never became available");
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
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", preamble + swap(nodeSnippet)], { encoding: "utf8" });
    const [listed, created] = out.trim().split("\n").map((line) => JSON.parse(line));
    expect(listed.products[0].id).toBe(SAMPLE_PRODUCT_ID);
    await expectPendingCryptoOrder(created);
  });

  it("curl snippet", async () => {
    const out = execFileSync("bash", ["-c", swap(curlSnippet)], { encoding: "utf8" });
    await expectPendingCryptoOrder(JSON.parse(out));
  });

  // CI installs python3-requests; elsewhere the test runs when the module is present.
  it.runIf(hasPythonRequests || process.env.CI)("Python requests snippet", async () => {
    const script = `${swap(pythonSnippet)}\nimport json\nprint(json.dumps(order.json()))`;
    const out = execFileSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" }).trim().split("\n");
    await expectPendingCryptoOrder(JSON.parse(out.at(-1)!));
  });
});
