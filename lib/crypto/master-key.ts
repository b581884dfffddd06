// The 32-byte key that encrypts stock items at rest. Production sets STOCKLINE_ENCRYPTION_KEY;
// the embedded mode generates one under the data directory on first use (and says so),
// so a fresh clone works but the key is never committed.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

let cached: Buffer | undefined;

export function masterKey(): Buffer {
  if (cached) return cached;
  if (env.STOCKLINE_ENCRYPTION_KEY) {
    cached = Buffer.from(env.STOCKLINE_ENCRYPTION_KEY, "base64");
    return cached;
  }
  const file = path.resolve(env.STOCKLINE_DATA_DIR, "encryption.key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
      console.warn(
        `[stockline] WARNING: generated a new encryption key in ${file}. Back it up: without it the ` +
          "stock items in the database cannot be decrypted. Set STOCKLINE_ENCRYPTION_KEY in production.",
      );
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  cached = key;
  return key;
}
