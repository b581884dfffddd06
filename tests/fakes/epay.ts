// A fake EPay (易支付) gateway speaking the real protocol: mapi.php and submit.php check the
// MD5 signature, pid and parameters as a real gateway does and open a trade; api.php
// answers act=order / act=query / act=refund for the right pid + key only; pay() marks a
// trade paid and sends the signed GET notify to the trade's notify_url, as the gateway would.
import { randomInt } from "node:crypto";
import { epaySign, epaySignatureMatches } from "@/lib/payments/cashier/epay/epay-sign";
import { deliverNotify, startFakeHttp, type FakeRequest, type FakeServer } from "./fake-http";

export type EpayTrade = {
  tradeNo: string;
  outTradeNo: string;
  type: string;
  name: string;
  money: string;
  notifyUrl: string;
  returnUrl: string;
  paid: boolean;
  refunded: string[];
};

export type FakeEpay = FakeServer & {
  pid: string;
  key: string;
  trades: Map<string, EpayTrade>;
  /** The buyer pays: the trade is paid and (unless told otherwise) the notify is sent. */
  pay: (outTradeNo: string, options?: { notify?: boolean }) => Promise<{ status: number; text: string } | null>;
  /** The signed notify parameters of a trade, with overrides applied before signing (or after, with `tamper`). */
  notifyParams: (
    outTradeNo: string,
    overrides?: Record<string, string>,
    options?: { key?: string; tamper?: Record<string, string> },
  ) => URLSearchParams;
};

const json = (value: object) => ({ body: JSON.stringify(value) });

export async function startFakeEpay(): Promise<FakeEpay> {
  const pid = String(randomInt(1000, 9999));
  const key = `epaykey${randomInt(1e9, 1e10)}`;
  const trades = new Map<string, EpayTrade>();

  function openTrade(params: Record<string, string>): EpayTrade | string {
    if (params.pid !== pid) return "商户不存在";
    if (!epaySignatureMatches(params, key)) return "签名校验失败";
    for (const field of ["type", "out_trade_no", "notify_url", "name", "money"]) if (!params[field]) return `缺少参数 ${field}`;
    if (!["alipay", "wxpay"].includes(params.type!)) return "支付方式不存在";
    if (!/^\d+(\.\d{1,2})?$/.test(params.money!) || Number(params.money) <= 0) return "金额不合法";
    const existing = trades.get(params.out_trade_no!);
    if (existing) return existing.money === params.money ? existing : "订单号已存在";
    const trade: EpayTrade = {
      tradeNo: `2026${randomInt(1e9, 1e10)}${randomInt(1e5, 1e6)}`,
      outTradeNo: params.out_trade_no!,
      type: params.type!,
      name: params.name!,
      money: params.money!,
      notifyUrl: params.notify_url!,
      returnUrl: params.return_url ?? "",
      paid: false,
      refunded: [],
    };
    trades.set(trade.outTradeNo, trade);
    return trade;
  }

  function handle(request: FakeRequest) {
    const path = request.url.pathname;
    if (path === "/mapi.php" && request.method === "POST") {
      const trade = openTrade(Object.fromEntries(new URLSearchParams(request.body)));
      if (typeof trade === "string") return json({ code: -1, msg: trade });
      return json({
        code: 1,
        msg: "succ",
        trade_no: trade.tradeNo,
        payurl: `${fake.baseUrl}/pay/${trade.tradeNo}`,
        qrcode: `${fake.baseUrl}/qr/${trade.tradeNo}`,
      });
    }
    if (path === "/submit.php") {
      const trade = openTrade(Object.fromEntries(request.url.searchParams));
      if (typeof trade === "string") return { status: 400, body: trade, headers: { "content-type": "text/plain; charset=utf-8" } };
      return { body: `<html><body>EPay cashier ${trade.tradeNo}</body></html>`, headers: { "content-type": "text/html; charset=utf-8" } };
    }
    if (path.startsWith("/pay/"))
      return { body: "<html><body>EPay cashier</body></html>", headers: { "content-type": "text/html; charset=utf-8" } };
    if (path === "/api.php") {
      const params = Object.fromEntries(request.method === "POST" ? new URLSearchParams(request.body) : request.url.searchParams);
      const act = request.url.searchParams.get("act") ?? params.act;
      if (params.pid !== pid || params.key !== key) return json({ code: -3, msg: "KEY校验失败" });
      if (act === "query") return json({ code: 1, pid, active: 1, money: "0.00" });
      const trade = [...trades.values()].find((t) => t.outTradeNo === params.out_trade_no || t.tradeNo === params.trade_no);
      if (act === "order") {
        if (!trade) return json({ code: -1, msg: "订单号不存在" });
        return json({
          code: 1,
          msg: "succ",
          trade_no: trade.tradeNo,
          out_trade_no: trade.outTradeNo,
          type: trade.type,
          pid,
          name: trade.name,
          money: trade.money,
          status: trade.paid ? 1 : 0,
        });
      }
      if (act === "refund") {
        if (!trade || !trade.paid) return json({ code: -1, msg: "订单不存在或未支付" });
        const refundedFen = trade.refunded.reduce((sum, money) => sum + Math.round(Number(money) * 100), 0);
        if (refundedFen + Math.round(Number(params.money) * 100) > Math.round(Number(trade.money) * 100))
          return json({ code: -1, msg: "退款金额超过订单金额" });
        trade.refunded.push(params.money!);
        return json({ code: 1, msg: "退款成功" });
      }
    }
    return { status: 404, body: "not found" };
  }

  const server = await startFakeHttp(handle);
  // Declared after the handlers above, which only read it once requests arrive.
  const fake: FakeEpay = Object.assign(server, {
    pid,
    key,
    trades,
    notifyParams(
      outTradeNo: string,
      overrides: Record<string, string> = {},
      options: { key?: string; tamper?: Record<string, string> } = {},
    ) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      const params: Record<string, string> = {
        pid,
        trade_no: trade.tradeNo,
        out_trade_no: trade.outTradeNo,
        type: trade.type,
        name: trade.name,
        money: trade.money,
        trade_status: "TRADE_SUCCESS",
        ...overrides,
      };
      return new URLSearchParams({ ...params, sign: epaySign(params, options.key ?? key), sign_type: "MD5", ...options.tamper });
    },
    async pay(outTradeNo: string, options: { notify?: boolean } = {}) {
      const trade = trades.get(outTradeNo);
      if (!trade) throw new Error(`no trade ${outTradeNo}`);
      trade.paid = true;
      if (options.notify === false) return null;
      return deliverNotify(`${trade.notifyUrl}?${fake.notifyParams(outTradeNo)}`);
    },
  });
  return fake;
}
