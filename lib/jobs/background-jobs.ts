import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { acquireLease, releaseLease } from "./lease";

export type BackgroundJob = {
  /** Unique across the shop: the lease's key. */
  name: string;
  everyMs: number;
  /** How long a holder keeps the job without renewing; default three intervals, at least 5 s. */
  leaseMs?: number;
  run: () => Promise<void>;
};

/** This process, as a lease holder. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const running = new Map<string, { timer: NodeJS.Timeout; job: BackgroundJob }>();

/**
 * Runs a job every `everyMs` in this process while it holds the job's lease; other instances
 * keep asking and take over when this one stops renewing. A run that outlasts its lease may
 * overlap the next holder's: every job's writes must be idempotent (guarded updates, unique
 * keys), which they are anyway because a holder can die halfway through.
 */
export function startBackgroundJob(job: BackgroundJob): void {
  if (running.has(job.name)) return;
  const leaseMs = job.leaseMs ?? Math.max(job.everyMs * 3, 5_000);
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      if (await acquireLease(job.name, INSTANCE_ID, leaseMs)) await job.run();
    } catch (error) {
      console.error(`[stockline] background job ${job.name} failed`, error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, job.everyMs);
  timer.unref();
  running.set(job.name, { timer, job });
  void tick();
}

/** Stops this process's jobs and hands their leases back (at shutdown). */
export async function stopBackgroundJobs(): Promise<void> {
  const names = [...running.keys()];
  for (const { timer } of running.values()) clearInterval(timer);
  running.clear();
  await Promise.all(names.map((name) => releaseLease(name, INSTANCE_ID).catch(() => undefined)));
}
