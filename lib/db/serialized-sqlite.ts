// Prisma's better-sqlite3 adapter runs every query on one connection and locks only
// transactions against each other: a query outside a transaction runs inside whichever
// transaction is open at that moment. It then reads that transaction's uncommitted rows,
// and its writes vanish if that transaction rolls back (measured: a rate-limit count or a
// crypto amount lock written by one request was lost when another request's order was
// refused). This wrapper gives every statement outside a transaction the same turn-taking
// as transactions, so each one sees and writes only committed state.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import { walCheckpointPragma } from "./wal-checkpointer";
import { giveWayIfDue } from "./event-loop-slices";

/** A first-come, first-served lock; `acquire` resolves with the function that releases it, giving the event loop its turn first when the current slice is spent. */
export class TurnLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    // Given way before queueing, never while holding a turn (./event-loop-slices.ts).
    const due = giveWayIfDue();
    return due ? due.then(() => this.#queue()) : this.#queue();
  }

  #queue(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * The process's one turn on the database file: Prisma's statements and transactions take it,
 * and so does the order path's own transaction (lib/db/hot-transaction.ts). On globalThis,
 * like the Prisma client itself (lib/db.ts): the build bundles this module into several
 * chunks, and a lock of each chunk's own would let the order path's transaction begin while
 * Prisma's is open, its BEGIN IMMEDIATE then holding the event loop in the busy wait that
 * Prisma's transaction needs the loop to end.
 */
const shared = globalThis as unknown as { stocklineSqliteTurns?: TurnLock };
export const sqliteTurns: TurnLock = (shared.stocklineSqliteTurns ??= new TurnLock());

/**
 * Prisma's adapter opens each transaction with a deferred BEGIN: the transaction reads from a
 * snapshot and asks for the write lock only at its first write. If another process (a second
 * instance on the file, a CLI, the tests' fixtures) committed in between, SQLite refuses that
 * upgrade at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out, and the request
 * fails (measured: an operator's product edit answered 500). BEGIN IMMEDIATE takes the write
 * lock first, waiting up to the busy timeout, so what the transaction reads is current and its
 * writes cannot be refused. Within this process transactions already take turns, so holding
 * the write lock from the start costs nothing here.
 *
 * It is run here, before the adapter's startTransaction, and the adapter's own BEGIN does
 * nothing: the adapter takes a lock of its own before its BEGIN and does not give it back when
 * the BEGIN fails. BEGIN IMMEDIATE fails when another process holds the write lock past the
 * busy timeout, and inside the adapter that one failure left every later transaction of the
 * process waiting for ever (seen in CI, 2026-12-06: a test server sharing the file with
 * another held the write lock past the timeout; from then the first server answered nothing
 * that went through Prisma).
 */
function beginOutsideTheAdapter(adapter: SqlDriverAdapter): { begin: () => void; rollbackIfOpen: () => void } {
  const client = sqliteConnection(adapter);
  const prepare = client.prepare.bind(client);
  const beginImmediate = prepare("BEGIN IMMEDIATE") as { run: () => unknown };
  const rollback = prepare("ROLLBACK") as { run: () => unknown };
  // The only statement the adapter prepares as "BEGIN" is its startTransaction's, which only runs it.
  const begun = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };
  client.prepare = (sql: string) => (sql === "BEGIN" ? begun : prepare(sql));
  return {
    begin: () => {
      try {
        beginImmediate.run();
      } catch (error) {
        // As the adapter reports a failed statement (it reports SQLITE_BUSY as "Operation has timed out").
        const report = (adapter as unknown as { onError?: (error: unknown) => never }).onError;
        if (typeof report === "function") report.call(adapter, error);
        throw error;
      }
    },
    rollbackIfOpen: () => {
      if (client.inTransaction) rollback.run();
    },
  };
}

type SqliteConnection = { prepare: (sql: string) => unknown; pragma: (sql: string) => unknown; inTransaction: boolean };

function sqliteConnection(adapter: SqlDriverAdapter): SqliteConnection {
  const client = (adapter as unknown as { client?: SqliteConnection }).client;
  if (typeof client?.prepare !== "function" || typeof client.pragma !== "function")
    throw new Error("The SQLite adapter no longer exposes its connection; see sqliteConnection");
  return client;
}

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const transactions = beginOutsideTheAdapter(adapter);
  // Checkpoints are the worker's (./wal-checkpointer.ts), not this connection's commits'.
  sqliteConnection(adapter).pragma(walCheckpointPragma);
  const lock = sqliteTurns;
  return new Proxy(adapter, {
    get(target, property, receiver) {
      switch (property) {
        case "queryRaw":
        case "executeRaw":
        case "executeScript":
          return (argument: never) => lock.run(() => (target[property] as (a: never) => Promise<unknown>).call(target, argument));
        case "startTransaction":
          return async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) => {
            const release = await lock.acquire();
            try {
              transactions.begin();
            } catch (error) {
              release();
              throw error;
            }
            try {
              return releasingOnEnd(await target.startTransaction(isolationLevel), release, transactions.rollbackIfOpen);
            } catch (error) {
              try {
                transactions.rollbackIfOpen();
              } finally {
                release();
              }
              throw error;
            }
          };
        default:
          return Reflect.get(target, property, receiver);
      }
    },
  });
}

/**
 * Gives the turn back when the transaction ends. Prisma ends one by sending COMMIT or ROLLBACK
 * as a statement and then calling commit() or rollback(), but only if that statement succeeded:
 * when it fails (a COMMIT refused, a ROLLBACK after SQLite already rolled back by itself) the
 * transaction is left as it is and its turn would never come back. So then it is rolled back
 * here if still open, and the turn given back, before the error goes on to Prisma.
 */
function releasingOnEnd(transaction: Transaction, release: () => void, rollbackIfOpen: () => void): Transaction {
  let released = false;
  const end = (finish: () => Promise<void>) => async () => {
    // Ended once only: a second rollback() would give back the adapter's lock while another transaction holds it.
    if (released) return;
    released = true;
    try {
      await finish();
    } finally {
      release();
    }
  };
  return new Proxy(transaction, {
    get(target, property, receiver) {
      if (property === "commit") return end(() => target.commit());
      if (property === "rollback") return end(() => target.rollback());
      if (property === "executeRaw")
        return async (query: Parameters<Transaction["executeRaw"]>[0]) => {
          try {
            return await target.executeRaw(query);
          } catch (error) {
            // Ended here as Prisma would have: the adapter's rollback() gives back its own lock, `end` the turn.
            if (query.sql === "COMMIT" || query.sql === "ROLLBACK")
              await end(async () => {
                try {
                  rollbackIfOpen();
                } finally {
                  await target.rollback();
                }
              })();
            throw error;
          }
        };
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Wraps an adapter factory so each connection it makes takes turns as described above. */
export function serializedSqlite(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => serialize(await target.connect());
      if (property === "connectToShadowDb") return async () => serialize(await target.connectToShadowDb());
      return Reflect.get(target, property, receiver);
    },
  });
}
