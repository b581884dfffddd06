import { api } from "./api";
import { db } from "./fixtures";

/**
 * Adds a receiving address for a coin (the test database starts with none) and waits,
 * bounded, until the server offers the coin: it caches its payment configuration for 5 s.
 * Returns the payment configuration the server then answers.
 */
export async function enableCoin(coin: string, address: string, base?: string): Promise<Record<string, any>> {
  await db.paymentAddress.upsert({
    where: { coin_address: { coin, address } },
    create: { coin, address },
    update: { active: true },
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    // A poll may meet a kept-alive socket the server is just closing (a loaded machine): poll again.
    const body = await api("/api/payment-config", { base }).then(
      (answer) => answer.body,
      () => ({}) as Record<string, any>,
    );
    if (body.methods?.crypto?.coins?.some((entry: { coin: string }) => entry.coin === coin)) return body;
    if (Date.now() > deadline) throw new Error(`${coin} never appeared in GET /api/payment-config`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
