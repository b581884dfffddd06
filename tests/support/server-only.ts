// Stands in for the `server-only` guard when lib/ runs under Vitest or scripts.
export {};
