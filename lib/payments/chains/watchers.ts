import "server-only";
import { env } from "../../env";
import { startBackgroundJob } from "../../jobs/background-jobs";
import { chainWatcherJob } from "./chain-watcher-job";
import { evmPoller } from "./evm-watcher";
import { pollTron } from "./tron-watcher";
import { pollBitcoin } from "./btc-watcher";

/**
 * Starts a watcher for every chain with an endpoint (TRON and Bitcoin have public
 * defaults; Ethereum and BSC need their RPC URL). Each runs under its own lease, so with
 * several instances on one database exactly one polls a chain at a time. A watcher with no
 * receiving address to watch sends nothing. CRYPTO_POLL_SECONDS=0 turns them off here.
 */
export function startChainWatchers(): void {
  if (env.CRYPTO_POLL_SECONDS === 0) return;
  const everyMs = Math.round(env.CRYPTO_POLL_SECONDS * 1000);
  startBackgroundJob(chainWatcherJob("tron", everyMs, pollTron));
  if (env.ETH_RPC_URL) startBackgroundJob(chainWatcherJob("ethereum", everyMs, evmPoller("ethereum", env.ETH_RPC_URL)));
  if (env.BSC_RPC_URL) startBackgroundJob(chainWatcherJob("bsc", everyMs, evmPoller("bsc", env.BSC_RPC_URL)));
  startBackgroundJob(chainWatcherJob("bitcoin", everyMs, pollBitcoin));
}
