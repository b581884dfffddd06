// A fake Alipay open-platform gateway (gateway.do) speaking the real protocol: every request
// must carry a valid RSA2 signature of the app's key (verified with the app's public key, as
// Alipay does), every answer is signed with "Alipay's" private key; precreate, wap.pay (the
// browser's GET), query and refund behave as documented; pay() sends the form-POST notify.
import { generateKeyPairSync, randomInt, type KeyObject } from "node:crypto";
import { alipaySignContent, beijingTime, rsa2Sign, rsa2Verify } from "@/lib/payments/cashier/alipay/alipay-sign";
import { deliverNotify, startFakeHttp, type FakeRequest, type FakeServer } from "./fake-http";

export type AlipayTrade = {
  outTradeNo: string;
  totalAmount: string;
  subject: string;
  notifyUrl: string;
  tradeNo: string;
  paid: boolean;
  refunds: Map<string, string>;
};

export type FakeAlipay = FakeServer & {
  appId: string;
  gatewayUrl: string;
  /** The shop's (app's) private key and Alipay's public key, PEM: what the operator configures. */
  appPrivateKeyPem: string;
  alipayPublicKeyPem: string;
  trades: Map<string, AlipayTrade>;
  wapVisits: number;
  /** Sign answers with a key that is not Alipay's (a man in the middle, a wrong ALIPAY_PUBLIC_KEY). */
  forgeAnswers: boolean;
  pay: (outTradeNo: string, options?: { notify?: boolean }) => Promise<{ status: number; text: string } | null>;
  notifyBody: (
    outTradeNo: string,
    overrides?: Record<string, string>,
    options?: { key?: KeyObject; tamper?: Record<string, string> },
  ) => URLSearchParams;
};

const pem = (key: KeyObject, type: "pkcs8" | "spki") => key.export({ format: "pem", type }).toString();

