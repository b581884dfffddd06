/** A statement written once with `?` placeholders (SQLite's), numbered `$1, $2, ...` for PostgreSQL. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
