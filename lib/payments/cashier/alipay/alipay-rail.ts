import "server-only";
import type { KeyObject } from "node:crypto";
import { ProviderError, parseJson, providerFetch } from "../provider-http";
import {
  amountToFen,
  fenToAmount,
  type CashierRail,
  type NotifyRequest,
  type NotifyVerdict,
  type PayInstructions,
  type PayRequest,
  type RefundRequest,
  type TradeState,
} from "../rail";
import { alipaySignContent, beijingTime, responseNodeText, rsa2Sign, rsa2Verify } from "./alipay-sign";

export type AlipayConfig = { appId: string; privateKey: KeyObject; alipayPublicKey: KeyObject; gatewayUrl: string };

const PAID = ["TRADE_SUCCESS", "TRADE_FINISHED"];

/**
 * Official Alipay, RSA2: alipay.trade.precreate (a QR code for desktops) and
 * alipay.trade.wap.pay (a signed link that opens the Alipay app on phones), the form-POST
 * async notify verified with Alipay's public key, alipay.trade.query and alipay.trade.refund.
 * Every gateway answer's signature is checked before it is believed.
 */
export function alipayRail(config: AlipayConfig): CashierRail {
  function signedParams(method: string, biz: Record<string, string>, extra: Record<string, string> = {}) {
    const params: Record<string, string> = {
      app_id: config.appId,
      method,
      format: "JSON",
      charset: "utf-8",
      sign_type: "RSA2",
      timestamp: beijingTime(new Date()),
      version: "1.0",
      ...extra,
      biz_content: JSON.stringify(biz),
    };
    return { ...params, sign: rsa2Sign(alipaySignContent(params, ["sign"]), config.privateKey) };
  }

  /** One gateway call; answers the verified response node (whatever its business code). */
  async function call(method: string, biz: Record<string, string>, extra: Record<string, string> = {}): Promise<Record<string, unknown>> {
    const response = await providerFetch("alipay", `${config.gatewayUrl}?charset=utf-8`, {
      method: "POST",
      body: new URLSearchParams(signedParams(method, biz, extra)),
      headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" },
    });
    if (response.status !== 200) throw new ProviderError("alipay", `${method} answered HTTP ${response.status}`);
    const body = parseJson("alipay", response.text);
    const nodeName = `${method.replaceAll(".", "_")}_response`;
    const node = responseNodeText(response.text, nodeName);
    if (node === null) {
      const error = body.error_response as { code?: string; sub_code?: string } | undefined;
      throw new ProviderError("alipay", `${method} failed: ${error?.code ?? "no answer"} ${error?.sub_code ?? ""}`.trim());
    }
    if (typeof body.sign !== "string" || !rsa2Verify(node, body.sign, config.alipayPublicKey)) {
      throw new ProviderError("alipay", `${method}: the answer's signature does not verify with ALIPAY_PUBLIC_KEY`);
    }
    return JSON.parse(node) as Record<string, unknown>;
  }

  const failure = (method: string, answer: Record<string, unknown>) =>
    new ProviderError("alipay", `${method} refused: ${String(answer.code)} ${String(answer.sub_code ?? "")}`.trim());

  return {
    name: "alipay",

    async createPayment(request: PayRequest): Promise<PayInstructions> {
      const biz = {
        out_trade_no: request.outTradeNo,
        total_amount: fenToAmount(request.amountFen),
        subject: request.subject,
        // Alipay stops taking the payment when the order stops holding its items.
        time_expire: beijingTime(request.expiresAt),
      };
      const answer = await call("alipay.trade.precreate", biz, { notify_url: request.notifyUrl });
      if (answer.code !== "10000" || typeof answer.qr_code !== "string") throw failure("alipay.trade.precreate", answer);
      // The phone's way: a signed GET to the gateway's wap cashier, which opens the Alipay app.
      const wap = signedParams(
        "alipay.trade.wap.pay",
        { ...biz, product_code: "QUICK_WAP_WAY", quit_url: request.returnUrl },
        {
          notify_url: request.notifyUrl,
          return_url: request.returnUrl,
        },
      );
      return { qrCode: answer.qr_code, payUrl: `${config.gatewayUrl}?${new URLSearchParams(wap)}` };
    },

    async verifyNotify(request: NotifyRequest): Promise<NotifyVerdict> {
      if (request.method !== "POST") return { kind: "rejected", reason: "not a form POST" };
      const params = Object.fromEntries(new URLSearchParams(request.body));
      if (!params.sign) return { kind: "rejected", reason: "no signature" };
      if (!rsa2Verify(alipaySignContent(params, ["sign", "sign_type"]), params.sign, config.alipayPublicKey)) {
        return { kind: "rejected", reason: "bad signature" };
      }
      if (params.app_id !== config.appId) return { kind: "rejected", reason: "another app's app_id" };
      if (!PAID.includes(params.trade_status ?? "")) return { kind: "ignored", reason: `trade_status ${params.trade_status ?? "missing"}` };
      const amountFen = amountToFen(params.total_amount);
      if (!params.out_trade_no || !params.trade_no || amountFen === null) return { kind: "rejected", reason: "incomplete notify" };
      return { kind: "paid", payment: { outTradeNo: params.out_trade_no, tradeNo: params.trade_no, amountFen } };
    },

    notifyAnswer(accepted: boolean): Response {
      return new Response(accepted ? "success" : "failure", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
    },

    async queryTrade(outTradeNo: string): Promise<TradeState> {
      const answer = await call("alipay.trade.query", { out_trade_no: outTradeNo });
      // A QR code nobody scanned yet is not a trade at Alipay.
      if (answer.code === "40004" && answer.sub_code === "ACQ.TRADE_NOT_EXIST") return { kind: "unpaid" };
      if (answer.code !== "10000") throw failure("alipay.trade.query", answer);
      if (answer.out_trade_no !== outTradeNo) throw new ProviderError("alipay", "alipay.trade.query answered for another order");
      if (!PAID.includes(String(answer.trade_status))) return { kind: "unpaid" };
      const amountFen = amountToFen(answer.total_amount);
      if (amountFen === null || typeof answer.trade_no !== "string")
        throw new ProviderError("alipay", "alipay.trade.query: paid without trade_no or amount");
      return { kind: "paid", payment: { outTradeNo, tradeNo: answer.trade_no, amountFen } };
    },

    async refund(request: RefundRequest): Promise<void> {
      const answer = await call("alipay.trade.refund", {
        out_trade_no: request.outTradeNo,
        trade_no: request.tradeNo,
        refund_amount: fenToAmount(request.amountFen),
        out_request_no: request.refundNo,
        refund_reason: request.reason,
      });
      if (answer.code !== "10000") throw failure("alipay.trade.refund", answer);
    },

    async testConnection(): Promise<string> {
      // A query for a trade that cannot exist: a signed "no such trade" proves app id, both keys and the gateway.
      const answer = await call("alipay.trade.query", { out_trade_no: `CONNECTION_TEST_${Date.now()}` });
      if (answer.code === "10000" || answer.sub_code === "ACQ.TRADE_NOT_EXIST")
        return `Alipay app ${config.appId} answered with a valid signature`;
      throw failure("alipay.trade.query", answer);
    },
  };
}
