import "server-only";
import { env } from "../env";
import { expireOverdueOrders } from "./expire-orders";
import { forgetOldAnswers } from "./idempotency";

let timer: NodeJS.Timeout | undefined;

/**
 * Expires overdue orders (and forgets day-old idempotent answers) from inside the app, so
 * nothing depends on an external cron or queue worker. Several instances may sweep at once:
 * each expiry is a guarded update.
 */
export function startSweeper(): void {
  if (timer || env.SWEEPER_INTERVAL_SECONDS === 0) return;
  let running = false;
  timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const expired = await expireOverdueOrders();
      if (expired) console.log(`[stockline] expired ${expired} unpaid order(s)`);
      await forgetOldAnswers();
    } catch (error) {
      console.error("[stockline] order sweeper failed", error);
    } finally {
      running = false;
    }
  }, env.SWEEPER_INTERVAL_SECONDS * 1000);
  timer.unref();
}
