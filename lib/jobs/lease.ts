import "server-only";
import { db } from "../db";

/**
 * A job's lease: the row for `name` belongs to `holder` until `expiresAt`. Taking it is one
 * guarded update (ours already, or run out) and, for a job never run before, an insert that
 * loses quietly to a concurrent one: the database decides, so any number of instances on
 * one database run each job once at a time. A holder that dies stops renewing, and the next
 * instance takes over when the lease runs out.
 */
export async function acquireLease(name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const renewed = await db.jobLease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (renewed.count === 1) return true;
  // DO NOTHING rather than a caught unique violation: pg-pool drops the connection of a failed statement.
  const inserted = await db.$executeRaw`
    INSERT INTO "job_leases" ("name", "holder", "expiresAt") VALUES (${name}, ${holder}, ${expiresAt})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** Gives a lease back at shutdown so another instance need not wait for it to run out. */
export async function releaseLease(name: string, holder: string): Promise<void> {
  await db.jobLease.deleteMany({ where: { name, holder } });
}

/** Who holds a job now (for health and the admin), or null when nobody does. */
export async function leaseHolder(name: string, now = new Date()): Promise<string | null> {
  const lease = await db.jobLease.findUnique({ where: { name } });
  return lease && lease.expiresAt >= now ? lease.holder : null;
}
