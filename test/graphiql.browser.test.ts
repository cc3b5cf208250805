// GraphiQL in a real browser with the network cut off: Debian's headless Chromium, driven
// by playwright-core, loads /graphql from a test node while every request to any other host
// is aborted (and names other than the node's address do not resolve), then runs the default
// query with the run button. `.ci/run` installs Chromium; without it this file is skipped.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useNode } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const title = present
  ? "GraphiQL in a browser without internet"
  : `GraphiQL in a browser (skipped: ${CHROMIUM} is missing; install it with apt-get install -y chromium)`;

describe.skipIf(!present)(title, () => {
  const { node } = useNode();
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    });
  });
  afterAll(() => browser?.close());

  it("loads everything from the node and runs the default query", { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const origin = new URL(node.url).origin;
    const elsewhere: string[] = [];
    // Workers and pages of the context alike: only the node's own origin gets through.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort("internetdisconnected");
    });
    const failed: string[] = [];
    const page = await context.newPage();
    page.on("requestfailed", (r) => failed.push(`${r.url().slice(0, 100)}: ${r.failure()?.errorText}`));
    page.on("pageerror", (e) => failed.push(`page error: ${e.message}`));

    const res = await page.goto(`${node.url}/graphql`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe("switchyard");

    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ timeout: 60_000 }).catch((err: Error) => {
      throw new Error(`GraphiQL did not start. Requests to other hosts: ${JSON.stringify(elsewhere)}; failures: ${JSON.stringify(failed)}`, { cause: err });
    });
    await page.locator(".graphiql-query-editor").filter({ hasText: "Welcome to switchyard" }).waitFor();
    await run.click();
    const result = page.locator(".graphiql-response").filter({ hasText: /"healthy":\s*true/ });
    await result.waitFor({ timeout: 30_000 });

    expect(elsewhere).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });
});
