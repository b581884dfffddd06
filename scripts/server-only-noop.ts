// What `server-only` is in the bundles scripts/server-bundle.ts makes: nothing (see there).
export {};
