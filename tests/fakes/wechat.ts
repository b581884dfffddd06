// A fake WeChat Pay API v3 speaking the real protocol: each request's
// WECHATPAY2-SHA256-RSA2048 Authorization is verified with the merchant's public key (mchid,
// serial, fresh timestamp), each answer is signed with the "platform" key (Wechatpay-*
// headers); Native orders, query by out_trade_no and domestic refunds behave as documented;
// pay() sends the notify with its resource encrypted (AEAD_AES_256_GCM, APIv3 key) and signed.
// With `platformCertificate` the platform key comes in a self-signed X.509 certificate (made by
// openssl, as a merchant downloads WeChat Pay's platform certificate) and Wechatpay-Serial
// names the certificate's serial instead of the public key's id, as WeChat Pay does for
// merchants who verify with platform certificates.
import { execFileSync } from "node:child_process";
import { createCipheriv, createSign, createVerify, generateKeyPairSync, randomBytes, randomInt, type KeyObject } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deliverNotify, startFakeHttp, type FakeRequest, type FakeServer } from "./fake-http";

export type WechatTrade = {
  outTradeNo: string;
  total: number;
  description: string;
  notifyUrl: string;
  transactionId: string;
  paid: boolean;
  refunds: Map<string, number>;
};

export type FakeWechat = FakeServer & {
  mchId: string;
  appId: string;
  apiV3Key: string;
  merchantPrivateKeyPem: string;
  merchantSerial: string;
  platformPublicKeyPem: string;
  platformKeyId: string;
  /** With `platformCertificate`: the platform certificate (PEM) and its serial (upper-case hex, as Wechatpay-Serial carries it). */
  platformCertificatePem: string | null;
  platformCertificateSerial: string | null;
  trades: Map<string, WechatTrade>;
  /** Sign answers with a key that is not the platform's. */
  forgeAnswers: boolean;
  pay: (outTradeNo: string, options?: { notify?: boolean }) => Promise<{ status: number; text: string } | null>;
  /** A notify request for a trade; options forge it in one way or another. */
  notify: (
    outTradeNo: string,
    options?: {
      transaction?: Record<string, unknown>;
      signKey?: KeyObject;
      apiV3Key?: string;
      timestamp?: number;
      /** The Wechatpay-Serial to send instead of the platform key's (another certificate's, say). */
      serial?: string;
      tamperBody?: (body: string) => string;
    },
  ) => { body: string; headers: Record<string, string> };
};

const pem = (key: KeyObject, type: "pkcs8" | "spki") => key.export({ format: "pem", type }).toString();

