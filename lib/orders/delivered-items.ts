// Reusable and manual orders hold no stock_items rows of their own: their delivered lines
// are kept on the order (orders.deliveredItems) as a JSON array of lines each sealed with
// lib/crypto/secret-box.ts, so they are encrypted at rest like stock.
export const deliveredItemsJson = (sealed: string[]): string => JSON.stringify(sealed);

/** The sealed lines of orders.deliveredItems ([] when it holds none). */
export function deliveredSealed(json: string | null | undefined): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
}
