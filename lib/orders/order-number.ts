import { randomInt } from "node:crypto";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `GS` + yymmdd + 4 digits + 4 capital letters, random (GS2604291234ABCD). Unique by index. */
export function newOrderNumber(now = new Date()): string {
  const date = now.toISOString().slice(2, 10).replaceAll("-", "");
  const digits = String(randomInt(0, 10_000)).padStart(4, "0");
  let letters = "";
  for (let i = 0; i < 4; i++) letters += LETTERS[randomInt(0, 26)];
  return `GS${date}${digits}${letters}`;
}

export const ORDER_NUMBER_PATTERN = /^GS\d{10}[A-Z]{4}$/;
