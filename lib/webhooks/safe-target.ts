// Webhook targets are the operator's choice, but a URL is an easy way to make the shop call
// into its own network (SSRF): the database port, a cloud metadata service, an admin panel on
// localhost. So every address a target resolves to is checked, at registration and again on
// every delivery (DNS can change), and the connection goes to the address that was checked.
// WEBHOOK_ALLOW_PRIVATE_TARGETS=true lifts the rule (a receiver on the operator's own LAN).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";
import { env } from "../env";

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata at 169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** True for loopback, private, link-local and other non-public addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) return blocked.check(address, "ipv6");
  return true; // not an address at all: refuse
}

export class UnsafeTargetError extends Error {}

const allowed = () => env.WEBHOOK_ALLOW_PRIVATE_TARGETS;

function refuse(host: string, address: string): UnsafeTargetError {
  return new UnsafeTargetError(`${host} resolves to ${address}, a private, loopback or link-local address`);
}

/** Every address of `host`, checked: one private address is enough to refuse the host. */
export async function resolveSafely(host: string): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await new Promise<LookupAddress[]>((resolve, reject) =>
        dnsLookup(bare, { all: true, verbatim: true }, (error, found) => (error ? reject(error) : resolve(found))),
      );
  if (!allowed()) for (const { address } of addresses) if (isPrivateAddress(address)) throw refuse(host, address);
  return addresses;
}

/**
 * A `lookup` for node:http(s) that hands the socket only addresses that passed the check, so
 * what is connected to is what was checked (no window for DNS rebinding between the two).
 */
export function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  resolveSafely(hostname).then(
    (addresses) => {
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    },
    (error: NodeJS.ErrnoException) => callback(error, ""),
  );
}
