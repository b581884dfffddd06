// vitest --shard=i/n deals the files out in path order, like cards (the first to shard 1, the
// second to shard 2, ...), instead of vitest's split by a hash of each path. Files of one
// kind sit together by name (crypto-*, mail*, webhook*) and take similar times, so dealing
// them round keeps the shards, which scripts/run-tests.ts runs side by side, about as long as
// each other: on SQLite, 2026-12-05, 248 s and 261 s against 216 s and 291 s by hash.
import { BaseSequencer, type TestSpecification } from "vitest/node";

export default class AlternatingShards extends BaseSequencer {
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard!;
    return [...files]
      .sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0))
      .filter((_, position) => position % count === index - 1);
  }
}
