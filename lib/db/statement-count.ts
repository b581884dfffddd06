// Counts the SQL statements this process sends, for `npm run bench:statements` (scripts/bench/statements.ts).
// Off unless STOCKLINE_COUNT_STATEMENTS=1; then every statement through Prisma's adapter, and
// every hot read on SQLite's second connection, is recorded with its text.
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

export const countingStatements = process.env.STOCKLINE_COUNT_STATEMENTS === "1";
const log: string[] = [];

/** `rides`: sent in one message with another recorded statement (no round trip of its own); recorded with a leading "+ ". */
export function recordStatement(sql: string, rides = false): void {
  if (countingStatements) log.push(`${rides ? "+ " : ""}${sql.replace(/\s+/g, " ").trim()}`);
}

/** The statements recorded since the last call. */
export function takeStatements(): string[] {
  return log.splice(0);
}

function counted<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: SqlQuery) => {
          recordStatement(query.sql);
          return (value as (q: SqlQuery) => Promise<unknown>).call(object, query);
        };
      }
      if (property === "startTransaction") {
        // The adapter sends BEGIN itself, not as one of the engine's statements.
        return async (...args: unknown[]) => {
          recordStatement("BEGIN");
          const transaction = await (value as (...a: unknown[]) => Promise<object>).apply(object, args);
          // The engine sends COMMIT / ROLLBACK itself, as a statement of the transaction.
          return counted(transaction);
        };
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/** Wraps an adapter factory so its connections record what they run. */
export function countingAdapter(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      if (property === "connect") return async () => counted(await target.connect());
      return Reflect.get(target, property, receiver);
    },
  });
}
