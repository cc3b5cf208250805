// LLM spend: today, month to date and the month-end forecast (gatewaySpend), each virtual
// key's month against its budget with its runway, top users and projects, waste from repeated
// prompts, and usage events as they are billed (usageRecorded). spendUpdated moves a key's
// figures at once; the overview is read again after each burst of events.
import { useQuery, useSubscription } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { graphql } from "../gql/index.js";
import type { SpendKeysQuery, SpendUsageQuery } from "../gql/graphql.js";
import { Empty, ErrorNote, fmtDate, fmtMs, fmtPct, fmtUsd, Loading, num, Pager, Stat, Table, usePager, useReloadOn } from "../ui.js";
import type { View, ViewProps } from "../view.js";

const Overview = graphql(`
  query SpendOverview {
    gatewaySpend {
      spendTodayUsd
      spendMonthUsd
      spendYearUsd
      forecastMonthEndUsd
      totalRequests
      totalTokens
      topUsers {
        userEmail
        totalCostUsd
        requestCount
      }
      topProjects {
        projectName
        totalCostUsd
        requestCount
      }
      waste {
        repeatedPromptsCount
        estimatedWasteUsd
        topRepeatedHashes {
          hash
          count
          estimatedWasteUsd
        }
      }
    }
  }
`);

const Keys = graphql(`
  query SpendKeys($first: Int!, $after: String) {
    virtualKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          keyPreview
          project
          userEmail
          isActive
          monthlyBudgetUsd
          spendMonthUsd
          budgetRemainingUsd
          budgetRunwayDate
          reservedUsd
        }
      }
    }
  }
`);

const Usage = graphql(`
  query SpendUsage($first: Int!, $after: String) {
    usageEvents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SpendUsageRow
        }
      }
    }
  }
`);

const UsageRow = graphql(`
  fragment SpendUsageRow on UsageEvent {
    id
    createdAt
    provider
    model
    project
    status
    inputTokens
    outputTokens
    costUsd
    cacheHit
    latencyMs
    virtualKey {
      id
      name
    }
  }
`);

const Recorded = graphql(`
  subscription SpendUsageRecorded {
    usageRecorded {
      ...SpendUsageRow
    }
  }
`);

const SpendLive = graphql(`
  subscription SpendUpdatedLive {
    spendUpdated {
      spendMonthUsd
      budgetUsd
      virtualKey {
        id
        budgetRemainingUsd
        budgetRunwayDate
        reservedUsd
      }
    }
  }
`);

type Key = SpendKeysQuery["virtualKeys"]["edges"][number]["node"];
type UsageEvent = SpendUsageQuery["usageEvents"]["edges"][number]["node"];

const PAGE = 20;
/** Series colours, distinguishable in both themes and with the budget line dotted. */
const COLOURS = ["#2f6fdf", "#c2410c", "#15803d", "#9333ea"];

