// The interim home page: the live catalogue, read through the same service as the API.
// The bilingual storefront replaces it.
import { listProducts } from "@/lib/catalog/catalog";

export const dynamic = "force-dynamic";

export default async function Home() {
  const products = await listProducts();
  return (
    <main style={{ maxWidth: 880, margin: "0 auto", padding: "32px 16px" }}>
      <h1 style={{ fontSize: 28, marginBottom: 4 }}>Stockline</h1>
      <p style={{ color: "#555", marginTop: 0 }}>数字商品，付款即发货 · Digital goods, delivered the moment you pay</p>
      <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: 12 }}>
        {products.map((product) => (
          <li key={product.id} style={{ background: "#fff", borderRadius: 10, padding: 16, border: "1px solid #e5e5e5" }}>
            <strong>{product.name_zh}</strong> · {product.name_en}
            <div style={{ color: "#555", fontSize: 14, marginTop: 6 }}>
              ¥{product.price.toFixed(2)} · {product.stock > 0 ? `库存 stock ${product.stock}` : "售罄 sold out"} · 起购 min {product.min_quantity}
            </div>
          </li>
        ))}
      </ul>
      <p style={{ fontSize: 14 }}>
        API: <a href="/api/products">/api/products</a> · <a href="/api/payment-config">/api/payment-config</a>
      </p>
    </main>
  );
}
