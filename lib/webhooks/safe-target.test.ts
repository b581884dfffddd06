import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./safe-target";

describe("isPrivateAddress", () => {
  it("refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "fc12::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::FFFF:10.1.2.3",
      "::ffff:169.254.169.254",
      "not-an-address",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it("allows public addresses", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:93.184.216.34"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
