// Runs once when a server instance starts: the order sweeper lives here, not in a cron.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSweeper } = await import("./lib/orders/sweeper");
    startSweeper();
  }
}
