import "server-only";
// The order path's transaction. Prisma's interactive transaction costs more than the
// statements it runs (`npm run bench:statements`: four raw SELECTs in one cost 0.93 ms on
// SQLite and 2.16 ms on PostgreSQL here, against 0.02 ms and 0.56 ms on the driver), and
// order creation is the shop's hottest write. So its
// transaction runs its hand-written statements (the same Prisma.sql templates, through the
// same `$executeRaw` / `$queryRaw` calls) straight on the driver:
//  - SQLite: a second better-sqlite3 connection to the file, prepared statements kept for
//    reuse, BEGIN IMMEDIATE (the write lock at once, so instances sharing the file queue
//    instead of deadlocking), and the process's turn lock held throughout, so Prisma's own
//    connection never writes or reads in between (lib/db/serialized-sqlite.ts);
//  - PostgreSQL: a client from the pool Prisma itself uses (lib/db.ts).
// Values are written as Prisma writes them (dates as Prisma's text / UTC timestamps,
// booleans as 0/1 on SQLite), so rows look the same whichever path wrote them; the API
// tests run both paths on both engines.
import pg from "pg";
import { Prisma } from "../generated/sqlite/client";
import type { Tx } from "../db";
import { env, isPostgres } from "../env";
import { keptStatements, sqliteTimestamp } from "./kept-statements";
import { sqliteTurns } from "./serialized-sqlite";
import { recordStatement } from "./statement-count";
import { statementName } from "./statement-names";
import { postgresReadQuery, postgresValue, timestampTypes } from "./postgres-values";
import { forgetPostgresReadWorker, sharedPostgresReadWorker } from "./postgres-read-worker";
import { isWorkerStopped } from "./worker-calls";

/** What the order path's statements need of a transaction: raw statements only. */
export type SqlTx = Pick<Tx, "$executeRaw" | "$queryRaw">;

/**
 * A hot transaction can also end with a statement committed together with it: on PostgreSQL
 * the statement and COMMIT go in one message, so a row lock it takes is held by the server
 * alone, never across a turn of this process's event loop (lib/balance/ledger.ts, debitLast).
 * Nothing may run on the transaction after it. If the statement fails, COMMIT is not run and
 * the transaction rolls back as for any other failure.
 */
export type HotTx = SqlTx & {
  commitWith(sql: Prisma.Sql): Promise<void>;
  atCommit(sql: Prisma.Sql): void;
  /**
   * Runs the statements in order and answers each one's rows; on PostgreSQL they go in one
   * message (a round trip for all). The first that fails stops the rest, and the transaction
   * rolls back as for any failure.
   */
  batch(sqls: Prisma.Sql[]): Promise<unknown[][]>;
};

/**
 * A write whose answer nothing waits for (an outbox row, a webhook event): in a hot
 * transaction it is kept and sent with COMMIT (on PostgreSQL in the same message, a round trip
 * saved); in any other transaction it runs at once. It must not need to run before a later
 * statement of the transaction. If it fails, the transaction rolls back as for any failure.
 */
export async function writeAtCommit(tx: SqlTx, sql: Prisma.Sql): Promise<void> {
  if ("atCommit" in tx && typeof tx.atCommit === "function") (tx as HotTx).atCommit(sql);
  else await tx.$executeRaw(sql);
}

type Query = TemplateStringsArray | Prisma.Sql;
type Runner = {
  execute(sql: Prisma.Sql): Promise<number>;
  query(sql: Prisma.Sql): Promise<unknown[]>;
  batch(sqls: Prisma.Sql[]): Promise<unknown[][]>;
};

function asSql(query: Query, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
}

function sqlTx(runner: Runner, commitWith: (sql: Prisma.Sql) => Promise<void>, atCommit: (sql: Prisma.Sql) => void): HotTx {
  return {
    $executeRaw: (query: Query, ...values: unknown[]) => runner.execute(asSql(query, values)),
    $queryRaw: (query: Query, ...values: unknown[]) => runner.query(asSql(query, values)),
    commitWith,
    atCommit,
    batch: (sqls: Prisma.Sql[]) => runner.batch(sqls),
  } as unknown as HotTx;
}

// ---- SQLite ----

