import "server-only";

// The bytes behind a hashed URL never change: browsers, proxies and next/image keep them a year.
const IMMUTABLE = "public, max-age=31536000, immutable";

/** A stored image as an HTTP answer, with its hash as ETag (a revalidation is a 304 without the body). */
export function imageResponse(req: Request, image: { data: Uint8Array; contentType: string } | null, sha256: string): Response {
  if (!image)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const etag = `"${sha256}"`;
  const headers = { "Cache-Control": IMMUTABLE, ETag: etag, "X-Content-Type-Options": "nosniff" };
  if (
    req.headers
      .get("if-none-match")
      ?.split(",")
      .some((tag) => tag.trim() === etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(image.data as Uint8Array<ArrayBuffer>, {
    headers: { ...headers, "Content-Type": image.contentType, "Content-Length": String(image.data.byteLength) },
  });
}
