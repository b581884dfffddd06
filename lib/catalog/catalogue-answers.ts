import "server-only";
// The catalogue's two public answers as bytes made once per copy of the catalogue: the copy
// (lib/catalog/catalog.ts) is shared by every request for up to CATALOG_CACHE_MS, and a
// profile of the bench showed JSON serialization and UTF-8 encoding of the same products at
// each request taking about 7 % of the list route's time. The bytes live as long as the copy
// (weakly held), so a new copy brings new answers.
import { getProductOrThrow, listProducts } from "./catalog";

const encoder = new TextEncoder();
const answers = new WeakMap<object, Uint8Array<ArrayBuffer>>();

function jsonAnswer(of: object, body: () => object): Response {
  let bytes = answers.get(of);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(body()));
    answers.set(of, bytes);
  }
  return new Response(bytes, { headers: { "Content-Type": "application/json" } });
}

/** GET /api/products: `{success, products}`. */
export async function catalogueAnswer(): Promise<Response> {
  const products = await listProducts();
  return jsonAnswer(products, () => ({ success: true, products }));
}

/** GET /api/products/:idOrSlug: `{success, product}`, or `Product not found`. */
export async function productAnswer(idOrSlug: string): Promise<Response> {
  const product = await getProductOrThrow(idOrSlug);
  return jsonAnswer(product, () => ({ success: true, product }));
}
