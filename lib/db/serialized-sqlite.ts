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
 * and so does the order path's own transaction (lib/db/hot-transaction.ts).
 */
export const sqliteTurns = new TurnLock();

/**
 * Prisma's adapter opens each transaction with a deferred BEGIN: the transaction reads from a
 * snapshot and asks for the write lock only at its first write. If another process (a second
 * instance on the file, a CLI, the tests' fixtures) committed in between, SQLite refuses that
 * upgrade at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out, and the request
 * fails (measured: an operator's product edit answered 500). BEGIN IMMEDIATE takes the write
 * lock first, waiting up to the busy timeout, so what the transaction reads is current and its
 * writes cannot be refused. Within this process transactions already take turns, so holding
 * the write lock from the start costs nothing here.
 */
function beginImmediately(adapter: SqlDriverAdapter): void {
  const client = sqliteConnection(adapter);
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

function sqliteConnection(adapter: SqlDriverAdapter): { prepare: (sql: string) => unknown; pragma: (sql: string) => unknown } {
  const client = (adapter as unknown as { client?: { prepare: (sql: string) => unknown; pragma: (sql: string) => unknown } }).client;
  if (typeof client?.prepare !== "function" || typeof client.pragma !== "function")
    throw new Error("The SQLite adapter no longer exposes its connection; see sqliteConnection");
  return client;
}

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  beginImmediately(adapter);
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
              return releasingOnEnd(await target.startTransaction(isolationLevel), release);
            } catch (error) {
              release();
              throw error;
            }
          };
        default:
          return Reflect.get(target, property, receiver);
      }
    },
  });
}

function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return new Proxy(transaction, {
    get(target, property, receiver) {
      if (property === "commit") return end(() => target.commit());
      if (property === "rollback") return end(() => target.rollback());
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
