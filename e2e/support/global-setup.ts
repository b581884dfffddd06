// A fresh SQLite database seeded with the demo catalogue, and the production server over it
// on a free port. Its address reaches the tests as E2E_BASE_URL.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { startServer } from "../../tests/support/server";
import { FakeSmtp } from "../../tests/fakes/smtp";

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
  // For the few tests that must make time pass (an order past its expiry) in the database itself.
  process.env.E2E_DATABASE_FILE = file;
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
