// better-sqlite3 answers synchronously, and the promises over it (Prisma's, our own
// transaction's) resolve as microtasks: a loop of statements never lets the event loop
// reach its I/O, so no request is read, answered or timed out until the loop ends. Measured
// on the admin bench's database (2026-12-06): the sweeper's first run after a start expired
// 28,566 overdue orders in one go, and GET /api/health waited 72 s for its answer.
//
// So work on SQLite runs in slices: the first turn taken in a slice of the event loop asks
// for the loop's next turn (setImmediate), and a turn asked for once the slice has lasted
// SLICE_MS waits for it, which lets the loop read and answer what arrived meanwhile. A
// request's few statements fit in a slice and never wait; a long loop gives way every SLICE_MS.

/** How long the work queued on SQLite's turns may keep the event loop before giving way. */
export const SLICE_MS = 20;

let sliceStartedAt: number | null = null;

/** True when the current slice has lasted SLICE_MS; the first call of a slice starts it. */
function sliceSpent(): boolean {
  const now = performance.now();
  if (sliceStartedAt === null) {
    sliceStartedAt = now;
    // Runs once the event loop has had its turn at I/O: the next slice starts after it.
    setImmediate(() => (sliceStartedAt = null));
    return false;
  }
  return now - sliceStartedAt >= SLICE_MS;
}

/** Resolves after the event loop's next turn at I/O (timers and sockets first). */
const nextLoopTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The loop's next turn when the slice is spent, else nothing to wait for: `await giveWayIfDue()` in a long loop. */
export const giveWayIfDue = (): Promise<void> | undefined => (sliceSpent() ? nextLoopTurn() : undefined);
