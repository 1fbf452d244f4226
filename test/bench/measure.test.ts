import { describe, expect, it } from 'vitest';
import { perArticle, stageTimes, timed } from '../../src/util/stage-times.js';
import { Worker } from 'node:worker_threads';
import {
  cpuSince,
  cpuSnapshot,
  formatBytes,
  formatDuration,
  formatNumber,
  formatRate,
  groupDigits,
  peakRss,
  startRssSampler,
  timer,
} from '../../src/bench/measure.js';

describe('measure helpers', () => {
  it('reports peak RSS in bytes, at least the current RSS', () => {
    const peak = peakRss();
    expect(peak).toBeGreaterThan(1024 * 1024);
    expect(peak).toBeGreaterThanOrEqual(process.memoryUsage.rss() * 0.9);
  });

  it('samples RSS while work runs and sees an allocation', () => {
    const s = startRssSampler(5);
    const blocks: Buffer[] = [];
    for (let i = 0; i < 20; i++) blocks.push(Buffer.alloc(2 * 1024 * 1024, i));
    s.sample();
    const r = s.stop();
    expect(blocks.length).toBe(20);
    expect(r.samples).toBeGreaterThanOrEqual(3);
    expect(r.peak).toBeGreaterThanOrEqual(r.mean);
    expect(r.peak).toBeGreaterThan(40 * 1024 * 1024);
  });

  it('counts CPU time of the process and, on Linux, of the calling thread apart', async () => {
    const spin = (ms: number): void => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* busy */
      }
    };
    const c0 = cpuSnapshot();
    spin(150);
    const mine = cpuSince(c0);
    expect(mine.process).toBeGreaterThanOrEqual(100);
    // another thread's work counts for the process only
    const c1 = cpuSnapshot();
    const w = new Worker('const end = performance.now() + 300; while (performance.now() < end) {}', { eval: true });
    await new Promise((resolve) => w.once('exit', resolve));
    const other = cpuSince(c1);
    expect(other.process).toBeGreaterThanOrEqual(200);
    if (process.platform === 'linux') {
      expect(mine.thread).toBeGreaterThanOrEqual(100);
      expect(other.thread).not.toBeNull();
      expect(other.thread!).toBeLessThan(other.process - 150);
    } else {
      expect(mine.thread === null || mine.thread >= 100).toBe(true);
    }
  });

  it('times with a monotonic clock and records laps', () => {
    const t = timer();
    let x = 0;
    for (let i = 0; i < 200_000; i++) x += i;
    const lap1 = t.lap('sum');
    const lap2 = t.lap('nothing');
    expect(x).toBeGreaterThan(0);
    expect(lap1).toBeGreaterThanOrEqual(0);
    expect(t.ms()).toBeGreaterThanOrEqual(lap1 + lap2);
    expect(t.seconds()).toBeCloseTo(t.ms() / 1000, 1);
    expect(t.laps().map((l) => l.label)).toEqual(['sum', 'nothing']);
  });

  it('formats numbers, rates, sizes and durations for reports', () => {
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(-1000.5)).toBe('-1,000.5');
    expect(formatNumber(12345.6)).toBe('12,346');
    expect(formatNumber(45.67)).toBe('45.7');
    expect(formatNumber(3.456)).toBe('3.46');
    expect(formatRate(5000, 2000, 'articles')).toBe('2,500 articles/s');
    expect(formatRate(1_200_000, 1000, 'tokens')).toBe('1,200,000 tokens/s');
    expect(formatRate(52_428_800 / 1e6, 4000, 'MB')).toBe('13.1 MB/s');
    expect(formatRate(10, 0, 'articles')).toBe('- articles/s');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_500)).toBe('12.5 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('adds stage times and reports them per article, leaving out stages that took no time', () => {
    const t = stageTimes();
    expect(timed(t, 'nlp', () => 42)).toBe(42);
    expect(timed(undefined, 'nlp', () => 'x')).toBe('x');
    expect(() => timed(t, 'read', () => { throw new Error('broken'); })).toThrow('broken');
    Object.assign(t, { load: 2, read: 30, nlp: 45.5, store: 35 });
    expect(perArticle(t, 100)).toBe('load 0.02 · read 0.30 · nlp 0.46 · store 0.35');
    expect(perArticle(t, 0)).toBe('');
  });
});