export async function startFakeAlipay(): Promise<FakeAlipay> {
  const app = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const alipay = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const forger = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const appId = `2021${randomInt(1e9, 1e10)}`;
  const trades = new Map<string, AlipayTrade>();

  function answer(method: string, node: Record<string, unknown>) {
    const name = `${method.replaceAll(".", "_")}_response`;
    const text = JSON.stringify(node);
    return {
      body: `{"${name}":${text},"sign":"${rsa2Sign(text, fake.forgeAnswers ? forger.privateKey : alipay.privateKey)}"}`,
      headers: { "content-type": "text/html;charset=utf-8" },
    };
  }

  function requestProblem(params: Record<string, string>): Record<string, string> | null {
    if (params.app_id !== appId) return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-app-id" };
    if (params.sign_type !== "RSA2" || !params.sign)
      return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-signature-type" };
    const content = alipaySignContent(Object.fromEntries(Object.entries(params).filter(([, value]) => value !== "")), ["sign"]);
    if (!rsa2Verify(content, params.sign, app.publicKey))
      return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-signature" };
    if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(params.timestamp ?? ""))
      return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-timestamp" };
    return null;
  }

  function openTrade(biz: Record<string, string>, notifyUrl: string): AlipayTrade | Record<string, string> {
    if (!biz.out_trade_no || !biz.subject || !/^\d+(\.\d{1,2})?$/.test(biz.total_amount ?? ""))
      return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.missing-parameter" };
    const existing = trades.get(biz.out_trade_no);
    if (existing)
      return existing.totalAmount === biz.total_amount
        ? existing
        : { code: "40004", msg: "Business Failed", sub_code: "ACQ.CONTEXT_INCONSISTENT" };
    const trade: AlipayTrade = {
      outTradeNo: biz.out_trade_no,
      totalAmount: biz.total_amount!,
      subject: biz.subject,
      notifyUrl,
      tradeNo: `2026${randomInt(1e9, 1e10)}${randomInt(1e9, 1e10)}`,
      paid: false,
      refunds: new Map(),
    };
    trades.set(trade.outTradeNo, trade);
    return trade;
  }

  function handle(request: FakeRequest) {
    if (request.url.pathname !== "/gateway.do") return { status: 404, body: "not found" };
    const params = Object.fromEntries(request.method === "POST" ? new URLSearchParams(request.body) : request.url.searchParams);
    const method = params.method ?? "";
    const problem = requestProblem(params);
    if (method === "alipay.trade.wap.pay") {
      if (problem) return { status: 400, body: `invalid request: ${problem.sub_code}`, headers: { "content-type": "text/plain" } };
      const trade = openTrade(JSON.parse(params.biz_content ?? "{}"), params.notify_url ?? "");
      if (!("tradeNo" in trade))
        return { status: 400, body: `invalid request: ${trade.sub_code}`, headers: { "content-type": "text/plain" } };
      fake.wapVisits++;
      return { body: "<html><body>Alipay wap cashier</body></html>", headers: { "content-type": "text/html; charset=utf-8" } };
    }
    if (problem) return answer(method, problem);
    const biz = JSON.parse(params.biz_content ?? "{}") as Record<string, string>;
    if (method === "alipay.trade.precreate") {
      const trade = openTrade(biz, params.notify_url ?? "");
      if (!("tradeNo" in trade)) return answer(method, trade);
      return answer(method, {
        code: "10000",
        msg: "Success",
        out_trade_no: trade.outTradeNo,
        qr_code: `https://qr.alipay.com/bax0${trade.tradeNo.slice(-10)}`,
      });
    }
    const trade = trades.get(biz.out_trade_no ?? "");
    if (method === "alipay.trade.query") {
      if (!trade || !trade.paid)
        return answer(method, { code: "40004", msg: "Business Failed", sub_code: "ACQ.TRADE_NOT_EXIST", sub_msg: "交易不存在" });
      return answer(method, {
        code: "10000",
        msg: "Success",
        out_trade_no: trade.outTradeNo,
        trade_no: trade.tradeNo,
        trade_status: "TRADE_SUCCESS",
        total_amount: trade.totalAmount,
      });
    }
    if (method === "alipay.trade.refund") {
      if (!trade || !trade.paid) return answer(method, { code: "40004", msg: "Business Failed", sub_code: "ACQ.TRADE_NOT_EXIST" });
      const repeat = trade.refunds.has(biz.out_request_no ?? "");
      const refunded = [...trade.refunds.values()].reduce((sum, amount) => sum + Math.round(Number(amount) * 100), 0);
      if (!repeat && refunded + Math.round(Number(biz.refund_amount) * 100) > Math.round(Number(trade.totalAmount) * 100)) {
        return answer(method, { code: "40004", msg: "Business Failed", sub_code: "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" });
      }
      if (!repeat) trade.refunds.set(biz.out_request_no!, biz.refund_amount!);
      return answer(method, {
        code: "10000",
        msg: "Success",
        trade_no: trade.tradeNo,
        out_trade_no: trade.outTradeNo,
        refund_fee: biz.refund_amount,
        fund_change: repeat ? "N" : "Y",
      });
    }
    return answer(method, { code: "40004", msg: "Business Failed", sub_code: "isv.invalid-method" });
  }

  const server = await startFakeHttp(handle);
  // Declared after the handlers above, which only read it once requests arrive.
  const fake: FakeAlipay = Object.assign(server, {
    appId,
    gatewayUrl: `${server.baseUrl}/gateway.do`,
    appPrivateKeyPem: pem(app.privateKey, "pkcs8"),
    alipayPublicKeyPem: pem(alipay.publicKey, "spki"),
    trades,
    wapVisits: 0,
    forgeAnswers: false,
    notifyBody(
      outTradeNo: string,
      overrides: Record<string, string> = {},
      options: { key?: KeyObject; tamper?: Record<string, string> } = {},
    ) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      const params: Record<string, string> = {
        notify_time: beijingTime(new Date()),
        notify_type: "trade_status_sync",
        notify_id: `ac05${randomInt(1e9, 1e10)}`,
        app_id: appId,
        charset: "utf-8",
        version: "1.0",
        trade_no: trade.tradeNo,
        out_trade_no: trade.outTradeNo,
        trade_status: "TRADE_SUCCESS",
        total_amount: trade.totalAmount,
        receipt_amount: trade.totalAmount,
        subject: trade.subject,
        gmt_payment: beijingTime(new Date()),
        ...overrides,
      };
      const sign = rsa2Sign(alipaySignContent(params, ["sign", "sign_type"]), options.key ?? alipay.privateKey);
      return new URLSearchParams({ ...params, sign_type: "RSA2", sign, ...options.tamper });
    },
    async pay(outTradeNo: string, options: { notify?: boolean } = {}) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      trade.paid = true;
      if (options.notify === false) return null;
      return deliverNotify(trade.notifyUrl, {
        method: "POST",
        body: fake.notifyBody(outTradeNo),
        headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      });
    },
  });
  return fake;
}
