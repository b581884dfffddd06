// What a blacklist entry names (a module of its own: the console's client form imports it).
export const BLACKLIST_KINDS = ["email", "domain", "ip"] as const;
export type BlacklistKind = (typeof BLACKLIST_KINDS)[number];
