import "server-only";
// The receiving addresses as the operator manages them (/api/admin/payments/addresses and the
// console). They live in payment_addresses with their source: `env` rows mirror RECEIVE_*
// (re-applied at every start by lib/payments/crypto/receiving-addresses.ts, so they are
// read-only here), `admin` rows are the operator's, `demo` rows the public test wallet's.
// Orders draw from every active row of a coin: the environment's and the console's together.
import { db, transaction } from "../../db";
import { env } from "../../env";
import { AppError } from "../../api/app-error";
import { isUniqueViolation } from "../../db/errors";
import { addressKey, isAddressFor } from "../../payments/crypto/address-format";
import { COIN_NAMES, COINS, type Coin } from "../../payments/crypto/coins";
import { btcXpub } from "../../payments/crypto/btc-xpub";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { AddAddressInput } from "./payment-request-schemas";
import { xpubState } from "./btc-xpub";
import { invalidatePaymentConfig } from "../../payments/payment-config";

type AddressRow = { id: string; coin: string; address: string; demo: boolean; active: boolean; source: string };

function addressDto(row: AddressRow, liveOrders: number) {
  const coin = row.coin as Coin;
  return {
    id: row.id,
    coin: row.coin,
    network: COINS[coin]?.network ?? null,
    asset: COINS[coin]?.asset ?? null,
    address: row.address,
    source: row.source as "env" | "admin" | "demo",
    active: row.active,
    /** Only the console's own addresses can be removed here; RECEIVE_* is changed in the environment. */
    editable: row.source === "admin",
    /** Live orders that hold an amount on this address (they are still watched after a removal). */
    live_orders: liveOrders,
  };
}
export type ReceivingAddressDto = ReturnType<typeof addressDto>;

/** Every active receiving address, by coin, with the xpub and, per coin, whether it still pays the demo wallet. */
export async function listReceivingAddresses() {
  const [rows, locks, xpub] = await Promise.all([
    db.paymentAddress.findMany({ where: { active: true }, orderBy: [{ coin: "asc" }, { source: "asc" }, { address: "asc" }] }),
    db.cryptoAmountLock.groupBy({ by: ["coin", "address"], where: { lockedUntil: { gt: new Date() } }, _count: { _all: true } }),
    xpubState(),
  ]);
  const live = new Map(locks.map((lock) => [`${lock.coin}|${lock.address}`, lock._count._all]));
  const addresses = rows.map((row) => addressDto(row, live.get(`${row.coin}|${row.address}`) ?? 0));
  const coins = COIN_NAMES.map((coin) => {
    const own = addresses.filter((entry) => entry.coin === coin);
    const fromXpub = coin === "btc" && xpub !== null;
    return {
      coin,
      network: COINS[coin].network,
      asset: COINS[coin].asset,
      addresses: own.length,
      from_environment: (fromXpub && xpub.source === "env") || own.some((entry) => entry.source === "env"),
      demo: !fromXpub && own.some((entry) => entry.source === "demo"),
      /** Bitcoin with an xpub (BTC_XPUB or the console's) takes no fixed addresses: every order gets its own. */
      accepts_addresses: !fromXpub,
    };
  });
  return { coins, addresses, xpub };
}

const notFound = () => new AppError("not_found", "Receiving address not found");

/**
 * Adds an operator's receiving address (checked by checksum for its coin's network). A real
 * address replaces the demo wallet for that coin, as RECEIVE_* does. Adding one that is
 * already active is a conflict; one removed earlier comes back.
 */
export async function addReceivingAddress(actor: Actor, input: AddAddressInput): Promise<ReceivingAddressDto> {
  const coin = input.coin;
  if (coin === "btc" && (await btcXpub()))
    throw new AppError("validation", "Bitcoin addresses come from the xpub: each order gets its own");
  if (!isAddressFor(coin, input.address)) throw new AppError("validation", `address: not a valid ${coin} address`);
  // As for RECEIVE_* at start: an address no watcher could see would take orders that never complete.
  const endpoint = { ethereum: ["ETH_RPC_URL", env.ETH_RPC_URL], bsc: ["BSC_RPC_URL", env.BSC_RPC_URL] }[COINS[coin].chain as string];
  if (endpoint && !endpoint[1]) throw new AppError("validation", `${coin} needs ${endpoint[0]} to watch this address`);
  const key = addressKey(coin, input.address);
  try {
    return await transaction(async (tx) => {
      const same = (await tx.paymentAddress.findMany({ where: { coin } })).find((row) => addressKey(coin, row.address) === key);
      if (same?.source === "demo") throw new AppError("conflict", "This is the demo wallet's address: anyone can spend from it");
      if (same?.active) throw new AppError("conflict", "This address is already a receiving address for this coin");
      const row = same
        ? await tx.paymentAddress.update({ where: { id: same.id }, data: { active: true, source: "admin", demo: false } })
        : await tx.paymentAddress.create({ data: { coin, address: input.address, source: "admin", demo: false, active: true } });
      const demoOff = await tx.paymentAddress.updateMany({ where: { coin, demo: true, active: true }, data: { active: false } });
      const after = addressDto(row, 0);
      await recordAudit(tx, actor, {
        action: "payment_address.add",
        entityType: "payment_address",
        entityId: row.id,
        before: same ? addressDto(same, 0) : undefined,
        after: { ...after, demo_addresses_switched_off: demoOff.count },
      });
      return after;
    });
  } catch (error) {
    // Two operators adding the same address at once: the unique (coin, address) index decides.
    if (isUniqueViolation(error)) throw new AppError("conflict", "This address is already a receiving address for this coin");
    throw error;
  } finally {
    // The coin is offered (or its demo wallet is not) at once here; other instances within 5 s.
    invalidatePaymentConfig();
  }
}

/**
 * Takes an operator's address out of use: new orders no longer get it. Orders that already
 * hold an amount on it are still watched until their grace window ends (watchedAddresses).
 * An address from the environment is refused: RECEIVE_* is authoritative. A repeat changes nothing.
 */
export async function removeReceivingAddress(actor: Actor, id: string): Promise<{ removed: true; changed: boolean }> {
  try {
    return await removeAddress(actor, id);
  } finally {
    invalidatePaymentConfig();
  }
}

function removeAddress(actor: Actor, id: string): Promise<{ removed: true; changed: boolean }> {
  return transaction(async (tx) => {
    const row = await tx.paymentAddress.findUnique({ where: { id } });
    if (!row) throw notFound();
    if (row.source !== "admin") {
      throw new AppError(
        "validation",
        row.source === "env"
          ? "This address comes from the environment (RECEIVE_*): change it there"
          : "The demo wallet's addresses are switched off by adding your own",
      );
    }
    const moved = await tx.paymentAddress.updateMany({ where: { id, active: true }, data: { active: false } });
    if (moved.count === 1) {
      await recordAudit(tx, actor, {
        action: "payment_address.remove",
        entityType: "payment_address",
        entityId: id,
        before: addressDto(row, 0),
        after: addressDto({ ...row, active: false }, 0),
      });
    }
    return { removed: true as const, changed: moved.count === 1 };
  });
}
