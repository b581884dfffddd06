// Background jobs run once across instances: the lease in the database decides who runs a
// job, on both engines, also when many instances ask at the same moment.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acquireLease, leaseHolder, releaseLease } from "@/lib/jobs/lease";

const job = () => `test-job-${randomUUID().slice(0, 8)}`;

describe("job leases", () => {
  it("belong to one holder until they run out, then to the next one who asks", async () => {
    const name = job();
    const start = new Date();
    expect(await acquireLease(name, "a", 1_000, start)).toBe(true);
    expect(await acquireLease(name, "b", 1_000, start)).toBe(false);
    expect(await acquireLease(name, "a", 1_000, new Date(start.getTime() + 500))).toBe(true); // renewed
    expect(await leaseHolder(name, new Date(start.getTime() + 1_400))).toBe("a");
    // a stops renewing (crashed): b takes over once the lease has run out, and a cannot take it back
    const later = new Date(start.getTime() + 1_600);
    expect(await acquireLease(name, "b", 1_000, later)).toBe(true);
    expect(await acquireLease(name, "a", 1_000, later)).toBe(false);
    expect(await leaseHolder(name, later)).toBe("b");
  });

  it("go to exactly one of 20 instances asking at once", async () => {
    const name = job();
    const now = new Date();
    const won = await Promise.all(Array.from({ length: 20 }, (_, i) => acquireLease(name, `instance-${i}`, 10_000, now)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await leaseHolder(name)).toBe(`instance-${won.indexOf(true)}`);
  });

  it("can be handed back by their holder only", async () => {
    const name = job();
    expect(await acquireLease(name, "a", 60_000)).toBe(true);
    await releaseLease(name, "b");
    expect(await leaseHolder(name)).toBe("a");
    await releaseLease(name, "a");
    expect(await leaseHolder(name)).toBeNull();
    expect(await acquireLease(name, "b", 60_000)).toBe(true);
  });
});
