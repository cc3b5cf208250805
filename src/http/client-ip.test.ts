import { describe, expect, it } from "vitest";
import { createClientIp } from "./client-ip.js";

describe("createClientIp", () => {
  it("names the socket peer, IPv4-mapped addresses as IPv4, the same on every request", () => {
    const clientIp = createClientIp([]);
    for (let i = 0; i < 3; i++) {
      expect(clientIp("::ffff:203.0.113.9", null)).toBe("203.0.113.9");
      expect(clientIp("2001:db8:0:0::1", "198.51.100.1")).toBe("2001:db8::1");
    }
    expect(clientIp(undefined, null)).toBe("unknown");
  });

  it("reads X-Forwarded-For only behind a trusted proxy, right-most untrusted hop first", () => {
    const clientIp = createClientIp(["127.0.0.0/8", "10.0.0.1"]);
    expect(clientIp("::ffff:127.0.0.1", "198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    expect(clientIp("127.0.0.1", "198.51.100.7, 203.0.113.5")).toBe("203.0.113.5");
    expect(clientIp("192.0.2.1", "198.51.100.7")).toBe("192.0.2.1");
    expect(clientIp("127.0.0.1", "not-an-ip")).toBe("127.0.0.1");
  });
});
