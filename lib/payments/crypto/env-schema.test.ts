import { afterEach, describe, expect, it, vi } from "vitest";

// From the notes' test vectors (mnemonic "abandon" x11 + "about").
const TRON = "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH";
const ETH = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";
const ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";

/** lib/env.ts as an instance would load it at start, with these variables (the rest as the test run has them). */
async function loadEnv(variables: Record<string, string>) {
  for (const name of ["RECEIVE_TRC20_USDT", "RECEIVE_ERC20_USDT", "RECEIVE_ETH", "BTC_XPUB", "ETH_RPC_URL", "BSC_RPC_URL"]) {
    vi.stubEnv(name, "");
  }
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("../../env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("crypto configuration checked at start", () => {
  it("accepts valid receiving addresses, an xpub and the RPC endpoint they need", async () => {
    const env = await loadEnv({
      RECEIVE_TRC20_USDT: ` ${TRON} ,${TRON}`,
      RECEIVE_ERC20_USDT: ETH.toLowerCase(),
      ETH_RPC_URL: "https://eth.example.com",
      BTC_XPUB: ZPUB,
    });
    expect(env.RECEIVE_TRC20_USDT).toEqual([TRON]);
    expect(env.RECEIVE_ERC20_USDT).toEqual([ETH.toLowerCase()]);
    expect(env.BTC_XPUB).toBe(ZPUB);
  });

  it("refuses a TRON address with a wrong checksum, naming the variable and the address", async () => {
    const damaged = `${TRON.slice(0, -1)}J`;
    await expect(loadEnv({ RECEIVE_TRC20_USDT: `${TRON},${damaged}` })).rejects.toThrow(
      `Invalid environment configuration:\n  RECEIVE_TRC20_USDT: not a valid trc20_usdt address: ${damaged}`,
    );
  });

  it("refuses a BTC_XPUB that is not an extended public key", async () => {
    await expect(loadEnv({ BTC_XPUB: "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu" })).rejects.toThrow(
      "BTC_XPUB: must be an xpub or zpub (mainnet extended public key)",
    );
    // A zpub with a damaged checksum.
    await expect(loadEnv({ BTC_XPUB: `${ZPUB.slice(0, -1)}t` })).rejects.toThrow(/Invalid environment configuration:\n {2}BTC_XPUB: /);
  });

  it("refuses Ethereum receiving addresses without ETH_RPC_URL to watch them", async () => {
    await expect(loadEnv({ RECEIVE_ERC20_USDT: ETH })).rejects.toThrow("RECEIVE_ERC20_USDT: needs ETH_RPC_URL to watch these addresses");
    await expect(loadEnv({ RECEIVE_ETH: ETH, ETH_RPC_URL: "" })).rejects.toThrow("RECEIVE_ETH: needs ETH_RPC_URL to watch these addresses");
  });
});
