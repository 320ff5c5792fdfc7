import { describe, expect, it } from "vitest";
import { clientIpFrom, normaliseIp } from "./client-ip";
import { PEER_HEADER } from "@/lib/http/guards.mjs";

const h = (o: Record<string, string>) => new Headers(o);

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted: the socket address decides", () => {
    for (const xff of ["10.9.9.9", "10.9.9.9, 127.0.0.1", "127.0.0.1:1234", "1.1.1.1, 2.2.2.2, 3.3.3.3"]) {
      expect(clientIpFrom(h({ [PEER_HEADER]: "::ffff:192.168.1.20", "x-forwarded-for": xff }), false)).toBe("192.168.1.20");
    }
  });
  it("with a trusted proxy takes the right-most hop (the one the proxy added), normalised", () => {
    const peer = { [PEER_HEADER]: "10.0.0.1" };
    expect(clientIpFrom(h({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), true)).toBe("203.0.113.7");
    expect(clientIpFrom(h({ ...peer, "x-forwarded-for": "203.0.113.7:5555" }), true)).toBe("203.0.113.7");
    expect(clientIpFrom(h({ ...peer, "x-forwarded-for": "[2001:DB8::0:1]:443" }), true)).toBe("2001:db8::1");
    expect(clientIpFrom(h({ ...peer, "x-forwarded-for": "garbage" }), true)).toBe("10.0.0.1");
    expect(clientIpFrom(h(peer), true)).toBe("10.0.0.1");
  });
  it("never trusts the client without a peer header", () => {
    expect(clientIpFrom(h({ "x-forwarded-for": "1.2.3.4" }), false)).toBe("unknown");
  });
});

describe("normaliseIp", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["127.0.0.1:80", "127.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["[::1]:3000", "::1"],
    ["FE80::1%eth0", "fe80::1"],
    ["2001:0db8:0000::0001", "2001:db8::1"],
    ["", null],
    ["not-an-ip", null],
    ["999.1.1.1", null],
  ])("%s → %s", (raw, want) => expect(normaliseIp(raw)).toBe(want));
});
