// The database a shop uses when DATABASE_URL is unset (the embedded SQLite file), and how a URL
// names PostgreSQL: written once here for the app's configuration (lib/env.ts), the migrations
// and the scripts that run before the app's configuration is loaded (Prisma's CLI included).
// No imports: prisma.config.ts and the scripts load it without the app around it.

export const DEFAULT_DATABASE_URL = "file:./data/stockline.db";

/** postgres:// or postgresql:// — anything else the shop takes is a SQLite file: URL. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/** DATABASE_URL as given, or the embedded default when it is unset or empty. */
export const databaseUrlFrom = (value: string | undefined): string => value || DEFAULT_DATABASE_URL;
