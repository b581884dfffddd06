import "server-only";
// The status poll, answered by the status worker (./status-worker.ts): the read, the delivered
// items' decryption and the answer's JSON leave the request thread, which on one instance is
// the bottleneck (every request's JavaScript runs on it) while another core often has room.
// On PostgreSQL the read alone used to go to the read worker (lib/db/postgres-read-worker.ts)
// and the rest stayed here. A/B on the bench's polls of a completed order (2,000 orders, 2 runs
// each, 2026-12-07): 0.76x -> 0.86x of the ceiling, the main thread 785 -> 689 µs per poll.
// Only the production build has the worker's bundle, made from the sources it was built
// with: under `next dev`, and should the worker fail to start or stop, the request thread
// answers as before (./order-views.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError, errors } from "../api/app-error";
import { jsonAnswer } from "../api/json-answer";
import { isWorkerStopped, workerCalls, type WorkerCalls } from "../db/worker-calls";
import { recordStatement } from "../db/statement-count";
import { numberedPlaceholders } from "../db/numbered-placeholders";
import { isPostgres } from "../env";
import { processWorker } from "../db/process-worker";
import { BY_ID, BY_NUMBER } from "./status-answer";
import { ORDER_NUMBER_PATTERN } from "./order-number";
import { STATUS_WORKER_FILE, type StatusWorkerAnswer } from "./status-worker-protocol";

// The reads as the worker sends them (on PostgreSQL with numbered placeholders), for the statement count.
const SENT = isPostgres
  ? { byId: numberedPlaceholders(BY_ID), byNumber: numberedPlaceholders(BY_NUMBER) }
  : { byId: BY_ID, byNumber: BY_NUMBER };

const WORKER_START = `import(require("node:url").pathToFileURL(require("node:worker_threads").workerData.file).href)`;

const statusWorker = processWorker(
  { key: "stocklineStatusWorker", name: "status worker", fallback: "status polls are answered on the request thread" },
  (): WorkerCalls | null => {
    if (process.env.NODE_ENV !== "production") return null;
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", STATUS_WORKER_FILE);
    if (!existsSync(file)) return null;
    // Started through a line of eval'd source that imports the bundle: a Worker given the file
    // itself has the bundler trace (and refuse) every file the path could name.
    const worker = workerCalls(new Worker(WORKER_START, { eval: true, workerData: { file } }));
    console.log("[stockline] status polls are answered on a worker thread of their own (the status worker)");
    return worker;
  },
);

/**
 * The poll's answer from the status worker, as the response to send; null when the request
 * thread answers instead (no worker, or an order whose reading has more to do).
 */
export async function statusOffThread(idOrNumber: string, token: string | null): Promise<Response | null> {
  const worker = statusWorker.get();
  if (!worker) return null;
  const byNumber = ORDER_NUMBER_PATTERN.test(idOrNumber);
  recordStatement(byNumber ? SENT.byNumber : SENT.byId);
  let answer: StatusWorkerAnswer;
  try {
    answer = (await worker.call({ key: byNumber ? "orderNo" : "id", value: idOrNumber, token }))[0] as unknown as StatusWorkerAnswer;
  } catch (error) {
    // A failed statement is an answer (a 500, as on the request thread); only a worker gone for good falls back.
    if (!isWorkerStopped(error)) throw error;
    statusWorker.forget();
    return null;
  }
  switch (answer.outcome) {
    case "answer":
      return jsonAnswer(answer.json);
    case "not_found":
      throw errors.orderNotFound();
    case "invalid_token":
      throw new AppError("invalid_order_token", "Invalid order token");
    case "request_thread":
      return null;
  }
}
