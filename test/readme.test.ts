// The README is a newcomer's first page: it documents every configuration variable the
// server reads, and neither it nor docs/ points outside the repository.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");

describe("README and docs", () => {
  it("document every variable src/config.ts reads", () => {
    const variables = [...read("src/config.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    expect(variables).toContain("NODE_ENV");
    const readme = read("README.md");
    expect(variables.filter((v) => !readme.includes(`\`${v}\``))).toEqual([]);
  });

  it("name every legacy route family", () => {
    const readme = read("README.md");
    for (const family of ["/health", "/api/health", "/healthz", "/ready", "/metrics", "/auth/", "/account", "/sources", "/proxies", "/stats/pool", "/stats/plugins", "/api/users/", "/api/apikeys", "/api/admin/users", "/api/auth/token", "/ws"]) {
      expect(readme, family).toContain(`\`${family}`);
    }
  });

  it("link only to files inside the repository", () => {
    const files = ["README.md", ...readdirSync(path.join(ROOT, "docs")).map((f) => `docs/${f}`)];
    for (const file of files) {
      const text = read(file);
      expect(text, file).not.toMatch(/\.\.\/shared|\/work\/shared/);
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
        expect(path.resolve(path.dirname(path.join(ROOT, file)), target).startsWith(ROOT + path.sep), `${file}: ${target}`).toBe(true);
      }
    }
  });
});
