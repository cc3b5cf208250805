// Formatting shared by every bench: machine description, figures table, ratios.
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Measurement } from "./load.js";

export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || "unknown CPU";
  const memGiB = Math.round(os.totalmem() / 2 ** 30);
  return `Node ${process.version}, ${cpus.length} CPUs (${model}), ${memGiB} GiB, ${os.platform()} ${os.arch()}`;
}

/** 1-minute load average: other work on a 2-core machine skews every figure, so record it. */
export function loadAverage(): string {
  const [one] = os.loadavg();
  const busy = one > os.cpus().length / 4;
  return `${one.toFixed(2)}${busy ? " (machine was busy: figures are less reliable)" : ""}`;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const int = (n: number) => Math.round(n).toLocaleString("en-US");

/** A Markdown table; it reads as well in a terminal as in BENCHMARKS.md. */
export function figuresTable(rows: Measurement[]): string {
  const head = ["target", "req/s (mean)", "server CPU ms/req", "p50 ms", "p90 ms", "p99 ms", "mean ms", "max ms", "requests", "non-2xx", "errors"];
  const lines = rows.map((m) => [
    m.title,
    int(m.rps),
    m.serverCpuMsPerRequest === undefined ? "n/a" : fmt(m.serverCpuMsPerRequest, 3),
    fmt(m.latencyMs.p50),
    fmt(m.latencyMs.p90),
    fmt(m.latencyMs.p99),
    fmt(m.latencyMs.mean, 2),
    fmt(m.latencyMs.max),
    int(m.requests),
    String(m.non2xx),
    String(m.errors),
  ]);
  return [head, head.map((_, i) => (i === 0 ? "---" : "---:")), ...lines].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

export interface Ratios {
  throughput: number;
  p50: number;
  p99: number;
  mean: number;
}

/** subject / baseline: throughput below 1 and latency above 1 mean the subject is slower. */
export function ratios(subject: Measurement, baseline: Measurement): Ratios {
  const div = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  return {
    throughput: div(subject.rps, baseline.rps),
    p50: div(subject.latencyMs.p50, baseline.latencyMs.p50),
    p99: div(subject.latencyMs.p99, baseline.latencyMs.p99),
    mean: div(subject.latencyMs.mean, baseline.latencyMs.mean),
  };
}

export function ratiosLine(r: Ratios, subject: string, baseline: string): string {
  return (
    `Ratio ${subject} / ${baseline}: throughput **${fmt(r.throughput, 3)}×**, ` +
    `p50 latency **${fmt(r.p50, 2)}×**, p99 latency **${fmt(r.p99, 2)}×**, mean latency **${fmt(r.mean, 2)}×**`
  );
}

/** Hides the password of a connection URL before it is printed or recorded (one rule with the server's logs). */
/** CPU time (user + system) of another process so far, from Linux /proc, in ms; NaN where it cannot be read. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return Number.NaN;
  }
}

export { redactUrl } from "../../src/startup.js";
