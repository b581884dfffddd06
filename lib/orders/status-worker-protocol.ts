// What the request thread asks the status worker (./status-worker.ts) and what it answers.

/** The order by its id or its order number, and the poll's token (null: the public summary). */
export type StatusWorkerQuestion = { key: "id" | "orderNo"; value: string; token: string | null };

export type StatusWorkerAnswer =
  /** The answer's whole JSON body, as the request thread would have made it. */
  | { outcome: "answer"; json: string }
  | { outcome: "not_found" }
  | { outcome: "invalid_token" }
  /** Reading this order has more to do than answer: the request thread reads it itself. */
  | { outcome: "request_thread" };

/** The worker's bundle, in the build's directory (written by scripts/server-bundle.ts). */
export const STATUS_WORKER_FILE = "stockline-status-worker.mjs";

/** How the worker's PostgreSQL connections show in pg_stat_activity. */
export const STATUS_WORKER_APPLICATION_NAME = "stockline status polls";