const statement = keptStatements();

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return sqliteTimestamp(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

const sqliteRunner: Runner = {
  async execute(sql) {
    recordStatement(sql.sql);
    const kept = statement(sql.sql);
    const values = sql.values.map(sqliteValue);
    return kept.reader ? kept.all(...values).length : kept.run(...values).changes;
  },
  async query(sql) {
    recordStatement(sql.sql);
    const kept = statement(sql.sql);
    const values = sql.values.map(sqliteValue);
    return kept.reader ? kept.all(...values) : (kept.run(...values), []);
  },
  async batch(sqls) {
    const answers: unknown[][] = [];
    for (const sql of sqls) answers.push(await sqliteRunner.query(sql));
    return answers;
  },
};

async function sqliteTransaction<T>(work: (tx: HotTx) => Promise<T>): Promise<T> {
  const release = await sqliteTurns.acquire();
  try {
    const begin = statement("BEGIN IMMEDIATE");
    begin.run();
    recordStatement("BEGIN IMMEDIATE");
    try {
      // SQLite's COMMIT is a local call right after: nothing to save by sending them together,
      // but the kept writes run last, as on PostgreSQL, so both engines see the same order.
      const deferred: Prisma.Sql[] = [];
      const runDeferred = async () => {
        for (const sql of deferred.splice(0)) await sqliteRunner.execute(sql);
      };
      const commitWith = async (sql: Prisma.Sql) => {
        await runDeferred();
        await sqliteRunner.execute(sql);
      };
      const result = await work(sqlTx(sqliteRunner, commitWith, (sql) => void deferred.push(sql)));
      await runDeferred();
      statement("COMMIT").run();
      recordStatement("COMMIT");
      return result;
    } catch (error) {
      if (begin.database.inTransaction) statement("ROLLBACK").run();
      throw error;
    }
  } finally {
    release();
  }
}

// ---- PostgreSQL ----

// On globalThis, like the Prisma client itself (lib/db.ts): the build bundles this module into
// several server layers, and the client, made once per process, hands its pool to one of them.
const shared = globalThis as unknown as { stocklineHotPool?: pg.Pool };

/** lib/db.ts hands over the pool it gives Prisma, so both share its connections. */
export function shareHotPool(pool: pg.Pool): void {
  shared.stocklineHotPool = pool;
}

/** The shared pool; `use` names the caller in the error a pool not yet handed over gives. */
function hotPool(use: string): pg.Pool {
  const pool = shared.stocklineHotPool;
  if (!pool) throw new Error(`${use}: the PostgreSQL pool is not set (lib/db.ts)`);
  return pool;
}

function postgresRunner(client: pg.PoolClient): Runner {
  const run = (sql: Prisma.Sql) => {
    recordStatement(sql.text);
    return client.query({ name: statementName(sql.text), text: sql.text, values: sql.values.map(postgresValue), types: timestampTypes });
  };
  return {
    execute: async (sql) => (await run(sql)).rowCount ?? 0,
    query: async (sql) => (await run(sql)).rows,
    async batch(sqls) {
      if (sqls.length === 1) return [(await run(sqls[0]!)).rows];
      sqls.forEach((sql, index) => recordStatement(sql.text, index > 0));
      // Without values pg uses the simple-query protocol, which carries several statements.
      const answer: pg.QueryResult | pg.QueryResult[] = await client.query({
        text: sqls.map(withLiterals).join(";\n"),
        types: timestampTypes,
      });
      return (Array.isArray(answer) ? answer : [answer]).map((result) => result.rows);
    },
  };
}

/**
 * A string as a literal, exactly as pg's escapeLiteral writes it (quotes doubled; with a
 * backslash, backslashes doubled in an E'' string), but with the engine's own replaceAll: pg's
 * builds the literal a character at a time, and the order's sealed mail (tens of kilobytes)
 * cost half a millisecond per order that way (bench profile, 2026-12-03).
 */
export function quoteLiteral(value: string): string {
  const quoted = `'${value.replaceAll("'", "''")}'`;
  return value.includes("\\") ? ` E${quoted.replaceAll("\\", "\\\\")}` : quoted;
}

/**
 * A statement with its values written in as literals (pg's escaping), for the simple-query
 * protocol: the only one that carries two statements in one message. Values are strings,
 * numbers, bigints, dates and nulls from our own code; the statement's casts type them.
 */
function withLiterals(sql: Prisma.Sql): string {
  const literal = (value: unknown): string => {
    const written = postgresValue(value);
    if (written === null || written === undefined) return "NULL";
    if (typeof written === "number" && Number.isFinite(written)) return String(written);
    if (typeof written === "string") return quoteLiteral(written);
    throw new Error(`hot transaction: no literal for a ${typeof written}`);
  };
  return sql.text.replace(/\$(\d+)/g, (_, position: string) => literal(sql.values[Number(position) - 1]));
}

async function postgresTransaction<T>(work: (tx: HotTx) => Promise<T>, beginWith?: Prisma.Sql): Promise<T> {
  const pool = hotPool("hot transaction");
  const client = await pool.connect();
  let broken: unknown;
  try {
    recordStatement("BEGIN");
    if (beginWith) {
      recordStatement(beginWith.text, true);
      // A failure here leaves the transaction open and aborted: the ROLLBACK below closes it.
      await client.query(`BEGIN;\n${withLiterals(beginWith)}`).catch(async (error: unknown) => {
        await client.query("ROLLBACK").catch((rollbackError: unknown) => (broken = rollbackError));
        throw error;
      });
    } else {
      await client.query("BEGIN");
    }
    let committed = false;
    const deferred: Prisma.Sql[] = [];
    const atCommit = (sql: Prisma.Sql) => {
      recordStatement(sql.text, true);
      deferred.push(sql);
    };
    // The kept writes, then the last statement, then COMMIT: one message.
    const commitWith = async (sql: Prisma.Sql | null) => {
      if (sql) recordStatement(sql.text, true);
      recordStatement("COMMIT");
      const statements = [...deferred.splice(0), ...(sql ? [sql] : [])].map(withLiterals);
      await client.query([...statements, "COMMIT"].join(";\n"));
      committed = true;
    };
    try {
      const result = await work(sqlTx(postgresRunner(client), commitWith, atCommit));
      if (!committed) await commitWith(null);
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    }
  } finally {
    // A connection whose ROLLBACK failed is in an unknown state: it is closed, not reused.
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/**
 * One read outside any transaction, with `$n` placeholders: the hot reads skip Prisma's engine
 * on PostgreSQL as the order transaction does (a raw query through it costs a round trip and
 * more again), and run on the read worker's connections (lib/db/postgres-read-worker.ts),
 * or on the shared pool should the worker be gone.
 */
export async function postgresHotRead<Row>(sql: string, params: unknown[]): Promise<Row[]> {
  recordStatement(sql);
  const query = postgresReadQuery(sql, params);
  const worker = sharedPostgresReadWorker(env.DATABASE_URL);
  if (worker) {
    try {
      return (await worker.read(query)) as Row[];
    } catch (error) {
      // The statement itself failing is an answer; only a worker gone for good falls back.
      if (!isWorkerStopped(error)) throw error;
      forgetPostgresReadWorker();
    }
  }
  return (await hotPool("hot read").query(query)).rows as Row[];
}

/**
 * A long read (one that visits much of a table, like the catalogue's stock count) in one
 * backend: without parallel workers. On a machine the shop shares with its database, workers
 * did not make the count faster (1,000,000 items: 404 ms with two workers, 413 ms without) and
 * took three times the CPU from the requests being served meanwhile. The setting is the
 * transaction's own (SET LOCAL): three round trips, for a read made every few seconds.
 */
export async function postgresSerialRead<Row>(sql: string, params: unknown[]): Promise<Row[]> {
  const pool = hotPool("serial read");
  recordStatement(sql);
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0");
    const { rows } = await client.query(postgresReadQuery(sql, params));
    await client.query("COMMIT");
    return rows as Row[];
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One hand-written write in its own autocommit, on the connections hotTransaction uses (on
 * SQLite holding the process's turn on the file): one round trip, no engine in between.
 */
export const hotWrite = (sql: Prisma.Sql): Promise<number> => hotStatement(sql, "execute") as Promise<number>;

/** hotWrite for a statement with RETURNING: the rows it wrote. */
export const hotWriteReturning = <Row>(sql: Prisma.Sql): Promise<Row[]> => hotStatement(sql, "query") as Promise<Row[]>;

async function hotStatement(sql: Prisma.Sql, answer: "execute" | "query"): Promise<number | unknown[]> {
  if (isPostgres) {
    const pool = hotPool("hot write");
    recordStatement(sql.text);
    const result = await pool.query({
      name: statementName(sql.text),
      text: sql.text,
      values: sql.values.map(postgresValue),
      types: timestampTypes,
    });
    return answer === "execute" ? (result.rowCount ?? 0) : result.rows;
  }
  const release = await sqliteTurns.acquire();
  try {
    return await sqliteRunner[answer](sql);
  } finally {
    release();
  }
}

/**
 * Runs `work` in one transaction of hand-written statements; any throw rolls it back.
 * `beginWith` (PostgreSQL only; its rows are not returned) is a statement sent in one message
 * with BEGIN: a round trip less for a transaction that must start with it (the unpaid-order
 * locks, lib/orders/unpaid-order-limits.ts).
 */
export function hotTransaction<T>(work: (tx: HotTx) => Promise<T>, options: { beginWith?: Prisma.Sql | null } = {}): Promise<T> {
  return isPostgres ? postgresTransaction(work, options.beginWith ?? undefined) : sqliteTransaction(work);
}
