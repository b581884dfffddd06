// The status worker: a worker thread that answers status polls whole, off the request thread.
// It reads the order on connections of its own (on SQLite a read-only one, which in WAL mode
// sees only committed rows, like every connection to the file; on PostgreSQL a small pool,
// which reads committed rows as every other does) and makes the answer's JSON with the same
// code as the request thread (./status-answer.ts). An order whose reading has more to do than
// answer (an overdue one to expire, a cashier order whose provider is asked) goes back to the
// request thread. Bundled by `npm run build` (scripts/server-bundle.ts) and started by
// ./status-off-thread.ts.
import { parentPort } from "node:worker_threads";
import pg from "pg";
import { env, isPostgres } from "../env";
import { keptStatements } from "../db/kept-statements";
import { numberedPlaceholders } from "../db/numbered-placeholders";
import { postgresReadQuery } from "../db/postgres-values";
import { workerError } from "../db/worker-calls";
import { AppError } from "../api/app-error";
import { BY_ID, BY_NUMBER, fromSqlite, needsMoreThanAnswer, recordOf, statusOf, type OrderReadRow } from "./status-answer";
import { STATUS_WORKER_APPLICATION_NAME, type StatusWorkerAnswer, type StatusWorkerQuestion } from "./status-worker-protocol";

type OrderReader = (key: StatusWorkerQuestion["key"], value: string) => OrderReadRow[] | Promise<OrderReadRow[]>;
const READS = { id: BY_ID, orderNo: BY_NUMBER } as const;

function sqliteReader(): OrderReader {
  const statement = keptStatements({ readOnly: true });
  return (key, value) => (statement(READS[key]).all(value) as Record<string, unknown>[]).map(fromSqlite);
}

// A poll is one short statement: four connections keep up with a request thread's polls, as
// the read worker's do (lib/db/postgres-read-worker.ts).
const POSTGRES_CONNECTIONS = 4;

function postgresReader(): OrderReader {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: POSTGRES_CONNECTIONS,
    application_name: STATUS_WORKER_APPLICATION_NAME,
  });
  // An idle connection the server closed leaves the pool; the next read opens another.
  pool.on("error", () => undefined);
  // The hot reads' form: a named statement, rows in the shop's types (lib/db/postgres-values.ts).
  return async (key, value) => (await pool.query<OrderReadRow>(postgresReadQuery(numberedPlaceholders(READS[key]), [value]))).rows;
}

const readOrder = isPostgres ? postgresReader() : sqliteReader();

function answerOf(rows: OrderReadRow[], token: string | null): StatusWorkerAnswer {
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

parentPort!.on("message", ({ id, key, value, token }: StatusWorkerQuestion & { id: number }) => {
  const fail = (error: unknown) => parentPort!.postMessage({ id, error: workerError(error) });
  try {
    const rows = readOrder(key, value);
    // SQLite answers at once; PostgreSQL's read is a promise, and polls overlap on the pool.
    if (Array.isArray(rows)) parentPort!.postMessage({ id, rows: [answerOf(rows, token)] });
    else rows.then((read) => parentPort!.postMessage({ id, rows: [answerOf(read, token)] })).catch(fail);
  } catch (error) {
    fail(error);
  }
});
