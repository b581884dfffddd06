import "server-only";
import type { KeyObject } from "node:crypto";
import { ProviderError, parseJson, providerFetch } from "../provider-http";
import type { CashierRail, NotifyRequest, NotifyVerdict, PayInstructions, PayRequest, RefundRequest, TradeState } from "../rail";
import { decryptResource, rfc3339Beijing, wechatAuthorization, wechatSignatureProblem } from "./wechat-sign";

export type WechatConfig = {
  mchId: string;
  appId: string;
  apiV3Key: string;
  privateKey: KeyObject;
  certSerial: string;
  platform: { key: KeyObject; serial: string };
  baseUrl: string;
};

type Transaction = {
  appid?: string;
  mchid?: string;
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  amount?: { total?: number; currency?: string };
};

/**
 * WeChat Pay API v3, Native: `code_url` shown as a QR code, every request signed with the
 * merchant key and every answer's signature checked with the platform key, the notify's
 * resource decrypted (AEAD_AES_256_GCM, APIv3 key) after its signature is verified, query
 * by out_trade_no and refunds. Hand-rolled on node:crypto: the popular SDK hard-codes the
 * production host, and the base URL must be settable.
 */
export function wechatRail(config: WechatConfig): CashierRail {
  const base = config.baseUrl.replace(/\/+$/, "");

  async function call(method: "GET" | "POST", pathWithQuery: string, payload?: object) {
    const body = payload ? JSON.stringify(payload) : "";
    const authorization = wechatAuthorization({
      method,
      pathWithQuery,
      body,
      mchId: config.mchId,
      serial: config.certSerial,
      key: config.privateKey,
    });
    const response = await providerFetch("wechat", base + pathWithQuery, {
      method,
      headers: { authorization, accept: "application/json", ...(payload ? { "content-type": "application/json" } : {}) },
      ...(payload ? { body } : {}),
    });
    // Errors are signed too; an unsigned or forged answer is never believed, whatever it says.
    const problem = wechatSignatureProblem(response.headers, response.text, config.platform);
    if (problem) throw new ProviderError("wechat", `${method} ${pathWithQuery.split("?")[0]}: answer ${problem}`);
    const answer = response.text ? parseJson("wechat", response.text) : {};
    return { status: response.status, answer };
  }

  const refused = (what: string, status: number, answer: Record<string, unknown>) =>
    new ProviderError("wechat", `${what} refused: HTTP ${status} ${String(answer.code ?? "")}`.trim());

  return {
    name: "wechat",

    async createPayment(request: PayRequest): Promise<PayInstructions> {
      const { status, answer } = await call("POST", "/v3/pay/transactions/native", {
        appid: config.appId,
        mchid: config.mchId,
        description: request.subject,
        out_trade_no: request.outTradeNo,
        // WeChat Pay stops taking the payment when the order stops holding its items.
        time_expire: rfc3339Beijing(request.expiresAt),
        notify_url: request.notifyUrl,
        amount: { total: Number(request.amountFen), currency: "CNY" },
      });
      if (status !== 200 || typeof answer.code_url !== "string") throw refused("native order", status, answer);
      // Native pay is a QR code for the WeChat app's scanner; a browser cannot open it.
      return { payUrl: null, qrCode: answer.code_url };
    },

    async verifyNotify(request: NotifyRequest): Promise<NotifyVerdict> {
      if (request.method !== "POST") return { kind: "rejected", reason: "not a POST" };
      const problem = wechatSignatureProblem(request.headers, request.body, config.platform);
      if (problem) return { kind: "rejected", reason: problem };
      type Envelope = {
        event_type?: string;
        resource?: { algorithm?: string; ciphertext: string; nonce: string; associated_data?: string };
      };
      let envelope: Envelope;
      try {
        envelope = JSON.parse(request.body) as Envelope;
      } catch {
        return { kind: "rejected", reason: "body is not JSON" };
      }
      // Signed by WeChat Pay but about something else (a refund, say): acknowledged, nothing to do.
      if (envelope.event_type !== "TRANSACTION.SUCCESS") return { kind: "ignored", reason: `event ${String(envelope.event_type)}` };
      let transaction: Transaction;
      try {
        if (envelope.resource?.algorithm !== "AEAD_AES_256_GCM") return { kind: "rejected", reason: "unknown resource algorithm" };
        transaction = JSON.parse(decryptResource(envelope.resource, config.apiV3Key)) as Transaction;
      } catch {
        return { kind: "rejected", reason: "resource does not decrypt with the APIv3 key" };
      }
      if (transaction.mchid !== config.mchId || transaction.appid !== config.appId)
        return { kind: "rejected", reason: "another merchant's mchid or appid" };
      if (transaction.trade_state !== "SUCCESS") return { kind: "ignored", reason: `trade_state ${String(transaction.trade_state)}` };
      return paidOf(transaction) ?? { kind: "rejected", reason: "incomplete transaction" };
    },

    notifyAnswer(accepted: boolean): Response {
      // v3: 200/204 without a body accepts; any other status makes WeChat Pay retry.
      return accepted ? new Response(null, { status: 204 }) : Response.json({ code: "FAIL", message: "rejected" }, { status: 400 });
    },

    async queryTrade(outTradeNo: string): Promise<TradeState> {
      const { status, answer } = await call(
        "GET",
        `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${encodeURIComponent(config.mchId)}`,
      );
      if (status === 404 && answer.code === "ORDER_NOT_EXIST") return { kind: "unpaid" };
      if (status !== 200) throw refused("query", status, answer);
      const transaction = answer as Transaction;
      if (transaction.out_trade_no !== outTradeNo) throw new ProviderError("wechat", "query answered for another order");
      if (transaction.mchid !== config.mchId || transaction.appid !== config.appId)
        throw new ProviderError("wechat", "query answered for another merchant");
      if (transaction.trade_state !== "SUCCESS") return { kind: "unpaid" };
      const paid = paidOf(transaction);
      if (!paid) throw new ProviderError("wechat", "query: paid without transaction_id or amount");
      return paid;
    },

    async refund(request: RefundRequest): Promise<void> {
      const { status, answer } = await call("POST", "/v3/refund/domestic/refunds", {
        transaction_id: request.tradeNo,
        out_refund_no: request.refundNo,
        reason: request.reason,
        amount: { refund: Number(request.amountFen), total: Number(request.totalFen), currency: "CNY" },
      });
      // PROCESSING is accepted: the money is on its way back and WeChat Pay finishes it.
      if (status !== 200 || !["SUCCESS", "PROCESSING"].includes(String(answer.status))) throw refused("refund", status, answer);
    },

    async testConnection(): Promise<string> {
      const { status, answer } = await call(
        "GET",
        `/v3/pay/transactions/out-trade-no/CONNECTION_TEST_${Date.now()}?mchid=${encodeURIComponent(config.mchId)}`,
      );
      if (status === 404 || status === 200) return `WeChat Pay merchant ${config.mchId} answered with a valid platform signature`;
      throw refused("query", status, answer);
    },
  };
}

function paidOf(transaction: Transaction): { kind: "paid"; payment: { outTradeNo: string; tradeNo: string; amountFen: bigint } } | null {
  const total = transaction.amount?.total;
  if (!transaction.out_trade_no || !transaction.transaction_id || !Number.isSafeInteger(total) || (total as number) <= 0) return null;
  if (transaction.amount?.currency && transaction.amount.currency !== "CNY") return null;
  return {
    kind: "paid",
    payment: { outTradeNo: transaction.out_trade_no, tradeNo: transaction.transaction_id, amountFen: BigInt(total as number) },
  };
}
