// Child of `npm run bench`: the oversell and money check after an order run; prints JSON.
import { oversellCheck } from "./fixtures";
import { db } from "../../lib/db";

const [productId, buyerId, stock] = process.argv.slice(2);
console.log(JSON.stringify(await oversellCheck(productId!, buyerId!, Number(stock))));
await db.$disconnect();
