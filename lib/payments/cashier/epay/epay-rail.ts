import "server-only";
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
import { epaySign, epaySignatureMatches } from "./epay-sign";

export type EpayConfig = { url: string; pid: string; key: string; types: string[]; mode: "mapi" | "submit" };

const EPAY_TYPE = { alipay: "alipay", wechat: "wxpay" } as const;

/**
 * EPay (易支付), the aggregator most faka shops use: mapi.php (a server call answering
 * payurl/qrcode) or submit.php (the browser is sent there with the signed parameters), an
 * MD5-signed GET notify answered `success`, and api.php?act=order / act=refund.
 */
export function epayRail(config: EpayConfig): CashierRail {
  const base = config.url.endsWith("/") ? config.url : `${config.url}/`;
  const signed = (params: Record<string, string>) => ({ ...params, sign: epaySign(params, config.key), sign_type: "MD5" });

  async function api(act: string, params: Record<string, string>, method: "GET" | "POST" = "GET") {
    // The query API authenticates with the key itself (the protocol): the URL is never logged.
    const query = new URLSearchParams({ act, pid: config.pid, key: config.key, ...params });
    const response =
      method === "GET"
        ? await providerFetch("epay", `${base}api.php?${query}`)
        : await providerFetch("epay", `${base}api.php?act=${act}`, {
            method: "POST",
            body: query,
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
    if (response.status !== 200) throw new ProviderError("epay", `api.php?act=${act} answered HTTP ${response.status}`);
    return parseJson("epay", response.text);
  }

  return {
    name: "epay",

    async createPayment(request: PayRequest): Promise<PayInstructions> {
      const params = signed({
        pid: config.pid,
        type: EPAY_TYPE[request.method],
        out_trade_no: request.outTradeNo,
        notify_url: request.notifyUrl,
        return_url: request.returnUrl,
        name: request.subject,
        money: fenToAmount(request.amountFen),
      });
      if (config.mode === "submit") return { payUrl: `${base}submit.php?${new URLSearchParams(params)}`, qrCode: null };
      const response = await providerFetch("epay", `${base}mapi.php`, {
        method: "POST",
        body: new URLSearchParams(params),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      if (response.status !== 200) throw new ProviderError("epay", `mapi.php answered HTTP ${response.status}`);
      const answer = parseJson("epay", response.text);
      if (Number(answer.code) !== 1)
        throw new ProviderError("epay", `mapi.php refused the order: ${String(answer.msg ?? "no message").slice(0, 120)}`);
      const payUrl = typeof answer.payurl === "string" && /^https?:\/\//.test(answer.payurl) ? answer.payurl : null;
      const qrCode = typeof answer.qrcode === "string" && answer.qrcode ? answer.qrcode : null;
      if (!payUrl && !qrCode) throw new ProviderError("epay", "mapi.php answered neither payurl nor qrcode");
      return { payUrl, qrCode };
    },

    async verifyNotify(request: NotifyRequest): Promise<NotifyVerdict> {
      // EPay notifies by GET; some gateways POST the same fields as a form.
      const source = request.method === "GET" ? request.url.searchParams : new URLSearchParams(request.body);
      const params = Object.fromEntries(source);
      if (!params.sign) return { kind: "rejected", reason: "no signature" };
      if (!epaySignatureMatches(params, config.key)) return { kind: "rejected", reason: "bad signature" };
      if (params.pid !== config.pid) return { kind: "rejected", reason: "another merchant's pid" };
      if (params.trade_status !== "TRADE_SUCCESS") return { kind: "ignored", reason: `trade_status ${params.trade_status ?? "missing"}` };
      const amountFen = amountToFen(params.money);
      if (!params.out_trade_no || !params.trade_no || amountFen === null) return { kind: "rejected", reason: "incomplete notify" };
      return { kind: "paid", payment: { outTradeNo: params.out_trade_no, tradeNo: params.trade_no, amountFen } };
    },

    notifyAnswer(accepted: boolean): Response {
      return new Response(accepted ? "success" : "fail", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
    },

    async queryTrade(outTradeNo: string): Promise<TradeState> {
      const answer = await api("order", { out_trade_no: outTradeNo });
      // code != 1 is "no such order" for an order the buyer never opened: unpaid.
      if (Number(answer.code) !== 1) return { kind: "unpaid" };
      if (String(answer.out_trade_no) !== outTradeNo) throw new ProviderError("epay", "api.php answered for another order");
      if (Number(answer.status) !== 1) return { kind: "unpaid" };
      const amountFen = amountToFen(String(answer.money ?? ""));
      if (amountFen === null || typeof answer.trade_no !== "string" || !answer.trade_no)
        throw new ProviderError("epay", "api.php answered a paid order without trade_no or money");
      return { kind: "paid", payment: { outTradeNo, tradeNo: answer.trade_no, amountFen } };
    },

    async refund(request: RefundRequest): Promise<void> {
      const answer = await api(
        "refund",
        { trade_no: request.tradeNo, out_trade_no: request.outTradeNo, money: fenToAmount(request.amountFen) },
        "POST",
      );
      if (Number(answer.code) !== 1) throw new ProviderError("epay", `refund refused: ${String(answer.msg ?? "no message").slice(0, 120)}`);
    },

    async testConnection(): Promise<string> {
      // The merchant query answers only for the right pid + key.
      const answer = await api("query", {});
      if (Number(answer.code) !== 1)
        throw new ProviderError("epay", `merchant query refused: ${String(answer.msg ?? "no message").slice(0, 120)}`);
      return `EPay merchant ${config.pid} answered (MD5 signing: a shared secret, weaker than RSA)`;
    },
  };
}
