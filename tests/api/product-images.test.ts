// Product images: the admin API (upload, list, reorder, delete), what it refuses, and the
// immutable media URLs the storefront and next/image read them from.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { api } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { MAX_IMAGE_UPLOAD_BYTES, MAX_IMAGES_PER_PRODUCT } from "@/lib/images/image-rules";

let admin: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  admin = await makeUser({ role: "admin" });
  customer = await makeUser();
});

const base = () => inject("baseUrl");
const png = (colour: string, width = 120, height = 90) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();

async function upload(productId: string, body: BodyInit, contentType: string, token = admin.token) {
  const response = await fetch(`${base()}/api/admin/products/${productId}/images`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const imagesOf = (productId: string) => db.productImage.findMany({ where: { productId }, orderBy: { sortOrder: "asc" } });
const auditOf = (productId: string) =>
  db.auditEntry.findMany({ where: { entityType: "product", entityId: productId }, orderBy: { id: "asc" } });

describe("the admin image endpoints", () => {
  it("answer 401 without a token and 403 for a shopper, on every method", async () => {
    const product = await makeProduct();
    const paths = [
      [`/api/admin/products/${product.id}/images`, "GET"],
      [`/api/admin/products/${product.id}/images`, "POST"],
      [`/api/admin/products/${product.id}/images`, "PATCH"],
      [`/api/admin/products/${product.id}/images/00000000-0000-0000-0000-000000000000`, "DELETE"],
      ["/api/admin/brand/logo", "PUT"],
    ] as const;
    for (const [path, method] of paths) {
      expect((await api(path, { method })).status).toBe(401);
      expect((await api(path, { method, token: customer.token })).status).toBe(403);
    }
    expect(await imagesOf(product.id)).toHaveLength(0);
  });

  it("store a raw PNG upload re-encoded as WebP, serve it immutable by its hash, and answer a repeat with the same image", async () => {
    const product = await makeProduct();
    const original = await png("#2563eb", 2400, 1800);
    const created = await upload(product.id, original, "image/png");
    expect(created.status).toBe(201);
    const image = created.body.image;
    // Resized into the stored box, proportions kept.
    expect(image).toMatchObject({ content_type: "image/webp", width: 1600, height: 1200, sort_order: 0 });
    expect(image.url).toMatch(/^\/media\/products\/[0-9a-f]{64}\.webp$/);

    const served = await fetch(`${base()}${image.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = served.headers.get("etag");
    expect(etag).toBe(`"${image.url.match(/([0-9a-f]{64})/)![1]}"`);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe("RIFF");
    expect(bytes.subarray(8, 12).toString()).toBe("WEBP");
    expect(bytes.length).toBe(image.bytes);
    const revalidated = await fetch(`${base()}${image.url}`, { headers: { "if-none-match": etag! } });
    expect(revalidated.status).toBe(304);

    const again = await upload(product.id, original, "image/png");
    expect(again.status).toBe(200);
    expect(again.body.image.id).toBe(image.id);
    expect(await imagesOf(product.id)).toHaveLength(1);

    const listed = await api(`/api/products/${product.id}`);
    expect(listed.body.product.images).toEqual([{ url: image.url, width: 1600, height: 1200 }]);
  });

  it("take a multipart body whose boundary has capitals, as Chromium writes it", async () => {
    const product = await makeProduct();
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#9333ea" } })
      .png()
      .toBuffer();
    const boundary = "----WebKitFormBoundaryQm3XvZ8kLpT2aBcD";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await fetch(`${base()}/api/admin/products/${product.id}/images`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(response.status).toBe(201);
    expect(await db.productImage.count({ where: { productId: product.id } })).toBe(1);
  });

  it("take a multipart `file` as a browser sends it, and drop a photo's metadata", async () => {
    const product = await makeProduct();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#16a34a" } })
      .jpeg()
      .withExif({ IFD0: { Artist: "someone", ImageDescription: "secret place" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "photo.jpg");
    const response = await fetch(`${base()}/api/admin/products/${product.id}/images`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const { image } = (await response.json()) as { image: { url: string } };
    const stored = Buffer.from(await (await fetch(`${base()}${image.url}`)).arrayBuffer());
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from("secret place"))).toBe(false);
  });

  it("refuse SVG, files that are not what they claim, broken and oversized images, and change nothing", async () => {
    const product = await makeProduct();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refusals: [BodyInit, string, number][] = [
      [svg, "image/svg+xml", 415],
      [svg, "image/png", 415],
      [Buffer.from("just text"), "text/plain", 415],
      [JSON.stringify({ url: "http://example.com/a.png" }), "application/json", 415],
      [(await png("#000000")).subarray(0, 60), "image/png", 400],
      [Buffer.alloc(0), "image/png", 400],
      [Buffer.concat([await png("#ffffff"), Buffer.alloc(MAX_IMAGE_UPLOAD_BYTES)]), "image/png", 413],
    ];
    for (const [body, type, status] of refusals) {
      const answer = await upload(product.id, body, type);
      expect({ type, status: answer.status }).toEqual({ type, status });
      expect(answer.body).toMatchObject({ success: false });
    }
    // A pixel bomb: a tiny file declaring an enormous canvas.
    const bomb = await sharp({ create: { width: 7_000, height: 7_000, channels: 3, background: "#000" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_IMAGE_UPLOAD_BYTES);
    expect((await upload(product.id, bomb, "image/png")).status).toBe(400);
    expect(await imagesOf(product.id)).toHaveLength(0);

    const unknown = await upload("00000000-0000-0000-0000-000000000000", await png("#ff0000"), "image/png");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe("Product not found");
  });

  it(`hold at most ${MAX_IMAGES_PER_PRODUCT} images per product, also when uploads race`, async () => {
    const product = await makeProduct();
    const files = await Promise.all(
      Array.from({ length: MAX_IMAGES_PER_PRODUCT + 4 }, (_, i) => png(`#${(0x102030 + i * 0x0a0b0c).toString(16).slice(-6)}`)),
    );
    const answers = await Promise.all(files.map((file) => upload(product.id, file, "image/png")));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(MAX_IMAGES_PER_PRODUCT);
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(4);
    const stored = await imagesOf(product.id);
    expect(stored).toHaveLength(MAX_IMAGES_PER_PRODUCT);
    // Every upload got its own place in the gallery.
    expect(new Set(stored.map((image) => image.sortOrder)).size).toBe(MAX_IMAGES_PER_PRODUCT);
  });

  it("reorder a gallery (the first is the cover) and refuse an order that is not a permutation", async () => {
    const product = await makeProduct();
    const ids: string[] = [];
    for (const colour of ["#ff0000", "#00ff00", "#0000ff"])
      ids.push((await upload(product.id, await png(colour), "image/png")).body.image.id);
    const listed = await api(`/api/admin/products/${product.id}/images`, { token: admin.token });
    expect(listed.body.images.map((image: { id: string }) => image.id)).toEqual(ids);

    const reversed = [...ids].reverse();
    const reordered = await api(`/api/admin/products/${product.id}/images`, {
      method: "PATCH",
      json: { order: reversed },
      token: admin.token,
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.images.map((image: { id: string }) => image.id)).toEqual(reversed);
    const shop = await api(`/api/products/${product.id}`);
    expect(shop.body.product.images.map((image: { url: string }) => image.url)).toEqual(
      reordered.body.images.map((image: { url: string }) => image.url),
    );

    for (const order of [
      ids.slice(1),
      [...ids, ids[0]],
      [ids[0], ids[0], ids[1]],
      [...ids.slice(1), "00000000-0000-0000-0000-000000000000"],
    ]) {
      const refused = await api(`/api/admin/products/${product.id}/images`, { method: "PATCH", json: { order }, token: admin.token });
      expect(refused.status).toBe(400);
    }
    expect((await imagesOf(product.id)).map((image) => image.id)).toEqual(reversed);

    // Three uploads and one reorder, each audited with the operator; the refusals left no entry.
    const trail = await auditOf(product.id);
    expect(trail.map((entry) => entry.action)).toEqual([...Array(3).fill("product.image.add"), "product.image.reorder"]);
    expect(trail.every((entry) => entry.actorEmail === admin.email)).toBe(true);
    expect(JSON.parse(trail[0]!.after!)).toMatchObject({ id: ids[0], width: 120, height: 90 });
    expect(JSON.parse(trail[3]!.before!)).toEqual(ids);
    expect(JSON.parse(trail[3]!.after!)).toEqual(reversed);
  });

  it("delete one image: its URL stops answering, another product's image is untouched", async () => {
    const [first, second] = [await makeProduct(), await makeProduct()];
    const mine = (await upload(first.id, await png("#123456"), "image/png")).body.image;
    const theirs = (await upload(second.id, await png("#654321"), "image/png")).body.image;
    // The other product's image cannot be deleted through this product's path.
    expect((await api(`/api/admin/products/${first.id}/images/${theirs.id}`, { method: "DELETE", token: admin.token })).status).toBe(404);
    const deleted = await api(`/api/admin/products/${first.id}/images/${mine.id}`, { method: "DELETE", token: admin.token });
    expect(deleted.status).toBe(200);
    expect((await fetch(`${base()}${mine.url}`)).status).toBe(404);
    expect((await fetch(`${base()}${theirs.url}`)).status).toBe(200);
    const again = await api(`/api/admin/products/${first.id}/images/${mine.id}`, { method: "DELETE", token: admin.token });
    expect(again.status).toBe(404);
    expect(again.body.error).toBe("Image not found");
    const trail = await auditOf(first.id);
    expect(trail.map((entry) => entry.action)).toEqual(["product.image.add", "product.image.delete"]);
    expect(JSON.parse(trail[1]!.before!)).toMatchObject({ id: mine.id });
  });

  it("serve a 404 for a media name that is not a hash", async () => {
    for (const name of ["x.webp", `${"a".repeat(64)}.svg`, `${"a".repeat(64)}.webp`, "..%2F..%2Fetc%2Fpasswd"]) {
      expect((await fetch(`${base()}/media/products/${name}`)).status).toBe(404);
    }
  });
});

describe("the shop's brand", () => {
  afterAll(async () => {
    await api("/api/admin/settings", {
      method: "PATCH",
      token: admin.token,
      json: { accent_color: "", support_telegram: "", operator: "" },
    });
    await db.brandImage.deleteMany();
  });

  it("serves /favicon.ico: the generated mark as an ICO, then the operator's upload", async () => {
    const generated = await fetch(`${base()}/favicon.ico`);
    expect(generated.status).toBe(200);
    expect(generated.headers.get("content-type")).toBe("image/x-icon");
    const ico = Buffer.from(await generated.arrayBuffer());
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(ico.readUInt16LE(4)).toBe(3);

    const put = await fetch(`${base()}/api/admin/brand/favicon`, {
      method: "PUT",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "image/png" },
      body: await png("#e11d48", 256, 256),
    });
    expect(put.status).toBe(200);
    const { image } = (await put.json()) as { image: { url: string; width: number } };
    expect(image.width).toBe(96);
    expect((await fetch(`${base()}${image.url}`)).headers.get("content-type")).toBe("image/png");
    // The brand is read with a few seconds' cache: the new favicon shows within it.
    await expect
      .poll(async () => (await fetch(`${base()}/favicon.ico`)).headers.get("content-type"), { timeout: 8_000, interval: 500 })
      .toBe("image/png");

    const audits = await db.auditEntry.count({ where: { entityType: "brand" } });
    expect((await api("/api/admin/brand/favicon", { method: "DELETE", token: admin.token })).status).toBe(200);
    expect((await api("/api/admin/brand/favicon", { method: "DELETE", token: admin.token })).status).toBe(404);
    expect((await api("/api/admin/brand/banner", { method: "DELETE", token: admin.token })).status).toBe(404);
    // The upload and the one delete that changed something are in the audit trail.
    const trail = await db.auditEntry.findMany({ where: { entityType: "brand", entityId: "favicon" }, orderBy: { id: "desc" }, take: 2 });
    expect(trail.map((entry) => entry.action)).toEqual(["brand.image.delete", "brand.image.set"]);
    expect(await db.auditEntry.count({ where: { entityType: "brand" } })).toBe(audits + 1);
  });

  it("applies the accent colour and contact settings the operator saves to the storefront", async () => {
    const bad = await api("/api/admin/settings", { method: "PATCH", token: admin.token, json: { accent_color: "teal" } });
    expect(bad).toMatchObject({ status: 400, body: { error: expect.stringContaining("accent_color") } });
    const saved = await api("/api/admin/settings", {
      method: "PATCH",
      token: admin.token,
      json: { accent_color: "#0f766e", support_telegram: "@stockline_help", operator: "Example Trading Ltd." },
    });
    expect(saved.status).toBe(200);
    await expect
      .poll(async () => (await (await fetch(`${base()}/en`)).text()).includes("/brand/theme.css?accent=0f766e"), {
        timeout: 8_000,
        interval: 500,
      })
      .toBe(true);
    const page = await (await fetch(`${base()}/en`)).text();
    expect(page).toContain('href="https://t.me/stockline_help"');
    expect(page).toContain("This shop is run by Example Trading Ltd.");
    const css = await fetch(`${base()}/brand/theme.css?accent=0f766e`);
    expect(css.headers.get("cache-control")).toContain("immutable");
    expect(await css.text()).toContain("--color-indigo-700:#0f766e");
    expect((await fetch(`${base()}/brand/theme.css?accent=red`)).status).toBe(404);
  });
});

describe("the image endpoints in the OpenAPI document", () => {
  it("are documented for the operator (operationId, bearer security, their 4xx answers) and kept off the shoppers' API page", async () => {
    const { body } = await api("/api/openapi.json");
    const upload = body.paths["/admin/products/{id}/images"].post;
    expect(upload).toMatchObject({
      operationId: "adminUploadProductImage",
      tags: ["admin"],
      security: [{ bearer: [] }, { operatorSession: [] }],
    });
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "404", "413", "415"]));
    expect(body.paths["/admin/products/{id}/images/{imageId}"].delete.operationId).toBe("adminDeleteProductImage");
    const page = await (await fetch(`${base()}/en/api-docs`)).text();
    expect(page).not.toContain("/admin/products");
  });
});
