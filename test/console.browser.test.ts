// The operations console in a real browser: Debian's headless Chromium, driven by
// playwright-core, with every request to another origin aborted (nothing comes from a CDN).
// Logs in, watches the pool view fill, acquires and releases a lease from the UI, sees
// changes made through the API arrive over subscriptions (a session registered, ended and
// logging events appears in the Sessions view), runs a DNS probe against a loopback name
// server, moves through the navigation with the keyboard, sees a refused action's message,
// the admin-only page refused to a user, and an ended login return to the form. An admin's
// page follows the cluster: nodes, a backend failing its checks, its webhook's delivery and
// the warning in the log tail, all live. Saves a screenshot of every view at desktop and
// phone width in test-artifacts/console/ and prints the time to interactive of the first
// view (measured from navigation start; printed, never asserted). One browser for the file,
// one page per role.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { ADMIN, ofType, registerUser, useNode, type TestUser } from "./helpers.js";
import { listen } from "./peers.js";
import { startDnsPeer } from "./probes-peers.js";
import { startSourceServer, type SourceServer } from "./proxies-source-server.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const ROOT = path.resolve(import.meta.dirname, "..");
const SHOTS = path.join(ROOT, "test-artifacts", "console");
const title = present
  ? "the operations console in a browser"
  : `the operations console in a browser (skipped: ${CHROMIUM} is missing; install it with apt-get install -y chromium)`;

