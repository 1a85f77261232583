import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../../electron/core/context';
import { createCore, type Core } from '../../electron/core/create-core';
import type { CoreHost } from '../../electron/core/host/core-host';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { repoMigrationsFolder, repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import { generateDemoData } from '../demo/generate';

/** One printed figure. Benchmarks report; they never pass or fail. */
export interface Figure {
  figure: string;
  value: string;
  note?: string;
}

export interface BenchContext {
  trainees: number;
  /** A fresh folder for this section's files. */
  tempDir(): string;
  /**
   * Path of the demo database at the run's scale, generated once per run and shared by sections.
   * Treat it as read-only: a section that writes copies it first or works in its own database.
   */
  demoDatabase(): string;
  demoGeneration(): { seconds: number; trainees: number };
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<Figure[]> | Figure[];
}

/** Runs `fn` `count` times after `warmup` runs; returns each run's milliseconds. */
export async function sample(fn: () => unknown, count: number, warmup = Math.min(10, count)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `fn` once and returns its value with the milliseconds it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

export const ms = (value: number) => (value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`);
export const p50p95 = (samples: number[]) => `p50 ${ms(percentile(samples, 50))} · p95 ${ms(percentile(samples, 95))}`;
export const perSecond = (count: number, millis: number) =>
  `${Math.round((count / millis) * 1000).toLocaleString('en-US')}/s`;
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A core on a database file, as the app builds it, logging errors only. */
export function benchCore(databasePath: string): Core {
  return createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'bench',
    logger: { info() {}, error: console.error },
  });
}

/** This section's own copy of the demo database, free to write to. */
export function demoCopy(context: BenchContext, fileName: string): string {
  const path = join(context.tempDir(), fileName);
  copyFileSync(context.demoDatabase(), path);
  return path;
}

const cacheFolder = join(tmpdir(), 'jiangxun-bench-cache');

/** The newest migration's tag: a cached base written under another schema is not reused. */
function schemaTag(): string {
  const journal = JSON.parse(readFileSync(join(repoMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)!.tag;
}

export function createBenchContext(trainees: number): BenchContext {
  const root = mkdtempSync(join(tmpdir(), 'jiangxun-bench-'));
  let demo: { path: string; seconds: number } | null = null;
  let folders = 0;
  const ensureDemo = () => {
    if (demo) return demo;
    // One database per scale, today and schema, kept between runs outside the repository (a
    // 500,000-trainee base takes ~20 s to write): a later run at the same scale reuses it.
    const today = localDate(new Date());
    const cached = join(cacheFolder, `demo-${trainees}-${today}-${schemaTag()}.db`);
    const timing = `${cached}.seconds`;
    if (existsSync(cached) && existsSync(timing))
      return (demo = { path: cached, seconds: Number(readFileSync(timing, 'utf8')) });
    mkdirSync(cacheFolder, { recursive: true });
    const path = join(root, 'demo.db');
    const { sqlite } = openDatabase(path);
    migrate(sqlite, repoMigrationsFolder);
    const started = performance.now();
    generateDemoData(sqlite, { trainees, today });
    const seconds = (performance.now() - started) / 1000;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    renameSync(path, cached);
    writeFileSync(timing, String(seconds));
    demo = { path: cached, seconds };
    return demo;
  };
  return {
    trainees,
    tempDir: () => mkdtempSync(join(root, `section-${folders++}-`)),
    demoDatabase: () => ensureDemo().path,
    demoGeneration: () => ({ seconds: ensureDemo().seconds, trainees }),
  };
}

/**
 * The core in its threads refuses calls without a signed-in session; the benchmark has no window,
 * so its calls run as the app's own work (`asSystem`), which skips only the session lookup.
 */
export function asSystemHost(host: CoreHost): CoreHost {
  return {
    ...host,
    dispatch: (channel, input, call) => host.dispatch(channel, input, { asSystem: true, ...call }),
    dispatchJson: (channel, input, call) => host.dispatchJson(channel, input, { asSystem: true, ...call }),
  };
}