function SpendPage({ me }: ViewProps) {
  const [{ data, error }, reloadOverview] = useQuery({ query: Overview });
  const keyPager = usePager("keys");
  const [{ data: keysData, error: keysError, fetching: keysFetching }, reloadKeys] = useQuery({ query: Keys, variables: { first: PAGE, after: keyPager.after } });
  const [{ data: spendEvent }] = useSubscription({ query: SpendLive });
  const [{ data: recorded }] = useSubscription({ query: Recorded });
  // A key's month as spendUpdated last said, until the keys are read again.
  const [live, setLive] = useState<Record<string, Partial<Key>>>({});
  useEffect(() => setLive({}), [keysData]);
  useEffect(() => {
    const u = spendEvent?.spendUpdated;
    if (u?.virtualKey) setLive((l) => ({ ...l, [u.virtualKey!.id]: { ...u.virtualKey, spendMonthUsd: u.spendMonthUsd, monthlyBudgetUsd: u.budgetUsd } }));
  }, [spendEvent]);
  useReloadOn(spendEvent, () => reloadOverview({ requestPolicy: "network-only" }), 1000);
  useReloadOn(recorded, () => (reloadOverview({ requestPolicy: "network-only" }), reloadKeys({ requestPolicy: "network-only" })), 1000);

  const keys = (keysData?.virtualKeys.edges ?? []).map(({ node }) => ({ ...node, ...live[node.id] }) as Key);
  const s = data?.gatewaySpend;
  return (
    <>
      {me.role === "ADMIN" ? <p class="muted small">You are an administrator: these figures cover every virtual key.</p> : null}
      <ErrorNote error={error} />
      {!s ? (
        <Loading />
      ) : (
        <div class="stats" data-testid="spend-stats">
          <Stat label="Today" value={fmtUsd(s.spendTodayUsd)} />
          <Stat label="Month to date" value={fmtUsd(s.spendMonthUsd)} />
          <Stat label="Month-end forecast" value={fmtUsd(s.forecastMonthEndUsd)} />
          <Stat label="This year" value={fmtUsd(s.spendYearUsd)} />
          <Stat label="Requests" value={s.totalRequests.toLocaleString()} />
          <Stat label="Tokens" value={s.totalTokens.toLocaleString()} />
          <Stat label="Waste" value={fmtUsd(s.waste.estimatedWasteUsd)} tone={s.waste.estimatedWasteUsd > 0 ? "warn" : undefined} />
        </div>
      )}
      <section class="card" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Month-end forecast against budgets</h2>
        <p class="muted small">
          Each key's spend this month (UTC) as a trend at its average daily rate so far, dashed to the month's end, against its budget (dotted). Where
          the trend meets the budget is the key's runway.
        </p>
        {s ? <ForecastChart keys={keys} monthUsd={s.spendMonthUsd} forecastUsd={s.forecastMonthEndUsd} /> : null}
      </section>
      <section class="card" aria-labelledby="keys-title">
        <h2 id="keys-title">Virtual keys</h2>
        <ErrorNote error={keysError} />
        {!keysData && keysFetching ? (
          <Loading />
        ) : keys.length === 0 ? (
          <Empty>No virtual keys {me.role === "ADMIN" ? "yet. Create one with the createVirtualKey mutation." : "of yours yet. An administrator creates them (createVirtualKey)."}</Empty>
        ) : (
          <KeysTable keys={keys} />
        )}
        <Pager pager={keyPager} info={keysData?.virtualKeys.pageInfo} total={keysData?.virtualKeys.totalCount} label="keys" />
      </section>
      {s ? (
        <div class="grid wide">
          <TopList title="Top users" empty="No usage yet." rows={s.topUsers.map((u) => [u.userEmail, u.totalCostUsd, u.requestCount])} />
          <TopList title="Top projects" empty="No usage with a project yet." rows={s.topProjects.map((p) => [p.projectName, p.totalCostUsd, p.requestCount])} />
          <section class="card" aria-labelledby="waste-title">
            <h2 id="waste-title">Waste</h2>
            <p>
              {s.waste.repeatedPromptsCount} repeated {s.waste.repeatedPromptsCount === 1 ? "prompt" : "prompts"} cost {fmtUsd(s.waste.estimatedWasteUsd)}{" "}
              <span class="muted small">(a prompt sent again after its first time, without a cache hit)</span>
            </p>
            {s.waste.topRepeatedHashes.length ? (
              <Table label="Most repeated prompts" head={["Prompt hash", num("Sent"), num("Waste")]}>
                {s.waste.topRepeatedHashes.map((h) => (
                  <tr key={h.hash}>
                    <td>
                      <code>{h.hash.slice(0, 12)}</code>
                    </td>
                    <td class="num">{h.count}</td>
                    <td class="num">{fmtUsd(h.estimatedWasteUsd)}</td>
                  </tr>
                ))}
              </Table>
            ) : (
              <Empty>No prompt was sent twice.</Empty>
            )}
          </section>
        </div>
      ) : null}
      <UsageCard recorded={recorded?.usageRecorded ?? null} />
    </>
  );
}

