// Unit tests of the parser plugins, auto-detection, cron validation and source permissions.
import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.js";
import { nextRun, validateCron } from "../src/domains/proxies/cron.js";
import { PARSERS, detectParser, requireParser } from "../src/domains/proxies/parsers/registry.js";
import type { ParseContext } from "../src/domains/proxies/parsers/types.js";
import { dedupe } from "../src/domains/proxies/proxy-upsert.js";
import { canManageSource, validateOptions } from "../src/domains/proxies/sources.service.js";
import { LISTS } from "./proxies-source-server.js";

const ctx = (options: Record<string, unknown> = {}, defaultProtocol: ParseContext["defaultProtocol"] = "HTTP"): ParseContext => ({
  defaultProtocol,
  options,
});

describe("plaintext parser", () => {
  const p = requireParser("plaintext");
  it("reads ip:port lines with the default protocol, skipping comments and bad entries", () => {
    const body = "# header\n1.2.3.4:8080\n  5.6.7.8:3128 US elite\n\n9.9.9.9:0\n9.9.9.9:70000\nnot a line\n[2001:db8::1]:8000\nproxy.example.com:80\n";
    expect(p.parse(body, ctx({}, "SOCKS5"))).toEqual([
      { ip: "1.2.3.4", port: 8080, protocol: "SOCKS5" },
      { ip: "5.6.7.8", port: 3128, protocol: "SOCKS5" },
      { ip: "2001:db8::1", port: 8000, protocol: "SOCKS5" },
      { ip: "proxy.example.com", port: 80, protocol: "SOCKS5" },
    ]);
  });
  it("does not read malformed IPv4 addresses as host names", () => {
    expect(p.parse("1.2.3:8080\n999.1.1.1:80\n", ctx())).toEqual([]);
  });
});

describe("url parser", () => {
  const p = requireParser("url");
  it("reads scheme, credentials, host and port", () => {
    expect(p.parse(LISTS.url, ctx())).toEqual([
      { ip: "203.0.113.20", port: 1080, protocol: "SOCKS5", username: "alice", password: "s@cret" },
      { ip: "203.0.113.21", port: 8080, protocol: "HTTP" },
      { ip: "203.0.113.22", port: 8443, protocol: "HTTPS" },
      { ip: "203.0.113.23", port: 1080, protocol: "SOCKS4" },
    ]);
  });
  it("maps socks5h/socks4a, keeps explicit default ports and skips unknown schemes and paths", () => {
    const body = "socks5h://1.1.1.1:9050\nsocks4a://2.2.2.2:1080\nhttp://3.3.3.3:80\nsocks5://4.4.4.4:80\nftp://5.5.5.5:21\nhttp://6.6.6.6:8080/path\nhttp://[2001:db8::2]:3128\n";
    expect(p.parse(body, ctx())).toEqual([
      { ip: "1.1.1.1", port: 9050, protocol: "SOCKS5" },
      { ip: "2.2.2.2", port: 1080, protocol: "SOCKS4" },
      { ip: "3.3.3.3", port: 80, protocol: "HTTP" },
      { ip: "4.4.4.4", port: 80, protocol: "SOCKS5" },
      { ip: "2001:db8::2", port: 3128, protocol: "HTTP" },
    ]);
  });
});

describe("csv parser", () => {
  const p = requireParser("csv");
  it("finds columns by the usual header names and skips bad rows", () => {
    expect(p.parse(LISTS.csv, ctx())).toEqual([
      { ip: "203.0.113.30", port: 8080, protocol: "HTTP" },
      { ip: "203.0.113.31", port: 1080, protocol: "SOCKS5" },
    ]);
  });
  it("uses configured header names, semicolons and quotes; an unknown protocol drops the row", () => {
    const body = 'Address;Port Number;Kind;Login;Secret\n"1.2.3.4";8080;socks4;bob;"pa;ss"\n5.6.7.8;3128;;;\n9.9.9.9;80;gopher;;\n';
    const options = { ipField: "Address", portField: "Port Number", protocolField: "Kind", usernameField: "Login", passwordField: "Secret" };
    expect(p.supports(body, options)).toBe(true);
    expect(p.parse(body, ctx(options, "HTTPS"))).toEqual([
      { ip: "1.2.3.4", port: 8080, protocol: "SOCKS4", username: "bob", password: "pa;ss" },
      { ip: "5.6.7.8", port: 3128, protocol: "HTTPS" },
    ]);
  });
});

