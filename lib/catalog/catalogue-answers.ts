import "server-only";
// The catalogue's two public answers as bytes made once per copy of the catalogue: the copy
// (lib/catalog/catalog.ts) is shared by every request for up to CATALOG_CACHE_MS, and a
// profile of the bench showed JSON serialization and UTF-8 encoding of the same products at
// each request taking about 7 % of the list route's time. The bytes live as long as the copy
// (weakly held), so a new copy brings new answers. One product's answer is small enough to go
// out uncompressed (lib/api/json-answer.ts); Next gzips the whole catalogue's for the clients
// that accept it. (Kept gzipped here it would go out gzipped twice: Next drops a route's
// Content-Encoding and compresses again.)
import { jsonAnswer } from "../api/json-answer";
import { getProductOrThrow, listProducts } from "./catalog";

const encoder = new TextEncoder();
const answers = new WeakMap<object, Uint8Array<ArrayBuffer>>();

function keptAnswer(of: object, body: () => object): Response {
  let bytes = answers.get(of);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(body()));
    answers.set(of, bytes);
  }
  return jsonAnswer(bytes);
}

/** GET /api/products: `{success, products}`. */
export async function catalogueAnswer(): Promise<Response> {
  const products = await listProducts();
  return keptAnswer(products, () => ({ success: true, products }));
}

/** GET /api/products/:idOrSlug: `{success, product}`, or `Product not found`. */
export async function productAnswer(idOrSlug: string): Promise<Response> {
  const product = await getProductOrThrow(idOrSlug);
  return keptAnswer(product, () => ({ success: true, product }));
}
