// Answers a fake server holds back on request, so a test can stop its sender between sending
// and hearing the answer (the crash a delivery must survive without sending twice). Shared by
// the SMTP server and the webhook receiver: each holds its own kind of answer.
export class HeldAnswers {
  /** Whether answers are held from now on. */
  on = false;
  private held: { release: () => void; key: string }[] = [];
  private listeners: (() => void)[] = [];

  /** Keeps `release` (the answer) until releaseAll() or forget(key). */
  hold(release: () => void, key = ""): void {
    this.held.push({ release, key });
    for (const listener of this.listeners.splice(0)) listener();
  }

  /** Resolves once an answer is held (at once if one is). */
  waitUntilHolding(timeoutMs = 30_000): Promise<void> {
    if (this.held.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no message was held")), timeoutMs);
      this.listeners.push(() => (clearTimeout(timer), resolve()));
    });
  }

  releaseAll(): void {
    for (const { release } of this.held.splice(0)) release();
  }

  /** Drops the answers held under `key` unsent (their sender is gone). */
  forget(key: string): void {
    this.held = this.held.filter((entry) => entry.key !== key);
  }
}
