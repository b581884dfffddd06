// Whether React can decode a server action's arguments (its "reply" encoding: JSON chunks
// whose strings may reference other chunks as `$<type><hex id>`). React throws on what it
// cannot decode and Next answers that with a 500, so the HTTP server checks first. What a
// real client sends always passes: every reference points at a chunk that was sent.

const MAX_DEPTH = 64;
const MAX_BIGINT_DIGITS = 300;
// Values that need no other chunk: escaped "$$", temporary reference, FormData fields,
// Infinity, -0/-Infinity, NaN, undefined, Date, "$H".
const STANDALONE = /^\$(\$|T$|K[0-9a-f]*$|I$|-0$|-Infinity$|N$|u$|D|H$)/;
// Types that point at another chunk by hex id (maps, sets, typed arrays, blobs, streams, ...).
const REFERENCE = /^\$([@hQWiAOoUSsLlGgMmVBRrXx]?)([0-9a-f]+)(:.*)?$/;

/**
 * null when every chunk is JSON, the arguments (chunk "0" of a fetch action) are a list,
 * nesting is shallow, and every reference points at a chunk present; otherwise why not.
 */
export function replyProblem(chunks: Map<string, string | null>, options: { argumentsRoot: boolean }): string | null {
  const parsed = new Map<string, unknown>();
  for (const [id, text] of chunks) {
    // null: a file part (a blob), present but not JSON.
    if (text === null) {
      parsed.set(id, null);
      continue;
    }
    try {
      parsed.set(id, JSON.parse(text));
    } catch {
      return `chunk ${id} is not JSON`;
    }
  }
  if (options.argumentsRoot && !Array.isArray(parsed.get("0"))) return "the arguments are not a list";
  // Iterative walk: a deeply nested value must not overflow this server's stack either.
  const stack: [unknown, number][] = [...parsed.values()].map((value) => [value, 0]);
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return "nested too deeply";
    if (typeof value === "string") {
      const problem = stringProblem(value, parsed);
      if (problem) return problem;
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key.startsWith("$")) return "unexpected key";
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

function stringProblem(value: string, chunks: Map<string, unknown>): string | null {
  if (!value.startsWith("$") || STANDALONE.test(value)) return null;
  if (value.startsWith("$n")) return /^-?\d{1,300}$/.test(value.slice(2)) && value.length <= MAX_BIGINT_DIGITS + 3 ? null : "bad bigint";
  const reference = REFERENCE.exec(value);
  if (!reference) return "unknown reference type";
  return chunks.has(parseInt(reference[2]!, 16).toString(16)) ? null : "reference to a chunk that was not sent";
}
