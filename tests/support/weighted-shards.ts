// scripts/run-tests.ts runs the API suite in shards side by side, each a vitest --shard=i/n. The
// files are dealt by how long each takes (tests/support/file-seconds.json), heaviest first, each
// to the shard with the least so far (longest processing time first), and each shard runs its
// heaviest files first, so no shard is left running alone at the end. Dealt round in path order
// instead, one shard of two got fuzz.test.ts (113 s on PostgreSQL) and the crypto files: 385 s
// of tests against 267 s, and the run waited 115 s on it with a core mostly idle (CI run of
// 2026-12-06). A file not in the table weighs the median of those that are; a stale table only
// costs balance, never a test.
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { relative } from "node:path";
import measured from "./file-seconds.json" with { type: "json" };

const seconds = measured as Record<string, number>;
const known = Object.values(seconds).sort((a, b) => a - b);
const median = known[Math.floor(known.length / 2)] ?? 1;

export default class WeightedShards extends BaseSequencer {
  private weight(file: TestSpecification): number {
    return seconds[relative(this.ctx.config.root, file.moduleId)] ?? median;
  }

  private heaviestFirst(files: TestSpecification[]): TestSpecification[] {
    return [...files].sort((a, b) => this.weight(b) - this.weight(a) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }

  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard!;
    const loads = Array.from({ length: count }, () => 0);
    const mine: TestSpecification[] = [];
    for (const file of this.heaviestFirst(files)) {
      const lightest = loads.indexOf(Math.min(...loads));
      loads[lightest]! += this.weight(file);
      if (lightest === index - 1) mine.push(file);
    }
    return mine;
  }

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Projects in name order, as vitest's own sequencer runs them; within one, heaviest first.
    const byProject = new Map<string, TestSpecification[]>();
    for (const file of files) byProject.set(file.project.name, [...(byProject.get(file.project.name) ?? []), file]);
    return [...byProject.keys()].sort().flatMap((name) => this.heaviestFirst(byProject.get(name)!));
  }
}
