// Active proxies over time: `poolHistory` for the chosen window, extended live by each
// `poolSampled` event, drawn with uPlot (canvas, small, no dependencies).
import { useQuery, useSubscription } from "@urql/preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { graphql } from "../gql/index.js";
import { Empty, ErrorNote } from "../ui.js";

const History = graphql(`
  query PoolHistory($hours: Int!) {
    poolHistory(hours: $hours, points: 240) {
      takenAt
      total
      active
    }
  }
`);

const Sampled = graphql(`
  subscription PoolSampled {
    poolSampled {
      takenAt
      total
      active
    }
  }
`);

const WINDOWS: [number, string][] = [
  [1, "1 hour"],
  [6, "6 hours"],
  [24, "24 hours"],
  [168, "7 days"],
];

interface Point {
  at: number;
  total: number;
  active: number;
}

export function ActiveChart() {
  const [hours, setHours] = useState(24);
  const [{ data, error }] = useQuery({ query: History, variables: { hours } });
  const [{ data: sampled }] = useSubscription({ query: Sampled });
  const [live, setLive] = useState<Point[]>([]);
  useEffect(() => setLive([]), [data]);
  useEffect(() => {
    const s = sampled?.poolSampled;
    if (s) setLive((l) => [...l, { at: Date.parse(s.takenAt) / 1000, total: s.total, active: s.active }]);
  }, [sampled]);
  const points = useMemo(() => {
    const from = Date.now() / 1000 - hours * 3600;
    const base = (data?.poolHistory ?? []).map((s) => ({ at: Date.parse(s.takenAt) / 1000, total: s.total, active: s.active }));
    const last = base.at(-1)?.at ?? 0;
    return [...base, ...live.filter((p) => p.at > last)].filter((p) => p.at >= from);
  }, [data, live, hours]);
  const latest = points.at(-1);
  return (
    <section class="card" aria-labelledby="chart-title">
      <div class="filters">
        <h2 id="chart-title" style={{ flexBasis: "auto", marginRight: "auto" }}>
          Active proxies over time
        </h2>
        <label>
          Window
          <select aria-label="Window" value={hours} onChange={(e) => setHours(Number(e.currentTarget.value))}>
            {WINDOWS.map(([h, text]) => (
              <option key={h} value={h}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {points.length === 0 ? (
        <Empty>No samples in this window yet: the pool's counts are sampled every minute (POOL_SAMPLE_INTERVAL_MS).</Empty>
      ) : (
        <Plot points={points} label={`Active proxies over the last ${hours} hours; latest sample: ${latest!.active} active of ${latest!.total}`} />
      )}
    </section>
  );
}

function Plot({ points, label }: { points: Point[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const data = (): uPlot.AlignedData => [points.map((p) => p.at), points.map((p) => p.active), points.map((p) => p.total)];
  useEffect(() => {
    const el = box.current!;
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue("--muted").trim() || "#57606a";
    const grid = css.getPropertyValue("--border").trim() || "#d0d7de";
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    plot.current = new uPlot(
      {
        width: el.clientWidth,
        height: 220,
        series: [
          {},
          { label: "active", stroke: css.getPropertyValue("--ok").trim() || "#116329", width: 2, fill: "rgba(17,99,41,0.08)" },
          { label: "total", stroke: text, width: 1, dash: [4, 4] },
        ],
        axes: [axis, { ...axis, size: 50 }],
        scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        cursor: { drag: { x: false, y: false } },
      },
      data(),
      el,
    );
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: el.clientWidth, height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, []);
  useEffect(() => plot.current?.setData(data()), [points]);
  return <div class="chart" ref={box} role="img" aria-label={label} data-testid="active-chart" />;
}
