// For a test that loads modules under environment variables of its own (modules that read
// their configuration once, when loaded). The API suite's files share one process
// (vitest.config.ts), so the module registry is emptied before the test imports them and
// again when it ends, whatever its outcome: no later file gets the modules loaded with these
// values. The variables themselves are put back after the test (`unstubEnvs`).
import { onTestFinished, vi } from "vitest";

export function useOwnEnvironment(variables: Record<string, string>): void {
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  vi.resetModules();
  onTestFinished(() => {
    vi.resetModules();
  });
}
