// The layering rules of docs/architecture.md, checked on the source so they stay true:
// infrastructure (graphql/, http/, jobs/, db, pubsub, config) imports no domain; a domain
// may call another domain's services but never its schema, routes, jobs or module; app.ts
// reaches the domains only through the list in src/domains.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

/** Every relative import of `file`, resolved to a path relative to src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)|(?:^|\n)\s*import\s*["'](\.[^"']+)["']/g)];
  return specs.map((m) => path.relative(SRC, path.resolve(path.dirname(file), (m[1] ?? m[2] ?? m[3]).replace(/\.js$/, ".ts"))));
}

const rel = (f: string) => path.relative(SRC, f);
const domainOf = (p: string) => (p.startsWith("domains/") ? p.split("/")[1] : null);
/** Files another domain must not import: the domain's GraphQL, legacy routes, jobs, module. */
const PRIVATE = /(\.schema|\.job|\.routes|^rest\.[^/]*|^module|^ws[^/]*)\.ts$/;

describe("layering", () => {
  const all = files(SRC);

  it("infrastructure imports no domain", () => {
    const infra = all.filter((f) => /^(graphql|http|jobs|db)\/|^(db|pubsub|config|errors|domain)\.ts$/.test(rel(f)));
    expect(infra.length).toBeGreaterThan(10);
    const bad = infra.flatMap((f) => imports(f).filter((i) => i.startsWith("domains")).map((i) => `${rel(f)} -> ${i}`));
    expect(bad).toEqual([]);
  });

  it("a domain never imports another domain's schema, routes, jobs or module", () => {
    const bad = all
      .filter((f) => domainOf(rel(f)))
      .flatMap((f) =>
        imports(f)
          .filter((i) => domainOf(i) && domainOf(i) !== domainOf(rel(f)) && PRIVATE.test(path.basename(i)))
          .map((i) => `${rel(f)} -> ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it("app.ts, schema.ts and main.ts reach the domains only through src/domains.ts", () => {
    for (const name of ["app.ts", "schema.ts", "main.ts"]) {
      const direct = imports(path.join(SRC, name)).filter((i) => i.startsWith("domains/"));
      expect(direct, name).toEqual([]);
    }
    const list = imports(path.join(SRC, "domains.ts")).filter((i) => i.startsWith("domains/"));
    expect(list.every((i) => /^domains\/[^/]+\/module\.ts$/.test(i))).toBe(true);
  });

  it("every domain folder has a module listed in src/domains.ts", () => {
    const folders = readdirSync(path.join(SRC, "domains")).filter((d) => statSync(path.join(SRC, "domains", d)).isDirectory());
    const listed = imports(path.join(SRC, "domains.ts")).flatMap((i) => domainOf(i) ?? []);
    expect(folders.sort()).toEqual([...listed].sort());
  });

  it("services import no GraphQL", () => {
    const bad = all
      .filter((f) => f.endsWith(".service.ts"))
      .flatMap((f) => imports(f).filter((i) => i.startsWith("graphql/") && !/^graphql\/(context|counters)\.ts$/.test(i)).map((i) => `${rel(f)} -> ${i}`));
    expect(bad).toEqual([]);
    const gqlPackages = all.filter((f) => f.endsWith(".service.ts") && /from "(@pothos\/[^"]+|graphql)"/.test(readFileSync(f, "utf8")));
    expect(gqlPackages.map(rel)).toEqual([]);
  });
});
