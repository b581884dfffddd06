import type { CryptoPaymentData } from "./crypto-payment";

/** A payment answer that carries a receiving address and an exact amount. */
export const isCrypto = (payment: object): payment is CryptoPaymentData => "address" in payment && "amount" in payment;
