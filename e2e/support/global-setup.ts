// A fresh SQLite database seeded with the demo catalogue, and the production server over it
// on a free port. Its address reaches the tests as E2E_BASE_URL.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { startServer } from "../../tests/support/server";
import { FakeSmtp } from "../../tests/fakes/smtp";
import { seedPaidManualOrders } from "./manual-orders";

export default async function globalSetup() {
  mkdirSync("data/test", { recursive: true });
  const file = `data/test/e2e-${process.pid}.db`;
  const removeDatabase = () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
  removeDatabase();
  const env = {
    DATABASE_URL: `file:./${file}`,
    STOCKLINE_DATA_DIR: "./data/test",
    STOCKLINE_ENCRYPTION_KEY: process.env.STOCKLINE_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(16).toString("hex"),
    CATALOG_CACHE_MS: "0",
    // One trusted proxy hop, as in the API tests: a test names its client address in
    // X-Forwarded-For, so the per-IP lookup limit (3 a minute) counts each test on its own.
    TRUST_PROXY_HOPS: "1",
    // The browser's own requests carry no X-Forwarded-For: every page's order comes from
    // 127.0.0.1, so the per-address limit of open unpaid orders (5) would be the whole run's.
    UNPAID_ORDER_LIMIT_PER_IP: "1000",
    NEXT_TELEMETRY_DISABLED: "1",
    // No chain watchers: these machines have no internet (the API tests run them against fakes).
    CRYPTO_POLL_SECONDS: "0",
  };
  // Migrates and seeds through the app's own script (the demo seed: lib/demo/seed-demo.ts).
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts", "--demo"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding the e2e database failed:\n${seeded.stdout}\n${seeded.stderr}`);
  // The demo ships 40 lines of the product most tests buy; the run needs more. Loaded through the
  // operator's own import script, as a shop's stock is.
  const extraStock = `data/test/e2e-stock-${process.pid}.txt`;
  writeFileSync(extraStock, Array.from({ length: 200 }, (_, i) => `e2e-stream${i + 1}@member.example----E2e-${i + 1}`).join("\n"));
  const imported = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/stock-import.ts", "streaming-month", extraStock],
    {
      env: { ...process.env, ...env },
      encoding: "utf8",
    },
  );
  rmSync(extraStock, { force: true });
  if (imported.status !== 0) throw new Error(`loading the e2e stock failed:\n${imported.stdout}\n${imported.stderr}`);
  // The demo shopper (¥1000 balance) pays the tests' orders; the seed prints its password once.
  const shopper = /shopper:\s+(\S+) \/ (\S+)/.exec(seeded.stdout);
  if (!shopper) throw new Error(`the demo seed did not print the shopper's credentials:\n${seeded.stdout}`);
  process.env.E2E_SHOPPER_EMAIL = shopper[1];
  process.env.E2E_SHOPPER_PASSWORD = shopper[2];
  // The operator confirms crypto payments in the payment-page tests (POST /api/admin/orders/:id/confirm).
  const operator = /operator:\s+(\S+) \/ (\S+)/.exec(seeded.stdout);
  if (!operator) throw new Error(`the demo seed did not print the operator's credentials:\n${seeded.stdout}`);
  process.env.E2E_OPERATOR_EMAIL = operator[1];
  process.env.E2E_OPERATOR_PASSWORD = operator[2];

  // Mail goes to a real SMTP server on 127.0.0.1 that files each message it accepts in a
  // folder the tests read (they run in other processes): the password reset mail, for one.
  const mailbox = `data/test/e2e-mailbox-${process.pid}`;
  rmSync(mailbox, { recursive: true, force: true });
  mkdirSync(mailbox, { recursive: true });
  const smtp = new FakeSmtp({ sender: "shop@stockline.test", mailboxDir: mailbox });
  await smtp.start();
  process.env.E2E_MAILBOX_DIR = mailbox;

  const server = await startServer((baseUrl) => ({
    ...env,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Stockline <shop@stockline.test>",
    SITE_URL: baseUrl,
  }));
  process.env.E2E_BASE_URL = server.baseUrl;
  await fundShopper(server.baseUrl, operator[1]!, operator[2]!, shopper[1]!);
  // For the few tests that must make time pass (an order past its expiry) in the database itself.
  process.env.E2E_DATABASE_FILE = file;
  // One paid manual-delivery order per language for the console's delivery test, placed before
  // any test runs (its product is unlisted again at once: the catalogue tests count products).
  const manualOrders = await seedPaidManualOrders(server.baseUrl, file, { email: shopper[1]!, password: shopper[2]! }, 2);
  process.env.E2E_MANUAL_ORDERS = JSON.stringify(manualOrders);
  // For specs that run a second instance over the same database with settings of their own (a cashier rail).
  process.env.E2E_SERVER_ENV = JSON.stringify(env);
  return async () => {
    await server.stop();
    await smtp.stop();
    rmSync(mailbox, { recursive: true, force: true });
    removeDatabase();
    // A "CSP violation" line is a browser's report (POST /api/csp-report): a page broke under its
    // policy. Refused framing is the policy working (e2e/security-headers.spec.ts frames a page).
    if (/unhandled error|⨯|CSP violation: (?!frame-ancestors)/.test(server.log())) {
      throw new Error(`the server logged errors during the e2e run:\n${server.log().slice(-4000)}`);
    }
  };
}

/**
 * The demo shopper's ¥1000 pays for a few dozen of the run's orders; the operator credits
 * ¥20,000 more through the admin API (a ledger entry, as any adjustment), before the demo
 * operator enrols two-factor sign-in in the console test.
 */
async function fundShopper(baseUrl: string, operatorEmail: string, operatorPassword: string, shopperEmail: string) {
  const headers = { "content-type": "application/json", "x-forwarded-for": "10.255.255.1" };
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(baseUrl + path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    const body = (await response.json()) as Record<string, any>;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
    return body;
  };
  const { token } = await call("/api/auth/login", {
    method: "POST",
    body: JSON.stringify({ email: operatorEmail, password: operatorPassword }),
  });
  const auth = { authorization: `Bearer ${token}` };
  const { users } = await call(`/api/admin/users?q=${encodeURIComponent(shopperEmail)}`, { headers: auth });
  const shopper = (users as { id: string; email: string }[]).find((user) => user.email === shopperEmail);
  if (!shopper) throw new Error(`the demo shopper ${shopperEmail} was not found`);
  await call(`/api/admin/users/${shopper.id}/balance`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ currency: "CNY", amount: "20000", reason: "e2e run: more orders than the demo balance covers" }),
  });
}
