// Texts are our code's, so there are few of them, and the hot reads send the same ones thousands
// of times a minute (a status poll's is about 900 characters): each text's `$n` form is made
// once. Past the cap a new text is rewritten at each call instead of kept.
const MAX_KEPT = 300;
const numbered = new Map<string, string>();

/** A statement written once with `?` placeholders (SQLite's), numbered `$1, $2, ...` for PostgreSQL. */
export function numberedPlaceholders(sql: string): string {
  const known = numbered.get(sql);
  if (known !== undefined) return known;
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (numbered.size < MAX_KEPT) numbered.set(sql, text);
  return text;
}
