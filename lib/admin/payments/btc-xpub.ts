import "server-only";
// The Bitcoin xpub as the operator manages it (PUT /api/admin/payments/xpub and the
// console): shown shortened with the number of addresses it handed out; entered or removed here
// only while BTC_XPUB is unset (the environment's is fixed). Checked as BTC_XPUB is at start,
// audited (shortened: the whole key reveals every address it derives; it is never logged).
import { createHash } from "node:crypto";
import { db, transaction } from "../../db";
import { AppError } from "../../api/app-error";
import { invalidatePaymentConfig } from "../../payments/payment-config";
import { btcXpub, forgetBtcXpub, shortXpub, XPUB_SETTING, type BtcXpub } from "../../payments/crypto/btc-xpub";
import { parseAccountKey } from "../../payments/crypto/xpub";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";

export type XpubDto = { key: string; source: "env" | "admin"; kind: "xpub" | "zpub"; addresses_issued: number; editable: boolean };

async function xpubDto(xpub: BtcXpub): Promise<XpubDto> {
  const keyHash = createHash("sha256").update(xpub.key).digest("hex");
  const derivation = await db.btcDerivation.findUnique({ where: { keyHash } });
  return {
    key: shortXpub(xpub.key),
    source: xpub.source,
    kind: xpub.key.startsWith("zpub") ? "zpub" : "xpub",
    addresses_issued: derivation?.nextIndex ?? 0,
    editable: xpub.source === "admin",
  };
}

/** The xpub in force, as the console shows it, or null when Bitcoin has none. */
export async function xpubState(): Promise<XpubDto | null> {
  const xpub = await btcXpub();
  return xpub && xpubDto(xpub);
}

const fixed = () => new AppError("conflict", "BTC_XPUB is set in the environment: change it there");

/**
 * Enters (or replaces) the console's xpub: Bitcoin orders then get their own BIP84 addresses from
 * it, so the fixed Bitcoin addresses (the operator's, the demo wallet's) are switched off, as
 * BTC_XPUB does at start. A new key starts at index 0 (btc_derivations is per key). The same key
 * again changes nothing.
 */
export async function setBtcXpub(actor: Actor, key: string): Promise<{ xpub: XpubDto; changed: boolean }> {
  if ((await btcXpub())?.source === "env") throw fixed();
  try {
    parseAccountKey(key);
  } catch (error) {
    throw new AppError("validation", `xpub: ${(error as Error).message}`);
  }
  try {
    const changed = await transaction(async (tx) => {
      const before = await tx.setting.findUnique({ where: { key: XPUB_SETTING } });
      const value = JSON.stringify(key);
      if (before?.value === value) return false;
      await tx.setting.upsert({ where: { key: XPUB_SETTING }, create: { key: XPUB_SETTING, value }, update: { value } });
      const off = await tx.paymentAddress.updateMany({ where: { coin: "btc", active: true }, data: { active: false } });
      await recordAudit(tx, actor, {
        action: "payment_xpub.set",
        entityType: "payment_xpub",
        entityId: "btc",
        before: before ? { key: shortXpub(JSON.parse(before.value) as string) } : null,
        after: { key: shortXpub(key), fixed_addresses_switched_off: off.count },
      });
      return true;
    });
    return { xpub: await xpubDto({ key, source: "admin" }), changed };
  } finally {
    forgetBtcXpub();
    invalidatePaymentConfig();
  }
}

/** Removes the console's xpub: new Bitcoin orders need a receiving address again. Live orders on its addresses are still watched. */
export async function removeBtcXpub(actor: Actor): Promise<{ xpub: null; changed: boolean }> {
  if ((await btcXpub())?.source === "env") throw fixed();
  try {
    const changed = await transaction(async (tx) => {
      const before = await tx.setting.findUnique({ where: { key: XPUB_SETTING } });
      if (!before) return false;
      await tx.setting.delete({ where: { key: XPUB_SETTING } });
      await recordAudit(tx, actor, {
        action: "payment_xpub.remove",
        entityType: "payment_xpub",
        entityId: "btc",
        before: { key: shortXpub(JSON.parse(before.value) as string) },
        after: null,
      });
      return true;
    });
    return { xpub: null, changed };
  } finally {
    forgetBtcXpub();
    invalidatePaymentConfig();
  }
}
