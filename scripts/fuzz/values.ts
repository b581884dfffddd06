// Hostile values the fuzzer puts wherever the API takes input: wrong types, boundary and
// huge values, unicode, NUL and control characters, injection strings. None is a valid
// email, and every string differs from any real id, slug, token or password.

export const hostileStrings: string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001f\u007f",
  "\r\nX-Injected: 1",
  "中文字符",
  "🙂🚀",
  "\u202eevil",
  "\u200b\u200c\u200d\ufeff",
  "e\u0301\u0301\u0301",
  "\ud800",
  "' OR 1=1 --",
  '"; DROP TABLE orders; --',
  "1; SELECT pg_sleep(10)",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}${7*7}",
  "${jndi:ldap://127.0.0.1/a}",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%00%ff%",
  "\\",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "__proto__",
  "constructor",
  "$ne",
  "x".repeat(255),
  "x".repeat(256),
  "y".repeat(10_000),
  "z".repeat(100_000),
];

export const hostileNumbers: number[] = [0, -1, 1.5, -0.5, 1e-7, 2 ** 31, 2 ** 53, 1e21, 1e308, -1e308, Number.MIN_VALUE];

/** Values of every JSON type, for any field. */
export const hostileJson: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [null],
  { $ne: null },
  { __proto__: { polluted: true } },
  ["a", 1, null, {}],
  ...hostileNumbers,
  ...hostileStrings,
];

/** Whole bodies that are not what any endpoint expects (raw text or bytes). */
export const hostileBodies: { name: string; body: string | Uint8Array }[] = [
  { name: "empty", body: "" },
  { name: "malformed JSON", body: '{"a": ' },
  { name: "trailing comma", body: '{"a": 1,}' },
  { name: "JSON null", body: "null" },
  { name: "JSON number", body: "42" },
  { name: "JSON string", body: '"text"' },
  { name: "JSON array", body: "[1,2,3]" },
  { name: "NaN literal", body: '{"quantity": NaN}' },
  { name: "Infinity literal", body: '{"quantity": Infinity}' },
  { name: "2**53+1", body: '{"quantity": 9007199254740993}' },
  { name: "deep nesting (10,000 arrays)", body: "[".repeat(10_000) + "]".repeat(10_000) },
  { name: "deep nesting (5,000 objects)", body: '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000) },
  { name: "100,000 keys", body: `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":1`).join(",")}}` },
  { name: "a 2 MB string", body: JSON.stringify({ a: "x".repeat(2 * 1024 * 1024) }) },
  { name: "invalid UTF-8", body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]) },
  { name: "UTF-16 with BOM", body: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]) },
  { name: "a NUL byte", body: '{"a":"\u0000"}' },
  { name: "duplicate keys", body: '{"a":1,"a":"2","a":[3]}' },
  { name: "__proto__ key", body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
];

export const hostileContentTypes = [
  "text/plain",
  "text/plain; charset=application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-16",
  "application/jsonx",
  "application/json\u0000",
  "",
];

/** Path segments in place of an id: raw (not percent-encoded by us) where the name says so. */
export const hostileSegments: string[] = [
  "%ff",
  "%",
  "%zz",
  "%00",
  "%E0%A4%A",
  "..%2f..%2fetc%2fpasswd",
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent("<script>alert(1)</script>"),
  encodeURIComponent("中文"),
  encodeURIComponent("🙂"),
  "x".repeat(5_000),
  "00000000-0000-0000-0000-000000000000",
  "GS0000000000AAAA",
  "-1",
  "1e309",
  "null",
];
