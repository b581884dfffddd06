// kill -9 in the middle of sending mail: the server instance dies while the SMTP server holds
// its answer to a message, so that message was never accepted. A new instance on the same
// database takes over and every mail arrives, each once. Then the one edge SMTP leaves open:
// a crash after the server said 250 but before the outbox recorded it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { startServer, type RunningServer } from "../support/server";
import { FakeSmtp, type ReceivedMail } from "../fakes/smtp";
import { MAIL_SENDER, mailServerEnv, waitForOutbox } from "../support/mail";

const smtp = new FakeSmtp({ sender: MAIL_SENDER });
const servers: RunningServer[] = [];

beforeAll(() => smtp.start());
afterAll(async () => {
  for (const server of servers) await server.stop();
  await smtp.stop();
  for (const server of servers) expect(server.log()).not.toMatch(/unhandled error/);
});

const to = (address: string) => (mail: ReceivedMail) => mail.to.includes(address);

describe("kill -9 while sending", () => {
  it("loses nothing and doubles nothing", async () => {
    const first = await startServer((baseUrl) => mailServerEnv(smtp, baseUrl));
    servers.push(first);
    const product = await makeProduct({ stock: 5 });
    const user = await makeUser({ balanceFen: 100_000n });
    smtp.holdAnswers(true);
    const emails = Array.from({ length: 3 }, () => `crash-${randomUUID().slice(0, 8)}@example.com`);
    const orders = [];
    for (const [i, email] of emails.entries()) {
      const created = await createOrder(
        { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny", locale: i % 2 ? "en" : "zh" },
        { base: first.baseUrl, token: user.token },
      );
      expect(created.status).toBe(200);
      orders.push(created.body.order);
    }

    // The first mail's DATA is on the SMTP server, waiting for its 250: now the sender dies.
    await smtp.waitUntilHolding();
    const seenBeforeCrash = smtp.dataCount;
    await first.kill();
    smtp.holdAnswers(false);
    expect(smtp.received.filter((mail) => emails.some((email) => to(email)(mail)))).toHaveLength(0);

    // A new instance takes over once the dead one's lease and claim have run out.
    const second = await startServer((baseUrl) => mailServerEnv(smtp, baseUrl));
    servers.push(second);
    for (const email of emails) await smtp.waitFor(to(email), 1, 45_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const [i, email] of emails.entries()) {
      expect(smtp.received.filter(to(email)), email).toHaveLength(1);
      const row = await db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: `order_delivered:${orders[i].id}` } });
      expect(row.status).toBe("sent");
    }
    // The cut-off message really reached the server once before the crash, and was not counted.
    expect(seenBeforeCrash).toBeGreaterThanOrEqual(1);
    const attempts = await db.mailOutbox.findMany({ where: { dedupeKey: { in: orders.map((order) => `order_delivered:${order.id}`) } } });
    expect(attempts.map((row) => row.attempts).sort()).toEqual([1, 1, 2]);
  }, 120_000);

  it("sends the same message again, same Message-ID and Date, if the crash came after the server's 250", async () => {
    const server = servers.at(-1)!;
    const product = await makeProduct({ stock: 2 });
    const user = await makeUser({ balanceFen: 10_000n });
    const email = `edge-${randomUUID().slice(0, 8)}@example.com`;
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny" },
      { base: server.baseUrl, token: user.token },
    );
    const key = `order_delivered:${created.body.order.id}`;
    const [firstCopy] = await smtp.waitFor(to(email));
    await waitForOutbox(key, (row) => row.status === "sent");
    // What a crash between the 250 and the outbox's commit leaves behind: a sent mail still pending.
    await db.mailOutbox.update({ where: { dedupeKey: key }, data: { status: "pending", sentAt: null, nextAttemptAt: new Date() } });
    const [, secondCopy] = await smtp.waitFor(to(email), 2);
    expect(secondCopy!.messageId).toBe(firstCopy!.messageId);
    expect(secondCopy!.headers.get("date")).toEqual(firstCopy!.headers.get("date"));
    expect(secondCopy!.text).toBe(firstCopy!.text);
    await waitForOutbox(key, (row) => row.status === "sent");
  });
});
