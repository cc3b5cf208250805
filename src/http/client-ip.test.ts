// Pure address arithmetic: nothing here is ever contacted (loopback addresses only anyway).
import { describe, expect, it } from "vitest";
import { createClientIp } from "./client-ip.js";

describe("createClientIp", () => {
  it("names the socket peer, IPv4-mapped addresses as IPv4, the same on every request", () => {
    const clientIp = createClientIp([]);
    for (let i = 0; i < 3; i++) {
      expect(clientIp("::ffff:127.0.0.9", null)).toBe("127.0.0.9");
      expect(clientIp("0:0:0:0:0:0:0:1", "127.0.0.5")).toBe("::1");
    }
    expect(clientIp(undefined, null)).toBe("unknown");
  });

  it("reads X-Forwarded-For only behind a trusted proxy, right-most untrusted hop first", () => {
    const clientIp = createClientIp(["127.0.0.1", "127.0.0.10/32"]);
    expect(clientIp("::ffff:127.0.0.1", "127.0.0.7, 127.0.0.10")).toBe("127.0.0.7");
    expect(clientIp("127.0.0.1", "127.0.0.7, 127.0.0.5")).toBe("127.0.0.5");
    expect(clientIp("127.0.0.2", "127.0.0.7")).toBe("127.0.0.2");
    expect(clientIp("127.0.0.1", "not-an-ip")).toBe("127.0.0.1");
  });
});
