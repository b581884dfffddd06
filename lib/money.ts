// Integer money. CNY is held in fen; crypto in each coin's atomic unit. Decimal strings are
// parsed and printed with integer maths only.

export function parseDecimal(text: string, decimals: number): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const fraction = match[2] ?? "";
  if (fraction.length > decimals) throw new Error(`${text} has more than ${decimals} decimals`);
  return BigInt(match[1]!) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
}

/** 1001n, 2 -> "10.01"; 500n, 2 -> "5"; trailing zeros dropped. */
export function formatDecimal(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const base = 10n ** BigInt(decimals);
  const whole = (abs / base).toString();
  const fraction = decimals ? (abs % base).toString().padStart(decimals, "0").replace(/0+$/, "") : "";
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/**
 * fen -> a JSON number of yuan with at most two decimals: the double nearest to fen / 100,
 * which is also what the decimal literal "12.34" parses to (division is correctly rounded),
 * so JSON prints it as that literal. Exact while fen is a safe integer; past that, by text.
 */
export function fenToYuan(fen: bigint): number {
  return fen <= MAX_SAFE && fen >= -MAX_SAFE ? Number(fen) / 100 : Number(formatDecimal(fen, 2));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function yuanToFen(yuan: string): bigint {
  return parseDecimal(yuan, 2);
}

export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
