// The code examples of the published API docs, verbatim (e-mail obfuscation resolved): the
// API docs page shows them with the shop's own address, and tests/api/published-examples.test.ts
// runs the same text against the shop, so what the page shows is what is known to work.
import type { Locale } from "../i18n/routing";

export const PUBLISHED_BASE = "https://getgmailstore.com/api";

export const pythonExample = `import requests

BASE_URL = "https://getgmailstore.com/api"

# 获取产品列表
response = requests.get(f"{BASE_URL}/products")
products = response.json()["products"]

# 创建订单
order = requests.post(
    f"{BASE_URL}/orders/create",
    json={
        "productId": products[0]["id"],
        "quantity": 10,
        "contactEmail": "buyer@example.com",
        "paymentMethod": "crypto",
        "coin": "trc20_usdt"
    }
)
print(order.json())`;

export const nodeExample = `const BASE_URL = "https://getgmailstore.com/api";

// 获取产品列表
const products = await fetch(\`\${BASE_URL}/products\`);
const productList = await products.json();
console.log(productList);

// 创建订单
const order = await fetch(\`\${BASE_URL}/orders/create\`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    productId: productList.products[0].id,
    quantity: 10,
    contactEmail: "buyer@example.com",
    paymentMethod: "crypto",
    coin: "trc20_usdt",
  }),
});
console.log(await order.json());`;

/** The published cURL block is three commands; each is kept apart so a test can run one. */
export const curlExamples = {
  listProducts: `# 获取产品列表
curl -X GET https://getgmailstore.com/api/products`,
  createCryptoOrder: `# 创建订单
curl -X POST https://getgmailstore.com/api/orders/create \\
  -H "Content-Type: application/json" \\
  -d '{"productId":"30a6d792-9e06-4023-85f4-736dfd9af07d","quantity":10,"contactEmail":"buyer@example.com","paymentMethod":"crypto","coin":"trc20_usdt"}'`,
  createBalanceOrder: `# 人民币余额支付
curl -X POST https://getgmailstore.com/api/orders/create \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer USER_TOKEN" \\
  -d '{"productId":"30a6d792-9e06-4023-85f4-736dfd9af07d","quantity":10,"contactEmail":"buyer@example.com","paymentMethod":"balance_cny"}'`,
};

export const curlExample = Object.values(curlExamples).join("\n\n");

/** The published base URL replaced by another shop's API root, e.g. `http://localhost:3000/api`. */
export const withApiBase = (snippet: string, apiBase: string) => snippet.replaceAll(PUBLISHED_BASE, apiBase);

// The examples' comments in English, for the English page; the code itself is the same.
const englishComments: Record<string, string> = {
  获取产品列表: "List the products",
  创建订单: "Create an order",
  人民币余额支付: "Pay from the CNY balance",
};

export function localizeComments(snippet: string, locale: Locale): string {
  if (locale === "zh") return snippet;
  return snippet.replace(
    /(#|\/\/) (获取产品列表|创建订单|人民币余额支付)$/gm,
    (_, marker: string, text: string) => `${marker} ${englishComments[text]}`,
  );
}