const GRANT = graphql(`mutation ConsoleTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);
const ACQUIRE = graphql(`mutation ConsoleTestAcquire { acquireProxy(input: { country: "DE" }) { __typename ... on Error { message } } }`);
const CREATE_SOURCE = graphql(`mutation ConsoleTestSource($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id } } }`);
const SCRAPE = graphql(`mutation ConsoleTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { ok proxiesNew } } }`);
const SESSIONS = graphql(`query ConsoleTestSessions { me { loginSessions { edges { node { id } } } } }`);
const REVOKE = graphql(`mutation ConsoleTestRevoke($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename } }`);
const REGISTER_SESSION = graphql(`mutation ConsoleTestRegisterSession($input: RegisterSessionInput!) { registerSession(input: $input) { __typename
  ... on AutomationSession { id } ... on Error { message } } }`);
const LOG_EVENT = graphql(`mutation ConsoleTestLogEvent($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename } }`);
const END_SESSION = graphql(`mutation ConsoleTestEndSession($input: EndSessionInput!) { endSession(input: $input) { __typename } }`);
const CREATE_KEY = graphql(`mutation ConsoleTestKey($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { __typename
  ... on CreatedVirtualKey { virtualKey { id } } } }`);
const CREATE_BACKEND = graphql(`mutation ConsoleTestBackend($input: CreateBackendInput!) { createBackend(input: $input) { __typename } }`);
const CREATE_VHOST = graphql(`mutation ConsoleTestVhost($input: CreateVhostInput!) { createVhost(input: $input) { __typename } }`);
const CREATE_WEBHOOK = graphql(`mutation ConsoleTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }`);

/** The row id inside a Relay global id. */
const rawId = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1]!;
const PING = ["/usr/bin/ping", "/bin/ping"].some((p) => existsSync(p));

if (present) execFileSync(process.execPath, [path.join(ROOT, "scripts/build-console.mjs"), "--if-stale"], { stdio: "inherit" });

describe.skipIf(!present)(title, () => {
  // Pool samples every second: the chart fills, and grows live, within the test.
  // Health checks every second and out of rotation after two failures: the cluster view sees a
  // backend fail within the test. LOG_LEVEL warn: the log tail has the warning, stdout little else.
  const { node, admin } = useNode({
    admin: true,
    env: { POOL_SAMPLES_ENABLED: "true", POOL_SAMPLE_INTERVAL_MS: "1000", HEALTH_CHECK_TICK_MS: "250", LOG_LEVEL: "warn" },
  });
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let user: TestUser;
  let lists: SourceServer;
  let dns: Awaited<ReturnType<typeof startDnsPeer>>;
  let sourceId: string;
  const problems: string[] = [];

  /** A context whose requests to any other origin are refused and recorded as problems, and its page. */
  const openPage = async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(node.url).origin;
    await ctx.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      problems.push(`request to another origin: ${url}`);
      return route.abort("internetdisconnected");
    });
    const p = await ctx.newPage();
    p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    p.on("console", (m) => void (m.type() === "error" && !/status of 4\d\d/.test(m.text()) && problems.push(`console: ${m.text()}`)));
    return { ctx, p };
  };

  /** Presses Tab until the focused element is the link named `name` (at most 60 times); checks its focus is visible. */
  const tabTo = async (p: Page, name: string) => {
    for (let i = 0; i < 60; i++) {
      await p.keyboard.press("Tab");
      const focused = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? { tag: el.tagName, text: el.textContent?.trim(), outline: getComputedStyle(el).outlineStyle } : null;
      });
      if (focused?.tag === "A" && focused.text === name) {
        expect(focused.outline, `focus on "${name}" is visible`).not.toBe("none");
        return i + 1;
      }
    }
    throw new Error(`Tab never reached the link "${name}"`);
  };

  /** On a failure, what the page showed and any page errors: a timeout alone says little. */
  const explainFailures = (p: () => Page) =>
    onTestFailed(async () => {
      const shown = await p().locator("body").innerText({ timeout: 2_000 }).catch((e) => `(unreadable: ${e})`);
      await p().screenshot({ path: path.join(SHOTS, "failure.png"), fullPage: true }).catch(() => {});
      console.error(`page at the failure: ${p().url()}\n${shown}\nproblems: ${JSON.stringify(problems)}`);
    });

  const shot = async (name: string, p: Page = page) => {
    await p.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
    await p.setViewportSize({ width: 390, height: 844 });
    await p.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true });
    // Nothing may stick out sideways at phone width but the tables' own scrolling boxes.
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at 390 px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    await p.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const now = new Date();
    await node.app.db.prisma.proxy.createMany({
      data: [
        { ip: "198.51.100.1", port: 8080, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.9, avgLatencyMs: 120, uptimePct: 99, lastCheckedAt: now },
        { ip: "198.51.100.2", port: 1080, protocol: "SOCKS5", status: "ACTIVE", anonymity: "ANONYMOUS", country: "DE", score: 0.8, avgLatencyMs: 60, uptimePct: 95, lastCheckedAt: now },
        { ip: "198.51.100.3", port: 3128, protocol: "HTTPS", status: "DEAD", anonymity: "TRANSPARENT", country: "FR", score: 0.1 },
        { ip: "198.51.100.4", port: 8000, protocol: "HTTP", status: "UNCHECKED", score: 0 },
      ],
    });
    const first = await node.app.db.prisma.proxy.findFirstOrThrow({ where: { ip: "198.51.100.1" } });
    await node.app.db.prisma.proxyCheck.createMany({
      data: [
        { proxyId: first.id, checkerName: "connect", stage: 1, passed: true, latencyMs: 40, detail: "TCP connect ok" },
        { proxyId: first.id, checkerName: "judge", stage: 2, passed: true, latencyMs: 120, detail: "elite, exit 198.51.100.1" },
      ],
    });
    [lists, dns] = await Promise.all([startSourceServer(), startDnsPeer()]);
    user = await registerUser(node);
    const created = await node.gql(CREATE_SOURCE, { input: { url: lists.url("/plaintext"), parserName: "plaintext" } }, user.auth);
    expect(created.data?.createSource.__typename).toBe("Source");
    sourceId = (created.data!.createSource as { id: string }).id;
    expect((await node.gql(GRANT, { input: { userId: user.id, amount: 3 } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    // LLM spend: one of the user's keys with a budget, and three billed requests this month.
    const key = ofType((await node.gql(CREATE_KEY, { input: { name: "catalog-bot", userEmail: user.email, project: "catalog", monthlyBudgetUsd: 20 } }, admin)).data?.createVirtualKey, "CreatedVirtualKey");
    const keyId = rawId(key.virtualKey.id);
    const usage = (i: number, costMicros: number, promptHash: string) => ({
      virtualKeyId: keyId, userId: rawId(user.id), project: "catalog", provider: "openai", model: "gpt-4o-mini", endpoint: "/v1/chat/completions",
      status: 200, inputTokens: 1200 + i, outputTokens: 300, costMicros: BigInt(costMicros), latencyMs: 800 + i * 40, promptHash,
    });
    await node.app.db.prisma.usageEvent.createMany({ data: [usage(0, 1_500_000, "p-1"), usage(1, 1_250_000, "p-2"), usage(2, 1_250_000, "p-2")] });
    await node.app.db.prisma.virtualKey.update({ where: { id: keyId }, data: { monthSpendMicros: 4_000_000n } });

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
    ({ ctx: context, p: page } = await openPage());
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await lists?.close();
    dns?.close();
  });

  it("logs in, shows the pool live, leases from the UI and follows API changes", { timeout: 180_000 }, async () => {
    explainFailures(() => page);
    // First view: the login form, interactive (its inputs enabled) after navigation start.
    await page.goto(`${node.url}/`);
    const loginTti = await page.waitForFunction(() => {
      const input = document.querySelector<HTMLInputElement>("input[name=email]");
      return input && !input.disabled ? performance.now() : 0;
    });
    // Not signed in yet is not "expired".
    expect(await page.getByText("Your login has expired").count()).toBe(0);
    await shot("login");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // A refused action shows the server's own message.
    await page.getByRole("alert").filter({ hasText: /invalid|incorrect|password/i }).waitFor();
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    // The pool view fills: counts from the poolStats subscription, rows from the proxies query.
    await page.waitForURL(`${node.url}/pool`);
    const stats = page.getByTestId("pool-stats");
    await stats.getByText("Proxies4").or(stats.filter({ hasText: /Proxies\s*4/ })).first().waitFor();
    await expect.poll(() => stats.innerText()).toMatch(/Active\s*2/);
    await page.getByTestId("proxy-table").getByText("198.51.100.1:8080").waitFor();
    await page.getByRole("region", { name: "By country" }).getByText("DE").waitFor();
    // Filters go to the API: only the dead proxy is left.
    await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("DEAD");
    await expect.poll(() => page.getByTestId("proxy-table").locator("tbody tr").count()).toBe(1);
    await page.getByTestId("proxy-table").getByText("198.51.100.3:3128").waitFor();
    await page.getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => page.getByTestId("proxy-table").locator("tbody tr").count()).toBe(4);

    // A scrape started through the API: the pool's counts and table follow without a reload.
    expect((await node.gql(SCRAPE, { id: sourceId }, user.auth)).data?.scrapeSource).toMatchObject({ ok: true, proxiesNew: 3 });
    await expect.poll(() => stats.innerText(), { timeout: 10_000 }).toMatch(/Proxies\s*7/);
    await page.getByTestId("proxy-table").getByText("203.0.113.10:8080").waitFor();
    // The chart of active proxies: history plus samples arriving over poolSampled.
    await page.locator('[data-testid=active-chart][aria-label*="latest sample: 2 active of 7"] canvas').waitFor({ timeout: 10_000 });
    await shot("pool");

    // Proxy detail with its checks, reached from the table.
    await page.getByRole("link", { name: "198.51.100.1:8080" }).click();
    await page.getByTestId("proxy-checks").getByText("elite, exit 198.51.100.1").waitFor();
    await expect.poll(() => page.getByTestId("proxy-facts").innerText()).toMatch(/Country\s*US/);
    await shot("proxy");

    // Sources: the history of the API's scrape, then "scrape now" from the UI.
    await page.getByRole("link", { name: "Sources" }).click();
    const sources = page.getByTestId("source-list");
    await sources.getByRole("table").locator("tbody tr").first().waitFor();
    await page.getByRole("button", { name: `Scrape ${lists.url("/plaintext")} now` }).click();
    await sources.getByText("Found 3 proxies, 0 new.").waitFor();
    await expect.poll(() => sources.getByRole("table").locator("tbody tr").count()).toBe(2);
    await page.getByTestId("last-scrape").waitFor();
    await shot("sources");

    // The first view a signed-in operator gets: the pool, loaded from scratch.
    await page.goto(`${node.url}/pool`);
    const poolTti = await page.waitForFunction(() => {
      const rows = document.querySelectorAll("[data-testid=proxy-table] tbody tr").length;
      const stats = document.querySelector("[data-testid=pool-stats]");
      return rows > 0 && stats ? performance.now() : 0;
    });
    console.log(
      `console time to interactive from navigation start: login form ${Math.round(await loginTti.jsonValue())} ms, ` +
        `pool view (stats and table filled) ${Math.round(await poolTti.jsonValue())} ms (target: within 2000 ms)`,
    );

    // Keyboard: from the top of the page, Tab reaches the skip link first, then the
    // navigation; Enter follows the link.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await tabTo(page, "My leases");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${node.url}/my-leases`);
    await page.getByText("You hold no lease").waitFor();
    await expect.poll(() => page.getByTestId("credits").innerText()).toBe("3");

    // A refused acquire shows the server's message; a good one shows the lease with a countdown.
    await page.getByRole("textbox", { name: "Country" }).fill("JP");
    await page.getByRole("button", { name: "Acquire" }).click();
    await page.getByRole("alert").filter({ hasText: "No proxy matches the filters" }).waitFor();
    await page.getByRole("textbox", { name: "Country" }).fill("US");
    await page.getByRole("button", { name: "Acquire" }).click();
    const list = page.getByTestId("lease-list");
    await list.getByText("198.51.100.1:8080").waitFor();
    await list.locator(".countdown").filter({ hasText: /^[45]m \d\ds$/ }).waitFor();
    await expect.poll(() => page.getByTestId("credits").innerText()).toBe("2");

    // Changes through the API arrive over subscriptions, without a reload.
    expect((await node.gql(GRANT, { input: { userId: user.id, amount: 10 } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    await expect.poll(() => page.getByTestId("credits").innerText()).toBe("12");
    expect((await node.gql(ACQUIRE, {}, user.auth)).data?.acquireProxy.__typename).toBe("AcquireProxyPayload");
    await list.getByText("198.51.100.2:1080").waitFor();
    await expect.poll(() => page.getByTestId("credits").innerText()).toBe("11");
    await shot("leases");

    // Release from the UI: the row goes, and the leaseEnded event is listed as it happens.
    await page.getByRole("button", { name: "Release the lease on 198.51.100.1:8080" }).click();
    await page.getByTestId("lease-events").getByText("Lease on 198.51.100.1:8080 was released").waitFor();
    await expect.poll(() => list.getByText("198.51.100.1:8080").count()).toBe(0);

    // Sessions, reached by keyboard. A session registered, logging an event and ending through
    // the API shows up without a reload (sessionStarted, eventLogged, sessionEnded, statsUpdated).
    await page.goto(`${node.url}/my-leases`);
    await tabTo(page, "Sessions");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${node.url}/sessions`);
    await page.getByText("No sessions yet").waitFor();
    await expect.poll(() => page.getByTestId("session-stats").innerText(), { timeout: 10_000 }).toMatch(/Sessions\s*0/);
    const registered = ofType(
      (await node.gql(REGISTER_SESSION, { input: { proxy: "198.51.100.1:8080", targetUrl: "https://shop.example/cart", country: "US" } }, user.auth)).data?.registerSession,
      "AutomationSession",
    );
    const sessionsTable = page.getByTestId("session-table");
    await sessionsTable.getByText("shop.example").waitFor();
    await page.getByTestId("last-session-change").getByText("a session started on 198.51.100.1:8080 for shop.example").waitFor();
    await node.gql(LOG_EVENT, { input: { sessionId: registered.id, type: "NAVIGATION", details: { url: "https://shop.example/cart" } } }, user.auth);
    await page.getByTestId("session-events").getByText('{"url":"https://shop.example/cart"}').waitFor();
    await node.gql(END_SESSION, { input: { id: registered.id, success: true, durationSeconds: 12 } }, user.auth);
    await sessionsTable.getByText("completed").waitFor();
    await expect.poll(() => page.getByTestId("host-rates").innerText(), { timeout: 10_000 }).toMatch(/shop\.example\s+1\s+100\.0 %\s+1 healthy/);
    await expect.poll(() => page.getByTestId("proxy-rates").innerText(), { timeout: 10_000 }).toMatch(/198\.51\.100\.1:8080\s+1\s+100\.0 %\s+12\.0 s/);
    await page.getByTestId("ip-health").getByText("198.51.100.1:8080").waitFor();
    // The CSV of the current filter, downloaded through the signed link sessionsExportLink gives.
    await page.getByRole("button", { name: "Show the sessions on shop.example" }).click();
    await expect.poll(() => page.getByRole("textbox", { name: "Target host" }).inputValue(), { timeout: 10_000 }).toBe("shop.example");
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV (this filter)" }).click()]);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    // A header and the one session on shop.example.
    expect(csv.trim().split("\n")).toHaveLength(2);
    expect(csv).toContain("https://shop.example/cart");
    await shot("sessions");

    // Probes: a DNS probe against the loopback name server, submitted with Enter.
    await page.getByRole("link", { name: "Probes" }).click();
    await page.waitForURL(`${node.url}/probes`);
    await expect.poll(() => page.getByTestId("probe-quota").innerText(), { timeout: 10_000 }).toMatch(/Left today\s*100 \/ 100/);
    await page.getByText("No probes yet").waitFor();
    const run = page.getByRole("form", { name: "Run a probe" });
    await run.getByRole("combobox", { name: "Kind" }).selectOption("DNS");
    await run.getByRole("combobox", { name: "Record type" }).selectOption("MX");
    await run.getByRole("textbox", { name: "Nameserver" }).fill(`127.0.0.1:${dns.udpPort}`);
    await run.getByRole("textbox", { name: "Target" }).fill("mx.example.test");
    await run.getByRole("textbox", { name: "Target" }).press("Enter");
    await page.getByTestId("probe-result").getByText(/10 mail\.example\.test\./).waitFor();
    await page.getByTestId("probe-run").getByText(/^Succeeded in [\d.]+ ms\.$/).waitFor();
    await page.getByTestId("probe-history").getByText("mx.example.test").waitFor();
    await expect.poll(() => page.getByTestId("probe-quota").innerText(), { timeout: 10_000 }).toMatch(/Left today\s*99 \/ 100/);
    // A refused probe shows the server's message.
    await run.getByRole("textbox", { name: "Nameserver" }).fill("");
    await run.getByRole("textbox", { name: "Target" }).fill("-bad name");
    await run.getByRole("button", { name: "Run probe" }).click();
    await run.getByRole("alert").waitFor();
    if (PING) {
      // Ping replies arrive one by one over probeProgress.
      await run.getByRole("combobox", { name: "Kind" }).selectOption("PING");
      await run.getByRole("textbox", { name: "Target" }).fill("127.0.0.1");
      await run.getByRole("spinbutton", { name: "Packets" }).fill("3");
      await run.getByRole("button", { name: "Run probe" }).click();
      await page.getByTestId("probe-progress").getByText(/^reply \d+ ttl=\d+: [\d.]+ ms$/).first().waitFor();
      await page.getByTestId("probe-result").getByText(/3 packets transmitted, 3 received/).waitFor();
      await expect.poll(() => page.getByTestId("probe-history").getByText("running").count(), { timeout: 10_000 }).toBe(0);
    }
    await shot("probes");

    // LLM spend: the user's key against its budget, top users and projects, waste.
    await page.getByRole("link", { name: "LLM spend" }).click();
    await page.waitForURL(`${node.url}/llm-spend`);
    await expect.poll(() => page.getByTestId("spend-stats").innerText(), { timeout: 10_000 }).toMatch(/Month to date\s*\$4\.00/);
    await expect.poll(() => page.getByTestId("key-table").innerText(), { timeout: 10_000 }).toMatch(/catalog-bot[\s\S]*\$4\.00\s+\$20\.00\s+20 %/);
    await page.locator('[data-testid=spend-chart][aria-label*="catalog-bot: $4.00 of $20.00"] canvas').waitFor();
    await page.getByRole("region", { name: "Top projects" }).getByText("catalog").waitFor();
    await page.getByText("1 repeated prompt cost $1.25").waitFor();
    await expect.poll(() => page.getByTestId("usage-table").locator("tbody tr").count(), { timeout: 10_000 }).toBe(3);
    await shot("spend");

    // Cluster is for admins: not in a user's navigation, and a clear refusal when reached.
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cluster" }).count()).toBe(0);
    await page.goto(`${node.url}/cluster`);
    await page.getByTestId("admin-only").getByText("The Cluster page is for administrators").waitFor();
    await shot("cluster-user");
    await page.getByTestId("admin-only").getByRole("link", { name: "go to the console's start page" }).click();
    await page.waitForURL(`${node.url}/pool`);
    await page.getByTestId("pool-stats").waitFor();

    // An ended login (revoked through the API) brings back the login form, saying why.
    const sessions = await node.gql(SESSIONS, {}, user.auth);
    for (const { node: s } of sessions.data!.me.loginSessions.edges) await node.gql(REVOKE, { id: s.id }, user.auth);
    await page.getByText("Your login has expired or was revoked").waitFor({ timeout: 15_000 });
    await page.getByLabel("Email").waitFor();

    expect(problems).toEqual([]);
  });

  it("follows the cluster for an admin: nodes, a backend failing its checks, its webhook, the log", { timeout: 90_000 }, async () => {
    const { ctx, p } = await openPage();
    explainFailures(() => p);
    try {
      await p.goto(`${node.url}/`);
      await p.getByLabel("Email").fill(ADMIN.email);
      await p.getByLabel("Password").fill(ADMIN.password);
      await p.getByLabel("Password").press("Enter");
      await p.waitForURL(`${node.url}/pool`);
      await tabTo(p, "Cluster");
      await p.keyboard.press("Enter");
      await p.waitForURL(`${node.url}/cluster`);
      const nodes = p.getByTestId("cluster-nodes");
      await nodes.getByText("leader").waitFor();
      await nodes.getByText("this node").waitFor();
      await p.getByText("No backends.").waitFor();
      await p.getByRole("combobox", { name: "Level" }).selectOption("warn");

      // Made through the API while the page is open: a webhook for backend events, and a
      // backend, both on a port nothing listens on; the backend is checked every second.
      const closed = net.createServer();
      const port = await listen(closed);
      await new Promise((r) => closed.close(r));
      expect((await node.gql(CREATE_WEBHOOK, { input: { url: `http://127.0.0.1:${port}/hook`, events: ["backend.*"], secret: "console-secret-0123" } }, admin)).data?.createWebhook.__typename).toBe("Notifier");
      expect((await node.gql(CREATE_BACKEND, { input: { name: "nowhere", target: `http://127.0.0.1:${port}`, healthCheckInterval: 1 } }, admin)).data?.createBackend.__typename).toBe("Backend");
      expect((await node.gql(CREATE_VHOST, { input: { domains: ["nowhere.example.test"], backend: { name: "nowhere" } } }, admin)).data?.createVhost.__typename).toBe("Vhost");
      const backends = p.getByTestId("backend-table");
      await backends.getByText("nowhere").first().waitFor();
      await p.getByTestId("vhost-table").getByText("nowhere.example.test").waitFor();
      // The checks fail: out of rotation (edgeChanged), the warning in the log tail (logs), and
      // backend.down's failed attempt on the webhook (deliveryUpdated).
      await backends.getByText("unhealthy", { exact: true }).waitFor({ timeout: 20_000 });
      await backends.getByText("out", { exact: true }).waitFor();
      await p.getByTestId("log-tail").getByText("backend left rotation").waitFor();
      await p.getByTestId("webhook-list").getByText("backend.down").waitFor({ timeout: 15_000 });
      await p.getByTestId("webhook-list").getByText(/ECONNREFUSED/).first().waitFor();
      await shot("cluster", p);
    } finally {
      await ctx.close();
    }
    expect(problems).toEqual([]);
  });
});
