// The status worker: a worker thread that answers SQLite status polls whole, off the request
// thread. It reads the order on a read-only connection of its own (in WAL mode it sees only
// committed rows, like every connection to the file) and makes the answer's JSON with the same
// code as the request thread (./status-answer.ts). An order whose reading has more to do than
// answer (an overdue one to expire, a cashier order whose provider is asked) goes back to the
// request thread. Bundled by `npm run build` (scripts/server-bundle.ts) and started by
// ./status-off-thread.ts.
import { parentPort } from "node:worker_threads";
import { keptStatements } from "../db/kept-statements";
import { AppError } from "../api/app-error";
import { BY_ID, BY_NUMBER, fromSqlite, needsMoreThanAnswer, recordOf, statusOf, type OrderReadRow } from "./status-answer";
import type { StatusWorkerAnswer, StatusWorkerQuestion } from "./status-worker-protocol";

const statement = keptStatements({ readOnly: true });
const READS = { id: BY_ID, orderNo: BY_NUMBER } as const;

function answer({ key, value, token }: StatusWorkerQuestion): StatusWorkerAnswer {
  const rows = (statement(READS[key]).all(value) as Record<string, unknown>[]).map(fromSqlite) as OrderReadRow[];
  const order = recordOf(rows);
  if (!order) return { outcome: "not_found" };
  if (needsMoreThanAnswer(order)) return { outcome: "request_thread" };
  try {
    return { outcome: "answer", json: JSON.stringify({ success: true, ...statusOf(order, token) }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_order_token") return { outcome: "invalid_token" };
    throw error;
  }
}

parentPort!.on("message", (question: StatusWorkerQuestion & { id: number }) => {
  try {
    parentPort!.postMessage({ id: question.id, rows: [answer(question)] });
  } catch (error) {
    parentPort!.postMessage({ id: question.id, error: { message: String((error as Error)?.message ?? error) } });
  }
});