function runwayText(k: Key): { text: string; tone: string } {
  if (k.monthlyBudgetUsd == null) return { text: "no budget", tone: "muted" };
  if (!k.budgetRunwayDate) return { text: "no spend yet", tone: "muted" };
  const at = Date.parse(k.budgetRunwayDate);
  if (at <= Date.now() + 60_000) return { text: "budget reached", tone: "fail" };
  const now = new Date();
  const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return at < monthEnd ? { text: `runs out ${fmtDate(k.budgetRunwayDate)}`, tone: "warn" } : { text: "lasts the month", tone: "pass" };
}

function KeysTable({ keys }: { keys: Key[] }) {
  return (
    <Table testid="key-table" head={["Key", "User", "Project", num("Month"), num("Budget"), num("Used"), num("In flight"), "Runway"]}>
      {keys.map((k, i) => {
        const runway = runwayText(k);
        const used = k.monthlyBudgetUsd ? (k.spendMonthUsd / k.monthlyBudgetUsd) * 100 : null;
        return (
          <tr key={k.id}>
            <td>
              {i < COLOURS.length && k.monthlyBudgetUsd != null ? <span class="swatch" style={{ background: COLOURS[i] }} aria-hidden="true" /> : null}
              {k.name} <code class="muted">{k.keyPreview}</code>
              {k.isActive ? null : <span class="tag">inactive</span>}
            </td>
            <td>{k.userEmail}</td>
            <td>{k.project ?? "–"}</td>
            <td class="num">{fmtUsd(k.spendMonthUsd)}</td>
            <td class="num">{fmtUsd(k.monthlyBudgetUsd)}</td>
            <td class={`num ${used != null && used >= 100 ? "fail" : used != null && used >= 80 ? "warn" : ""}`}>{used == null ? "–" : fmtPct(used, 0)}</td>
            <td class="num">{fmtUsd(k.reservedUsd)}</td>
            <td class={runway.tone}>{runway.text}</td>
          </tr>
        );
      })}
    </Table>
  );
}

