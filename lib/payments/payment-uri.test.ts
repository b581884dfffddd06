import { describe, expect, it } from "vitest";
import { paymentUri } from "./payment-uri";

const evm = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";

describe("paymentUri", () => {
  it("BTC: a BIP21 URI with the amount in BTC", () => {
    expect(paymentUri("btc", "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", "1234500")).toEqual({
      uri: "bitcoin:bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu?amount=0.012345",
      carriesAmount: true,
    });
  });

  it("ERC20 USDT: an EIP-681 transfer on the Ethereum token contract (chain 1), amount in 6-decimal units", () => {
    expect(paymentUri("erc20_usdt", evm, "10010000").uri).toBe(
      `ethereum:0xdac17f958d2ee523a2206206994597c13d831ec7@1/transfer?address=${evm}&uint256=10010000`,
    );
  });

  it("BEP20 USDT: an EIP-681 transfer on the BSC token contract (chain 56), amount in 18-decimal units", () => {
    expect(paymentUri("bep20_usdt", evm, "10010000000000000000").uri).toBe(
      `ethereum:0x55d398326f99059ff775485246999027b3197955@56/transfer?address=${evm}&uint256=10010000000000000000`,
    );
  });

  it("ETH and BNB: EIP-681 value in wei on their chain", () => {
    expect(paymentUri("eth", evm, "2014000000000000000").uri).toBe(`ethereum:${evm}@1?value=2014000000000000000`);
    expect(paymentUri("bnb", evm, "50000000000000000").uri).toBe(`ethereum:${evm}@56?value=50000000000000000`);
  });

  it("TRON (TRC20 USDT and TRX): the address alone, flagged as carrying no amount", () => {
    expect(paymentUri("trc20_usdt", "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH", "10010000")).toEqual({
      uri: "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH",
      carriesAmount: false,
    });
    expect(paymentUri("trx", "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH", "4000000").carriesAmount).toBe(false);
  });
});
