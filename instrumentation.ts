// Runs once when a server instance starts: background jobs (the order sweeper first) live
// here, not in a cron or an external worker; leases in the database make each run once
// across instances.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSweeper } = await import("./lib/orders/sweeper");
    const { stopBackgroundJobs } = await import("./lib/jobs/background-jobs");
    const { warnAboutDemoAddresses } = await import("./lib/payments/crypto/demo-address");
    const { warnWithoutSiteUrl } = await import("./lib/site/site-url-warning");
    const { env } = await import("./lib/env");
    const { startSharedWalCheckpointer } = await import("./lib/db/wal-checkpointer");
    startSharedWalCheckpointer(env.DATABASE_URL);
    startSweeper();
    warnWithoutSiteUrl();
    const { syncEnvAddresses } = await import("./lib/payments/crypto/receiving-addresses");
    const { startChainWatchers } = await import("./lib/payments/chains/watchers");
    // RECEIVE_* addresses are authoritative: the table follows them before any watcher reads it.
    await syncEnvAddresses().catch((error) => console.error("[stockline] receiving addresses not synced", error));
    startChainWatchers();
    const { startCashierReconciliation } = await import("./lib/payments/cashier/reconcile-job");
    startCashierReconciliation();
    const { startMailSender } = await import("./lib/mail/mail-sender");
    startMailSender();
    const { startWebhookSender } = await import("./lib/webhooks/webhook-sender");
    startWebhookSender();
    // Hand the leases back on a clean stop so another instance takes over at once.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopBackgroundJobs());
    await warnAboutDemoAddresses().catch((error) => console.error("[stockline] start-up check failed", error));
  }
}
