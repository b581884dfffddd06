// Child of `npm run bench`: migrate, seed, make one paid order to poll; prints JSON.
import { migrate } from "../../lib/db/migrate";
import { prepareBenchData } from "./fixtures";
import { createOrder } from "../../lib/orders/create-order";
import { db } from "../../lib/db";

await migrate(process.env.DATABASE_URL!);
const data = await prepareBenchData();
const order = (await createOrder(
  { productId: data.productId, quantity: 1, contactEmail: "bench@example.com", paymentMethod: "balance_cny" },
  { userId: data.buyerId, clientIp: "127.0.0.1" },
)) as { order: { id: string }; access_token: string };
await db.$disconnect();
console.log(JSON.stringify({ ...data, status: `/api/orders/${order.order.id}/status?token=${order.access_token}` }));