function TopList({ title, rows, empty }: { title: string; rows: [string, number, number][]; empty: string }) {
  return (
    <section class="card" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <Table head={["Name", num("Cost"), num("Requests")]}>
          {rows.map(([name, cost, n]) => (
            <tr key={name}>
              <td>{name}</td>
              <td class="num">{fmtUsd(cost)}</td>
              <td class="num">{n}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

/**
 * Spend over the UTC month: every key with a budget (the first four of the page) as a trend
 * from the month's start through today at its average rate, dashed on to the month's end,
 * and its budget; plus all keys' forecast (gatewaySpend's, which weighs the last 7 days).
 */
function ForecastChart({ keys, monthUsd, forecastUsd }: { keys: Key[]; monthUsd: number; forecastUsd: number }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const budgeted = keys.slice(0, COLOURS.length).filter((k) => k.monthlyBudgetUsd != null);
  const now = new Date();
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) / 1000;
  const at = Math.max(Date.now() / 1000, start + 3600);
  const build = (): [uPlot.AlignedData, uPlot.Series[]] => {
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue("--muted").trim() || "#57606a";
    const xs = [start, at, end];
    const data: (number | null)[][] = [xs];
    const series: uPlot.Series[] = [{}];
    const trend = (usd: number) => [0, usd, usd * ((end - start) / (at - start))];
    const add = (label: string, stroke: string, values: (number | null)[], extra: Partial<uPlot.Series> = {}) => {
      series.push({ label, stroke, width: 2, points: { show: false }, ...extra });
      data.push(values);
    };
    add("all keys, to date", text, [0, monthUsd, null]);
    add("all keys, forecast", text, [null, monthUsd, forecastUsd], { dash: [6, 4] });
    budgeted.forEach((k, i) => {
      const [a, b, c] = trend(k.spendMonthUsd);
      add(`${k.name}, to date`, COLOURS[i]!, [a, b, null]);
      add(`${k.name}, trend`, COLOURS[i]!, [null, b, c], { dash: [6, 4] });
      add(`${k.name}, budget`, COLOURS[i]!, xs.map(() => k.monthlyBudgetUsd!), { dash: [2, 3], width: 1 });
    });
    return [data as uPlot.AlignedData, series];
  };
  const shape = budgeted.map((k) => k.id).join(",");
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue("--muted").trim() || "#57606a";
    const grid = css.getPropertyValue("--border").trim() || "#d0d7de";
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const [data, series] = build();
    plot.current = new uPlot(
      {
        width: el.clientWidth,
        height: 240,
        series,
        axes: [axis, { ...axis, size: 70, values: (_u, vals) => vals.map((v) => fmtUsd(v)) }],
        scales: { x: { time: true, range: [start, end] }, y: { range: (_u, _min, max) => [0, Math.max(0.01, max * 1.1)] } },
        cursor: { drag: { x: false, y: false } },
        legend: { show: false },
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: el.clientWidth, height: 240 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [shape]);
  const figures = JSON.stringify([monthUsd, forecastUsd, budgeted.map((k) => [k.spendMonthUsd, k.monthlyBudgetUsd])]);
  useEffect(() => plot.current?.setData(build()[0]), [figures]);
  const label =
    `Spend this month: ${fmtUsd(monthUsd)} so far, forecast ${fmtUsd(forecastUsd)} at the month's end. ` +
    budgeted.map((k) => `${k.name}: ${fmtUsd(k.spendMonthUsd)} of ${fmtUsd(k.monthlyBudgetUsd)}, ${runwayText(k).text}.`).join(" ");
  return (
    <>
      <div class="chart" ref={box} role="img" aria-label={label} data-testid="spend-chart" />
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch" style={{ background: "var(--muted)" }} /> all keys
        </li>
        {budgeted.map((k, i) => (
          <li key={k.id}>
            <span class="swatch" style={{ background: COLOURS[i] }} /> {k.name} (budget {fmtUsd(k.monthlyBudgetUsd)})
          </li>
        ))}
      </ul>
      {budgeted.length === 0 ? <p class="muted small">No key on this page has a budget, so there is no runway to show.</p> : null}
    </>
  );
}

/** Recent usage: the first page is the query plus every usageRecorded since, newest first. */
function UsageCard({ recorded }: { recorded: UsageEvent | null }) {
  const pager = usePager("usage");
  const [{ data, error, fetching }] = useQuery({ query: Usage, variables: { first: PAGE, after: pager.after } });
  const [live, setLive] = useState<UsageEvent[]>([]);
  useEffect(() => setLive([]), [data]);
  useEffect(() => {
    if (recorded) setLive((l) => [recorded, ...l].slice(0, 100));
  }, [recorded]);
  const fetched = data?.usageEvents.edges.map((e) => e.node) ?? [];
  const seen = new Set(fetched.map((e) => e.id));
  const fresh = pager.page === 1 ? live.filter((e) => !seen.has(e.id)) : [];
  const rows = [...fresh, ...fetched];
  return (
    <section class="card" aria-labelledby="usage-title">
      <h2 id="usage-title">Usage events</h2>
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>No requests through the gateway yet. They appear here as they are billed.</Empty>
      ) : (
        <Table testid="usage-table" live="polite" head={["When", "Key", "Model", "Project", num("Tokens in / out"), num("Cost"), num("Status"), num("Latency")]}>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.createdAt).toLocaleString()}</td>
              <td>{e.virtualKey.name}</td>
              <td>
                {e.provider}/{e.model}
                {e.cacheHit ? <span class="tag">cached</span> : null}
              </td>
              <td>{e.project ?? "–"}</td>
              <td class="num">
                {e.inputTokens} / {e.outputTokens}
              </td>
              <td class="num">{fmtUsd(e.costUsd)}</td>
              <td class={`num ${e.status >= 400 ? "fail" : ""}`}>{e.status}</td>
              <td class="num">{fmtMs(e.latencyMs)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pager pager={pager} info={data?.usageEvents.pageInfo} total={data ? data.usageEvents.totalCount + fresh.length : undefined} label="events" />
    </section>
  );
}

export const spendView: View = { path: "/llm-spend", title: "LLM spend", nav: "LLM spend", component: SpendPage };