describe("json parser", () => {
  const p = requireParser("json");
  it("reads an array of objects with string or number ports", () => {
    expect(p.parse(LISTS.json, ctx())).toEqual([
      { ip: "203.0.113.40", port: 8080, protocol: "HTTP" },
      { ip: "203.0.113.41", port: 3128, protocol: "HTTPS" },
      { ip: "203.0.113.42", port: 1080, protocol: "SOCKS5" },
    ]);
  });
  it("uses configured field names and an items field", () => {
    const options = { itemsField: "data", ipField: "addr", portField: "p", protocolField: "kind" };
    expect(p.supports(LISTS.jsonCustom, options)).toBe(true);
    expect(p.parse(LISTS.jsonCustom, ctx(options))).toEqual([
      { ip: "203.0.113.50", port: 9000, protocol: "SOCKS4" },
      { ip: "203.0.113.51", port: 9001, protocol: "HTTP" },
    ]);
  });
  it("reads host:port in the ip field and protocol arrays; skips non-objects", () => {
    const body = JSON.stringify([{ proxy: "1.2.3.4:8080", protocols: ["socks5", "http"] }, 42, null, { ip: "bad host!", port: 1 }]);
    expect(p.parse(body, ctx())).toEqual([{ ip: "1.2.3.4", port: 8080, protocol: "SOCKS5" }]);
  });
  it("fails on a document that is not an array", () => {
    expect(() => p.parse('{"a":1}', ctx())).toThrow(/array/);
    expect(() => p.parse("[{", ctx())).toThrow();
  });
});

describe("auto-detection", () => {
  const formats: [keyof typeof LISTS, string, Record<string, unknown>?][] = [
    ["plaintext", "plaintext"],
    ["url", "url"],
    ["csv", "csv"],
    ["json", "json"],
    ["jsonCustom", "json", { itemsField: "data", ipField: "addr", portField: "p" }],
  ];
  it.each(formats)("detects %s as %s", (list, parser, options) => {
    expect(detectParser(LISTS[list], options)?.name).toBe(parser);
  });
  it("is unambiguous: exactly one parser supports each format", () => {
    for (const [list, parser, options] of formats) {
      expect(PARSERS.filter((p) => p.supports(LISTS[list], options ?? {})).map((p) => p.name), list).toEqual([parser]);
    }
  });
  it("accepts a sample cut mid-line or mid-document", () => {
    const long = Array.from({ length: 500 }, (_, i) => `10.0.${i >> 8}.${i & 255}:8080`).join("\n");
    expect(detectParser(long.slice(0, 1000))?.name).toBe("plaintext");
    const json = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ ip: `10.0.0.${i & 255}`, port: 80 + i })), null, 2);
    expect(detectParser(json.slice(0, 1000))?.name).toBe("json");
  });
  it("finds nothing in garbage or an empty body", () => {
    expect(detectParser(LISTS.garbage)).toBeUndefined();
    expect(detectParser("")).toBeUndefined();
    expect(detectParser("a,b,c\n1,2,3\n")).toBeUndefined(); // CSV without an address column
  });
  it("names unknown parsers as a validation error", () => {
    expect(() => requireParser("yaml")).toThrow(ValidationError);
  });
});

describe("cron schedules", () => {
  it("accepts 5 and 6 field expressions and computes UTC runs", () => {
    expect(validateCron(" */30  * * * * ")).toBe("*/30 * * * *");
    expect(nextRun("*/30 * * * *", new Date("2025-01-01T00:10:00Z"))?.toISOString()).toBe("2025-01-01T00:30:00.000Z");
    expect(nextRun("0 0 3 * * *", new Date("2025-01-01T05:00:00Z"))?.toISOString()).toBe("2025-01-02T03:00:00.000Z");
  });
  it.each(["", "every minute", "* * * *", "61 * * * *", "* * * * * * *", "0 0 30 2 *"])("rejects %j", (expr) => {
    expect(() => validateCron(expr)).toThrow(ValidationError);
  });
});

describe("source rules", () => {
  it("lets the creator and admins manage a source, nobody else", () => {
    expect(canManageSource({ userId: "a", role: "USER" }, { createdById: "a" })).toBe(true);
    expect(canManageSource({ userId: "b", role: "USER" }, { createdById: "a" })).toBe(false);
    expect(canManageSource({ userId: "b", role: "ADMIN" }, { createdById: "a" })).toBe(true);
    expect(canManageSource({ userId: "a", role: "USER" }, { createdById: null })).toBe(false);
  });
  it("validates options: an object of known string options", () => {
    expect(validateOptions({ ipField: "addr" })).toEqual({ ipField: "addr" });
    expect(() => validateOptions([1])).toThrow(ValidationError);
    expect(() => validateOptions({ nope: "x" })).toThrow(ValidationError);
    expect(() => validateOptions({ ipField: 3 })).toThrow(ValidationError);
  });
  it("dedupes by (ip, port, protocol), keeping credentials from any copy", () => {
    const out = dedupe([
      { ip: "1.1.1.1", port: 80, protocol: "HTTP" },
      { ip: "1.1.1.1", port: 80, protocol: "HTTP", username: "u", password: "p" },
      { ip: "1.1.1.1", port: 80, protocol: "SOCKS5" },
    ]);
    expect(out).toHaveLength(2);
    expect(out.find((e) => e.protocol === "HTTP")).toMatchObject({ username: "u", password: "p" });
  });
});
