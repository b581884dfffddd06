// WeChat Pay API v3 configured the older way, with the platform CERTIFICATE
// (WECHAT_PLATFORM_CERT) instead of a platform public key and its id: the fake's platform key
// comes in a real self-signed X.509 certificate and Wechatpay-Serial names its serial. Orders
// (and balance top-ups) are paid by the signed notify or, when it never comes, by the background
// reconciliation job; answers and notifies signed with another key, or under another serial,
// are not believed.
import { generateKeyPairSync, randomUUID, X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { balances, db, makeProduct, makeUser } from "../support/fixtures";
import { startShop, eventually, logShows, type Shop } from "../support/shop";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { deliverNotify } from "../fakes/fake-http";
import { enrolTwoFactor, makeAdmin, totpCode, webSignIn } from "../support/admin";

let shop: Shop;
let wechat: FakeWechat;
const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });

beforeAll(async () => {
  wechat = await startFakeWechat({ platformCertificate: true });
  shop = await startShop(() => ({
    WECHAT_MCH_ID: wechat.mchId,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_API_V3_KEY: wechat.apiV3Key,
    WECHAT_PRIVATE_KEY: wechat.merchantPrivateKeyPem,
    WECHAT_CERT_SERIAL: wechat.merchantSerial,
    // The certificate alone: no WECHAT_PLATFORM_PUBLIC_KEY / _ID to fall back on.
    WECHAT_PLATFORM_CERT: wechat.platformCertificatePem!.trim().replaceAll("\n", "\\n"),
    WECHAT_API_BASE_URL: wechat.baseUrl,
    CASHIER_RECONCILE_SECONDS: "1",
  }));
});
afterAll(async () => {
  await shop?.stop();
  await wechat?.close();
  expect(shop.log()).not.toMatch(/unhandled error/);
  expect(shop.log()).not.toContain(wechat.apiV3Key);
});

