import "server-only";
// The catalogue's two public answers as bytes made once per copy of the catalogue: the copy
// (lib/catalog/catalog.ts) is shared by every request for up to CATALOG_CACHE_MS, and a
// profile of the bench showed JSON serialization and UTF-8 encoding of the same products at
// each request taking about 7 % of the list route's time. The bytes live as long as the copy
// (weakly held), so a new copy brings new answers. One product's answer is small enough to go
// out uncompressed (lib/api/json-answer.ts).
//
// The production server gives both answers itself from these bytes, before Next, once this
// module is loaded, and gzips the whole catalogue's once per copy for the clients that take
// gzip (lib/http/front-door-answers.ts). Through Next (`next dev`, the first request), Next
// gzips it at each request: it drops a route's own Content-Encoding and compresses again.
import { jsonAnswer } from "../api/json-answer";
import { answerAtFrontDoor } from "../http/front-door-answers";
import { getProductOrThrow, listedProduct, listProducts } from "./catalog";

const encoder = new TextEncoder();
const answers = new WeakMap<object, Uint8Array<ArrayBuffer>>();

function keptBytes(of: object, body: () => object): Uint8Array<ArrayBuffer> {
  let bytes = answers.get(of);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(body()));
    answers.set(of, bytes);
  }
  return bytes;
}

async function catalogueBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const products = await listProducts();
  return keptBytes(products, () => ({ success: true, products }));
}

function productBytes(product: object): Uint8Array<ArrayBuffer> {
  return keptBytes(product, () => ({ success: true, product }));
}

answerAtFrontDoor("/api/products", catalogueBytes);
// An unknown product has no bytes here: Next answers its 404.
answerAtFrontDoor("/api/products/*", async (idOrSlug) => {
  const product = await listedProduct(idOrSlug);
  return product && productBytes(product);
});

/** GET /api/products: `{success, products}`. */
export async function catalogueAnswer(): Promise<Response> {
  return jsonAnswer(await catalogueBytes());
}

/** GET /api/products/:idOrSlug: `{success, product}`, or `Product not found`. */
export async function productAnswer(idOrSlug: string): Promise<Response> {
  return jsonAnswer(productBytes(await getProductOrThrow(idOrSlug)));
}
