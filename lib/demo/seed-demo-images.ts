import "server-only";
import sharp from "sharp";
import { addProductImage } from "../images/product-images";
import { demoArtSvg, demoProductImages } from "./demo-images";

/** Renders a demo product's illustrations and stores them as an operator's upload would be. */
export async function seedDemoImages(productId: string, slug: string): Promise<void> {
  const plan = demoProductImages[slug];
  if (!plan) return;
  for (const motif of plan.motifs) {
    const png = await sharp(Buffer.from(demoArtSvg(plan.category, motif)))
      .png()
      .toBuffer();
    await addProductImage(productId, png);
  }
}
