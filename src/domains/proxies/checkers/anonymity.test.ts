import { describe, expect, it } from "vitest";
import { addressesIn, classify, normalizeIp } from "./anonymity.js";

const us = new Set(["203.0.113.7"]);

describe("classify", () => {
  it("is transparent when the judge sees our own address", () => {
    expect(classify("::ffff:203.0.113.7", {}, us)).toMatchObject({ anonymity: "TRANSPARENT", exitIp: "203.0.113.7" });
  });

  it("is transparent when a forwarding header names another address than the exit IP", () => {
    expect(classify("198.51.100.1", { "X-Forwarded-For": "10.1.2.3" }, new Set()).anonymity).toBe("TRANSPARENT");
    expect(classify("198.51.100.1", { forwarded: 'for="[2001:db8::1]:4711";proto=http' }, new Set()).anonymity).toBe("TRANSPARENT");
    expect(classify("198.51.100.1", { "x-real-ip": "192.0.2.9" }, new Set()).anonymity).toBe("TRANSPARENT");
    // any header carrying our address leaks too
    expect(classify("198.51.100.1", { "x-custom-origin": "203.0.113.7" }, us).anonymity).toBe("TRANSPARENT");
  });

  it("is anonymous when the proxy announces itself without leaking", () => {
    expect(classify("198.51.100.1", { via: "1.1 squid" }, us)).toMatchObject({ anonymity: "ANONYMOUS", reason: "proxy header via" });
    expect(classify("198.51.100.1", { "proxy-connection": "keep-alive" }, us).anonymity).toBe("ANONYMOUS");
    expect(classify("198.51.100.1", { "x-proxy-id": "123" }, us).anonymity).toBe("ANONYMOUS");
    expect(classify("198.51.100.1", { "x-forwarded-for": "198.51.100.1" }, us).anonymity).toBe("ANONYMOUS");
    expect(classify("198.51.100.1", { "x-forwarded-for": "unknown" }, us).anonymity).toBe("ANONYMOUS");
  });

  it("is elite otherwise", () => {
    expect(classify("198.51.100.1", { host: "judge", "user-agent": "x", accept: "*/*" }, us).anonymity).toBe("ELITE");
    // the judge may be us: its Host header names our address without leaking anything
    expect(classify("198.51.100.1", { host: "203.0.113.7:8000" }, us).anonymity).toBe("ELITE");
  });
});

describe("address parsing", () => {
  it("reads addresses out of header values", () => {
    expect(addressesIn("1.2.3.4, 5.6.7.8:8080, unknown")).toEqual(["1.2.3.4", "5.6.7.8"]);
    expect(addressesIn('for=192.0.2.60;proto=http;by=203.0.113.43')).toEqual(["192.0.2.60"]);
    expect(normalizeIp("[::FFFF:127.0.0.2]")).toBe("127.0.0.2");
    expect(normalizeIp("judge.example")).toBeNull();
  });
});
