// Child of `npm run bench`: the oversell and money check after the order run; prints JSON.
import { oversellCheck } from "./fixtures";
import { db } from "../../lib/db";

const [productId, buyerId] = process.argv.slice(2);
console.log(JSON.stringify(await oversellCheck(productId!, buyerId!)));
await db.$disconnect();
