import path from "node:path";

/** `file:./data/x.db` -> absolute path (relative URLs resolve from the working directory). */
export function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(file);
}
