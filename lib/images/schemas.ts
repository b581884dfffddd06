// Request and answer shapes of the admin image endpoints: they validate input and publish the docs.
import { z } from "zod";
import { MAX_IMAGES_PER_PRODUCT } from "./image-rules";

export const reorderImagesSchema = z.strictObject({
  order: z
    .array(z.string().max(100))
    .max(MAX_IMAGES_PER_PRODUCT)
    .describe("every image id of the product, once each, in the new display order (the first is the cover)"),
});

export const productImageSchema = z.object({
  id: z.uuid(),
  url: z.string().describe("immutable, content-hashed address under /media/products/"),
  content_type: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  sort_order: z.number().int(),
  created_at: z.iso.datetime(),
});