async function wechatOrder() {
  const product = await makeProduct({ stock: 3, priceFen: 1999n });
  const created = await shop.call("/api/orders/create", {
    json: { productId: product.id, quantity: 1, contactEmail: `buyer-${randomUUID().slice(0, 8)}@example.com`, paymentMethod: "wechat" },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return { productId: product.id, id: created.body.order.id as string, orderNo: created.body.order.order_no as string };
}
const orderRow = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const events = (orderId: string) => db.paymentEvent.findMany({ where: { orderId }, select: { source: true, eventKey: true } });
const wechatNotify = (request: { body: string; headers: Record<string, string> }) =>
  deliverNotify(`${shop.baseUrl}/api/payments/wechat/notify`, { method: "POST", ...request });

describe("WeChat Pay verified with the platform certificate", () => {
  it("the fake's certificate is a real X.509 certificate whose serial its answers carry", async () => {
    const certificate = new X509Certificate(wechat.platformCertificatePem!);
    expect(certificate.serialNumber.toUpperCase()).toBe(wechat.platformCertificateSerial);
    expect(wechat.platformCertificateSerial).toMatch(/^[0-9A-F]{40}$/);
    expect(certificate.publicKey.export({ format: "pem", type: "spki" })).toBe(wechat.platformPublicKeyPem);
    expect((await shop.call("/api/payment-config")).body.methods.wechat).toEqual({ enabled: true });
  });

  it("its end of validity, two days off, is said in the console's rail state and in the log at start", async () => {
    const validTo = new Date(new X509Certificate(wechat.platformCertificatePem!).validTo).toISOString().slice(0, 10);
    const admin = await makeUser({ role: "admin" });
    const { body } = await shop.call("/api/admin/payments/rails", { token: admin.token });
    const rail = (body.rails as { rail: string; warnings: string[] }[]).find((state) => state.rail === "wechat")!;
    expect(rail.warnings).toEqual([expect.stringMatching(new RegExp(`^WECHAT_PLATFORM_CERT expires on ${validTo} \\(UTC\\): `))]);
    await logShows(shop, `WECHAT_PLATFORM_CERT expires on ${validTo}`);
  });

  it("the console's rails page says it in the operator's language", async () => {
    const validTo = new Date(new X509Certificate(wechat.platformCertificatePem!).validTo).toISOString().slice(0, 10);
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const cookie = (await webSignIn(admin.email, admin.password, totpCode(secret), shop.baseUrl)).join("; ");
    const page = async (locale: string) => {
      const answer = await fetch(`${shop.baseUrl}/${locale}/admin/payments/rails`, { headers: { cookie }, redirect: "manual" });
      expect(answer.status).toBe(200);
      const html = await answer.text();
      return html.slice(html.indexOf('data-testid="certificate-warning"'));
    };
    // The date on one line (a narrow column broke it at its hyphen).
    const date = `<span class="whitespace-nowrap">${validTo}</span>`;
    expect(await page("zh")).toMatch(new RegExp(`^data-testid="certificate-warning">WECHAT_PLATFORM_CERT 将于 ${date}（UTC）到期`));
    expect(await page("en")).toMatch(new RegExp(`^data-testid="certificate-warning">WECHAT_PLATFORM_CERT expires on ${date} \\(UTC\\)`));
  });

  it("a native order (its answer checked against the certificate) is paid once by the signed notify", async () => {
    const created = await wechatOrder();
    expect(wechat.trades.get(created.orderNo)).toMatchObject({ total: 1999 });
    // Signed with the certificate's key under the certificate's serial: accepted, and a repeat is a duplicate.
    expect(await wechat.pay(created.orderNo)).toEqual({ status: 204, text: "" });
    expect(await wechatNotify(wechat.notify(created.orderNo))).toEqual({ status: 204, text: "" });
    expect((await orderRow(created.id)).status).toBe("completed");
    expect(await events(created.id)).toEqual([
      { source: "wechat", eventKey: `wechat:${wechat.trades.get(created.orderNo)!.transactionId}` },
    ]);
  });

  it("a notify signed by another key, or under a serial that is not the certificate's, changes nothing", async () => {
    const created = await wechatOrder();
    wechat.trades.get(created.orderNo)!.paid = true;
    const refused = [
      // Another key, claiming the certificate's serial.
      wechat.notify(created.orderNo, { signKey: stranger.privateKey }),
      // The certificate's key, but the serial of a key the shop was not given.
      wechat.notify(created.orderNo, { serial: wechat.platformKeyId }),
    ];
    for (const request of refused) expect((await wechatNotify(request)).status).toBe(400);
    expect((await orderRow(created.id)).status).toBe("pending");
    expect(await events(created.id)).toEqual([]);
    await logShows(shop, "wechat notify refused: bad signature");
    await logShows(shop, "wechat notify refused: signed with an unknown platform key");
  });

  it("an answer signed by another key is not believed: the order is refused and nothing reserved", async () => {
    const product = await makeProduct({ stock: 2 });
    wechat.forgeAnswers = true;
    try {
      const refused = await shop.call("/api/orders/create", {
        json: {
          productId: product.id,
          quantity: 1,
          contactEmail: `buyer-${randomUUID().slice(0, 8)}@example.com`,
          paymentMethod: "wechat",
        },
      });
      expect(refused).toMatchObject({ status: 503, body: { code: "payment_provider_unavailable" } });
    } finally {
      wechat.forgeAnswers = false;
    }
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    await logShows(shop, "answer bad signature");
  });

  it("missed notify: the background job asks WeChat Pay and settles the order, with no page open", async () => {
    const created = await wechatOrder();
    await wechat.pay(created.orderNo, { notify: false });
    // Past the grace a notify gets before the job asks (a minute); nobody polls the status.
    await db.order.update({ where: { id: created.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    await eventually(
      () => orderRow(created.id),
      (row) => row.status === "completed",
    );
    expect(await events(created.id)).toEqual([
      { source: "wechat", eventKey: `wechat:${wechat.trades.get(created.orderNo)!.transactionId}` },
    ]);
    await logShows(shop, /wechat: \d+ payment\(s\) recovered by query/);
    // The notify arriving after all is a duplicate.
    expect(await wechatNotify(wechat.notify(created.orderNo))).toEqual({ status: 204, text: "" });
    expect(await events(created.id)).toHaveLength(1);
  });

  it("missed notify of a balance top-up: the background job asks WeChat Pay and credits it once, with no page open", async () => {
    const user = await makeUser();
    const created = await shop.call("/api/topups", { json: { currency: "CNY", amount: 66.6, paymentMethod: "wechat" }, token: user.token });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const { id, topup_no: topupNo } = created.body.topup as { id: string; topup_no: string };
    await wechat.pay(topupNo, { notify: false });
    await db.topup.update({ where: { id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    await eventually(
      () => db.topup.findUniqueOrThrow({ where: { id } }),
      (row) => row.status === "completed",
    );
    expect(await balances(user.id)).toMatchObject({ cny: 6_660n, ledgerCny: 6_660n });
    // The notify arriving after all credits nothing more.
    expect(await wechatNotify(wechat.notify(topupNo))).toEqual({ status: 204, text: "" });
    expect(await balances(user.id)).toMatchObject({ cny: 6_660n, ledgerCny: 6_660n });
    expect(await db.topupEvent.count({ where: { topupId: id } })).toBe(1);
  });
});
