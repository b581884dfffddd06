// Runs once when a server instance starts: the order sweeper lives here, not in a cron.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSweeper } = await import("./lib/orders/sweeper");
    const { warnAboutDemoAddresses } = await import("./lib/payments/crypto/demo-address");
    startSweeper();
    await warnAboutDemoAddresses().catch((error) => console.error("[stockline] start-up check failed", error));
  }
}
