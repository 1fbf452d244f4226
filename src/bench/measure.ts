/** Small measuring helpers for the benchmark runner: peak memory, CPU time, timers, rates. */
import { readFileSync } from 'node:fs';

/** Peak resident set size of this process so far, in bytes (`resourceUsage().maxRSS` is in KB). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** CPU time in milliseconds (used so far, or between two snapshots): by the whole process, and by the calling thread where the OS says (Linux). */
export interface CpuSnapshot {
  process: number;
  /** This thread alone (from /proc/thread-self/schedstat, in nanoseconds there); null elsewhere. */
  thread: number | null;
}

export function cpuSnapshot(): CpuSnapshot {
  const u = process.cpuUsage();
  let thread: number | null = null;
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]);
    if (Number.isFinite(ns)) thread = ns / 1e6;
  } catch {
    /* not Linux, or no scheduler statistics */
  }
  return { process: (u.user + u.system) / 1000, thread };
}

/** CPU milliseconds between two snapshots: the process's, and the calling thread's (null if unknown). */
export function cpuSince(a: CpuSnapshot, b: CpuSnapshot = cpuSnapshot()): CpuSnapshot {
  return { process: b.process - a.process, thread: a.thread !== null && b.thread !== null ? b.thread - a.thread : null };
}

export interface RssSample {
  /** Highest RSS seen, in bytes: the larger of the sampled maximum and the kernel's maxRSS. */
  peak: number;
  /** Mean of the sampled RSS values, in bytes (0 when no sample was taken). */
  mean: number;
  samples: number;
}

export interface RssSampler {
  /** Take one sample now (also done on every tick). */
  sample(): void;
  /** Stop sampling and return the figures. */
  stop(): RssSample;
}

/**
 * Sample the current RSS every `intervalMs` while work runs, to see how memory evolves
 * (the kernel's maxRSS only gives the peak). The timer is unref'd: it never keeps Node alive.
 */
export function startRssSampler(intervalMs = 100): RssSampler {
  let max = 0;
  let sum = 0;
  let n = 0;
  const sample = (): void => {
    const rss = process.memoryUsage.rss();
    if (rss > max) max = rss;
    sum += rss;
    n++;
  };
  sample();
  const handle = setInterval(sample, intervalMs);
  handle.unref();
  return {
    sample,
    stop(): RssSample {
      clearInterval(handle);
      sample();
      return { peak: Math.max(max, peakRss()), mean: n ? sum / n : 0, samples: n };
    },
  };
}

export interface Timer {
  /** Milliseconds since the timer started (fractional). */
  ms(): number;
  /** Seconds since the timer started. */
  seconds(): number;
  /** Milliseconds since the previous lap (or the start); records the lap under `label`. */
  lap(label: string): number;
  /** Laps recorded so far, in order. */
  laps(): { label: string; ms: number }[];
}

/** A monotonic timer (hrtime), started now. */
export function timer(): Timer {
  const t0 = process.hrtime.bigint();
  let last = t0;
  const recorded: { label: string; ms: number }[] = [];
  const since = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;
  return {
    ms: () => since(t0),
    seconds: () => since(t0) / 1000,
    lap(label: string): number {
      const now = process.hrtime.bigint();
      const ms = Number(now - last) / 1e6;
      last = now;
      recorded.push({ label, ms });
      return ms;
    },
    laps: () => recorded.slice(),
  };
}

/** Digits with a comma every three places, independent of the locale: 1234567 -> "1,234,567". */
export function groupDigits(n: number): string {
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** A number with precision suited to its size: 12345 -> "12,345", 45.67 -> "45.7", 3.456 -> "3.46". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a >= 100) return groupDigits(Math.round(n));
  if (a >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/**
 * A throughput figure: `formatRate(5000, 2000, 'articles')` -> "2,500 articles/s".
 * `amount` is in the unit named (pass bytes / 1e6 with unit 'MB' for "MB/s"); `ms` is elapsed time.
 */
export function formatRate(amount: number, ms: number, unit: string): string {
  if (ms <= 0) return `- ${unit}/s`;
  return `${formatNumber((amount * 1000) / ms)} ${unit}/s`;
}

/** Bytes in binary units: 1536 -> "1.50 KB", 3e8 -> "286 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${formatNumber(v)} ${units[i]}`;
}

/** Elapsed time for humans: 850 -> "850 ms", 12500 -> "12.5 s", 125000 -> "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${min} min ${s} s`;
}
