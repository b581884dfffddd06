import "server-only";
import { createHash } from "node:crypto";

// PostgreSQL parses and plans an unnamed statement at every execution. A named (prepared) one
// is parsed once per connection, and after five executions the server may keep a generic plan:
// the hot reads and the order path's statements run thousands of times a minute with the same
// text, and on a machine where the database shares the cores with the shop its parse and plan
// time is time the shop's own requests wait for. pg prepares a named statement on a connection
// the first time it sends it there and skips the Parse message afterwards.
//
// Texts are our own code's, with `$n` placeholders, so there are few of them; a statement
// built with a varying shape (the candidate amounts' VALUES list grows near the end of its
// range) makes a few more. Past MAX_NAMED distinct texts a new one goes unnamed, so the
// server's per-connection cache stays bounded whatever the code does.
const MAX_NAMED = 300;
const names = new Map<string, string>();

/** The prepared-statement name for a statement's text, or undefined once MAX_NAMED are in use. */
export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED) return known;
  const name = `stockline_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
  names.set(text, name);
  return name;
}
