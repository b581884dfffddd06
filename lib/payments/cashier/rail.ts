// What every cashier rail (EPay, official Alipay, WeChat Pay v3) does, in the shop's terms:
// amounts are integer fen, the shop's payable is named by its out_trade_no (an order number
// or a top-up number), and the provider's own trade number identifies a payment.
export type RailName = "epay" | "alipay" | "wechat";
/** The shop's two cashier payment methods (the API's `paymentMethod`). */
export type CashierMethod = "alipay" | "wechat";

export type PayRequest = {
  method: CashierMethod;
  outTradeNo: string;
  amountFen: bigint;
  /** What the buyer sees at the cashier ("Order GS…"). */
  subject: string;
  expiresAt: Date;
  notifyUrl: string;
  returnUrl: string;
};

/** How the buyer pays: a link to open (phones) and/or the text of a QR code (desktops). */
export type PayInstructions = { payUrl: string | null; qrCode: string | null };

/** A provider's statement that a trade was paid, verified (signature, merchant) by the rail. */
export type ProviderPayment = { outTradeNo: string; tradeNo: string; amountFen: bigint };

export type NotifyRequest = { method: string; url: URL; headers: Headers; body: string };

export type NotifyVerdict =
  | { kind: "paid"; payment: ProviderPayment }
  /** Authentic, but not a completed payment (e.g. Alipay's WAIT_BUYER_PAY): acknowledged, nothing done. */
  | { kind: "ignored"; reason: string }
  | { kind: "rejected"; reason: string };

export type TradeState = { kind: "paid"; payment: ProviderPayment } | { kind: "unpaid" };

export type RefundRequest = { outTradeNo: string; tradeNo: string; amountFen: bigint; totalFen: bigint; refundNo: string; reason: string };

export interface CashierRail {
  readonly name: RailName;
  /** Starts a payment at the provider (or signs the browser's way there). */
  createPayment(request: PayRequest): Promise<PayInstructions>;
  /** Checks a notify's signature, merchant and content. Never throws for bad input. */
  verifyNotify(request: NotifyRequest): Promise<NotifyVerdict>;
  /** The answer the provider expects: `accepted` stops its retries. */
  notifyAnswer(accepted: boolean): Response;
  /** Asks the provider whether a trade was paid (a missed notify). */
  queryTrade(outTradeNo: string): Promise<TradeState>;
  /** Sends the money back; idempotent at the provider by `refundNo`. */
  refund(request: RefundRequest): Promise<void>;
  /** A signed call that changes nothing, to prove credentials and reachability (the admin's "test connection"). */
  testConnection(): Promise<string>;
}

/** Money as providers write it: fen -> "12.34". */
export function fenToAmount(fen: bigint): string {
  const whole = fen / 100n;
  const cents = (fen % 100n).toString().padStart(2, "0");
  return `${whole}.${cents}`;
}

/** "12.34" / "12.3" / "12" -> fen; anything else is null (never a float). */
export function amountToFen(text: unknown): bigint | null {
  if (typeof text !== "string") return null;
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}