/** A self-signed X.509 certificate for `key` with a 40-hex-digit serial like WeChat Pay's (first digit 1-7: no sign byte). */
function selfSignedCertificate(key: KeyObject): { pem: string; serial: string } {
  const serial = `${randomInt(1, 8)}${randomBytes(20).toString("hex").slice(1)}`.toUpperCase();
  const dir = mkdtempSync(join(tmpdir(), "fake-wechat-"));
  try {
    const keyFile = join(dir, "platform.key");
    writeFileSync(keyFile, pem(key, "pkcs8"), { mode: 0o600 });
    const subject = "/C=CN/ST=Guangdong/L=Shenzhen/O=Tenpay.com/OU=Tenpay.com CA Center/CN=Tenpay.com Root CA";
    const args = ["req", "-x509", "-new", "-key", keyFile, "-sha256", "-days", "2", "-subj", subject, "-set_serial", `0x${serial}`];
    return { pem: execFileSync("openssl", args, { stdio: ["ignore", "pipe", "pipe"] }).toString(), serial };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFakeWechat(options: { platformCertificate?: boolean } = {}): Promise<FakeWechat> {
  const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const platform = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const certificate = options.platformCertificate ? selfSignedCertificate(platform.privateKey) : null;
  const forger = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const mchId = String(randomInt(1e9, 2e9));
  const appId = `wx${randomBytes(8).toString("hex")}`;
  const apiV3Key = randomBytes(16).toString("hex");
  const merchantSerial = randomBytes(20).toString("hex").toUpperCase();
  const platformKeyId = `PUB_KEY_ID_${randomInt(1e9, 1e10)}`;
  const platformSerial = certificate?.serial ?? platformKeyId;
  const trades = new Map<string, WechatTrade>();

  function signed(body: string, key: KeyObject = platform.privateKey, timestamp = Math.floor(Date.now() / 1000), serial = platformSerial) {
    const nonce = randomBytes(16).toString("hex");
    const signature = createSign("RSA-SHA256").update(`${timestamp}\n${nonce}\n${body}\n`).sign(key, "base64");
    return {
      "wechatpay-timestamp": String(timestamp),
      "wechatpay-nonce": nonce,
      "wechatpay-signature": signature,
      "wechatpay-serial": serial,
    };
  }
  const reply = (status: number, value: object) => {
    const body = JSON.stringify(value);
    return { status, body, headers: signed(body, fake.forgeAnswers ? forger.privateKey : platform.privateKey) };
  };

  function authProblem(request: FakeRequest): string | null {
    const header = String(request.headers.authorization ?? "");
    if (!header.startsWith("WECHATPAY2-SHA256-RSA2048 ")) return "no WECHATPAY2-SHA256-RSA2048 authorization";
    const fields = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    if (fields.mchid !== mchId) return "unknown mchid";
    if (fields.serial_no !== merchantSerial) return "unknown certificate serial";
    if (Math.abs(Date.now() / 1000 - Number(fields.timestamp)) > 300) return "stale timestamp";
    const message = `${request.method}\n${request.url.pathname}${request.url.search}\n${fields.timestamp}\n${fields.nonce_str}\n${request.body}\n`;
    const valid = createVerify("RSA-SHA256")
      .update(message)
      .verify(merchant.publicKey, fields.signature ?? "", "base64");
    return valid ? null : "signature does not verify";
  }

  const transactionOf = (trade: WechatTrade) => ({
    appid: appId,
    mchid: mchId,
    out_trade_no: trade.outTradeNo,
    transaction_id: trade.transactionId,
    trade_type: "NATIVE",
    trade_state: trade.paid ? "SUCCESS" : "NOTPAY",
    trade_state_desc: trade.paid ? "支付成功" : "订单未支付",
    amount: { total: trade.total, payer_total: trade.total, currency: "CNY", payer_currency: "CNY" },
    ...(trade.paid ? { success_time: new Date().toISOString(), payer: { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" } } : {}),
  });

  function handle(request: FakeRequest) {
    const problem = authProblem(request);
    if (problem) return reply(401, { code: "SIGN_ERROR", message: problem });
    const path = request.url.pathname;
    if (request.method === "POST" && path === "/v3/pay/transactions/native") {
      const body = JSON.parse(request.body) as {
        appid?: string;
        mchid?: string;
        description?: string;
        out_trade_no?: string;
        notify_url?: string;
        amount?: { total?: number };
      };
      if (body.mchid !== mchId || body.appid !== appId) return reply(400, { code: "PARAM_ERROR", message: "appid和mch_id不匹配" });
      if (
        !body.description ||
        !body.out_trade_no ||
        !body.notify_url ||
        !Number.isInteger(body.amount?.total) ||
        body.amount!.total! <= 0
      ) {
        return reply(400, { code: "PARAM_ERROR", message: "参数错误" });
      }
      const existing = trades.get(body.out_trade_no);
      if (existing && existing.total !== body.amount!.total) return reply(400, { code: "INVALID_REQUEST", message: "201 商户订单号重复" });
      const trade = existing ?? {
        outTradeNo: body.out_trade_no,
        total: body.amount!.total!,
        description: body.description,
        notifyUrl: body.notify_url,
        transactionId: `4200${randomInt(1e9, 1e10)}${randomInt(1e9, 1e10)}`,
        paid: false,
        refunds: new Map(),
      };
      trades.set(trade.outTradeNo, trade);
      return reply(200, { code_url: `weixin://wxpay/bizpayurl?pr=${trade.transactionId.slice(-8)}` });
    }
    const query = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(path);
    if (request.method === "GET" && query) {
      if (request.url.searchParams.get("mchid") !== mchId) return reply(400, { code: "PARAM_ERROR", message: "mchid" });
      const trade = trades.get(decodeURIComponent(query[1]!));
      return trade ? reply(200, transactionOf(trade)) : reply(404, { code: "ORDER_NOT_EXIST", message: "订单不存在" });
    }
    if (request.method === "POST" && path === "/v3/refund/domestic/refunds") {
      const body = JSON.parse(request.body) as {
        transaction_id?: string;
        out_trade_no?: string;
        out_refund_no?: string;
        amount?: { refund?: number; total?: number };
      };
      const trade = [...trades.values()].find((t) => t.transactionId === body.transaction_id || t.outTradeNo === body.out_trade_no);
      if (!trade || !trade.paid) return reply(404, { code: "RESOURCE_NOT_EXISTS", message: "订单不存在" });
      if (body.amount?.total !== trade.total || !body.out_refund_no)
        return reply(400, { code: "PARAM_ERROR", message: "订单金额或退款单号错误" });
      const repeat = trade.refunds.has(body.out_refund_no);
      const refunded = [...trade.refunds.values()].reduce((sum, amount) => sum + amount, 0);
      if (!repeat && refunded + (body.amount.refund ?? 0) > trade.total)
        return reply(403, { code: "NOT_ENOUGH", message: "退款金额超过可退金额" });
      if (!repeat) trade.refunds.set(body.out_refund_no, body.amount.refund ?? 0);
      return reply(200, {
        refund_id: `5030${randomInt(1e9, 1e10)}`,
        out_refund_no: body.out_refund_no,
        transaction_id: trade.transactionId,
        out_trade_no: trade.outTradeNo,
        status: "SUCCESS",
        amount: { refund: body.amount.refund, total: trade.total, currency: "CNY" },
      });
    }
    return reply(404, { code: "NOT_FOUND", message: "not found" });
  }

  const server = await startFakeHttp(handle);
  // Declared after the handlers above, which only read it once requests arrive.
  const fake: FakeWechat = Object.assign(server, {
    mchId,
    appId,
    apiV3Key,
    merchantPrivateKeyPem: pem(merchant.privateKey, "pkcs8"),
    merchantSerial,
    platformPublicKeyPem: pem(platform.publicKey, "spki"),
    platformKeyId,
    platformCertificatePem: certificate?.pem ?? null,
    platformCertificateSerial: certificate?.serial ?? null,
    trades,
    forgeAnswers: false,
    notify(
      outTradeNo: string,
      options: {
        transaction?: Record<string, unknown>;
        signKey?: KeyObject;
        apiV3Key?: string;
        timestamp?: number;
        serial?: string;
        tamperBody?: (body: string) => string;
      } = {},
    ) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      const plain = JSON.stringify({ ...transactionOf({ ...trade, paid: true }), ...options.transaction });
      const nonce = randomBytes(6).toString("hex");
      const cipher = createCipheriv("aes-256-gcm", Buffer.from(options.apiV3Key ?? apiV3Key), Buffer.from(nonce));
      cipher.setAAD(Buffer.from("transaction"));
      const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]).toString("base64");
      let body = JSON.stringify({
        id: randomBytes(16).toString("hex"),
        create_time: new Date().toISOString(),
        resource_type: "encrypt-resource",
        event_type: "TRANSACTION.SUCCESS",
        summary: "支付成功",
        resource: { original_type: "transaction", algorithm: "AEAD_AES_256_GCM", ciphertext, associated_data: "transaction", nonce },
      });
      const headers = { "content-type": "application/json", ...signed(body, options.signKey, options.timestamp, options.serial) };
      if (options.tamperBody) body = options.tamperBody(body);
      return { body, headers };
    },
    async pay(outTradeNo: string, options: { notify?: boolean } = {}) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      trade.paid = true;
      if (options.notify === false) return null;
      const { body, headers } = fake.notify(outTradeNo);
      return deliverNotify(trade.notifyUrl, { method: "POST", body, headers });
    },
  });
  return fake;
}
