/**
 * `npm run bench`: how the production build copes with maps of 100 to 20,000 nodes and the built-in map, in headless
 * Chromium, next to the Node compute floor of the same layouts. Prints a markdown table of medians and writes it to
 * `bench-results/latest.md`, with every run in `bench-results/latest.json`. See `--help`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parseBenchArgs, USAGE, type BenchOptions } from './args.ts';
import { launchBrowser, measureRun } from './browser.ts';
import { floorOf, type Floor } from './floor.ts';
import { appPath, benchMap, mapFiles, specLabel, type MapSpec } from './maps.ts';
import { describeMachine, LEGEND } from './report.ts';
import { summarise, type MapSummary, type RunResult } from './results.ts';
import { serveBuild, type Served } from './server.ts';
import { summaryTable } from './table.ts';

const OUT = 'bench-results';
/** The floor runs once from this size up: it takes minutes at 20,000 nodes. */
const BIG = 5000;

const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

async function main(options: BenchOptions): Promise<void> {
  const started = new Date();
  const machineBefore = describeMachine();
  log(`bench: ${options.sizes.map(specLabel).join(', ')}; ${options.runs} run(s); ${machineBefore}`);

  const maps = options.sizes.map((spec) => {
    const map = benchMap(spec, options.seed);
    const floorRuns = spec.kind !== 'builtin' && spec.nodes >= BIG ? 1 : options.runs;
    // The edge count catches a generator (or built-in map) that changed since the floor was cached.
    const key = `${spec.kind === 'builtin' ? 'builtin' : `n=${spec.nodes},seed=${options.seed}`},edges=${map.edges.length}`;
    log(`floor ${specLabel(spec)}: ${floorRuns} run(s)…`);
    const floor: Floor = floorOf(map, key, floorRuns, `${OUT}/floor.json`, options.fresh);
    log(`floor ${specLabel(spec)}: ${Math.round(floor.ms)} ms over ${floor.ticks} ticks`);
    return { spec, nodes: map.nodes.length, edges: map.edges.length, floor };
  });

  const runs = new Map<MapSpec, RunResult[]>();
  if (!options.floorOnly) {
    await withBrowser(options, async (session, base) => {
      for (const { spec } of maps)
        runs.set(spec, await runMap(session, base + appPath(spec, options.seed), spec, options));
    });
  }

  const summaries: MapSummary[] = maps.map(({ spec, nodes, edges, floor }) =>
    summarise({ label: specLabel(spec), nodes, edges, timeoutMs: options.timeoutMs, floor }, runs.get(spec) ?? []),
  );
  const table = summaryTable(summaries);
  const errors = summaries.flatMap((s) => s.errors.map((e) => `- ${s.label}: ${e}`));
  const header = `Capot bench of ${options.dist}/, ${started.toISOString()}; seed ${options.seed}; timeout ${options.timeoutMs / 1000} s.\n\nMachine at start: ${machineBefore}\nMachine at end: ${describeMachine()}`;
  const markdown = [header, table, LEGEND, errors.length ? `Errors:\n${errors.join('\n')}` : ''].join('\n\n');
  process.stdout.write(`${table}\n`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${options.name}.md`, markdown.trimEnd() + '\n');
  const json = {
    started,
    options,
    summaries,
    runs: maps.map(({ spec }) => ({ map: specLabel(spec), runs: runs.get(spec) ?? [] })),
  };
  writeFileSync(`${OUT}/${options.name}.json`, JSON.stringify(json, null, 2) + '\n');
  log(`bench: written ${OUT}/${options.name}.md and .json in ${Math.round((Date.now() - started.getTime()) / 1000)} s`);
}

/** The browser the runs share; relaunched after a page got stuck, so that it cannot slow the next map down. */
interface Session {
  browser: Browser;
  relaunch: () => Promise<void>;
}

/** The runs of one map: stops early after a run that did not settle, or once the map's time budget is spent. */
async function runMap(session: Session, url: string, spec: MapSpec, options: BenchOptions): Promise<RunResult[]> {
  const results: RunResult[] = [];
  const start = Date.now();
  for (let i = 0; i < options.runs; i++) {
    const run = await measureRun(session.browser, url, options.timeoutMs);
    results.push(run);
    const settled = run.timedOut
      ? `not settled after ${options.timeoutMs / 1000} s`
      : `settled at ${Math.round(run.settled!)} ms`;
    log(`${specLabel(spec)} run ${i + 1}: ${settled}${run.errors.length ? `; ${run.errors.join('; ')}` : ''}`);
    if (run.stuck) await session.relaunch();
    if (run.timedOut || (Date.now() - start > options.budgetMs && i + 1 < options.runs)) break;
  }
  return results;
}

/** One preview server and one browser for the whole bench, closed whatever happens (Ctrl-C included). */
async function withBrowser(
  options: BenchOptions,
  body: (session: Session, url: string) => Promise<void>,
): Promise<void> {
  let served: Served | null = null;
  let browser: Browser | null = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await served?.close().catch(() => {});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`bench: ${signal}, closing the browser and the server`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    served = await serveBuild(options.dist, mapFiles(options.sizes, options.seed));
    browser = await launchBrowser();
    log(`bench: serving ${options.dist}/ at ${served.url}; Chromium ${browser.version()}`);
    const session: Session = {
      browser,
      relaunch: async () => {
        log('bench: a page got stuck; relaunching the browser');
        await browser?.close().catch(() => {});
        session.browser = browser = await launchBrowser();
      },
    };
    await body(session, served.url);
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

let options: ReturnType<typeof parseBenchArgs>;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  log(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  log(USAGE);
  process.exit(0);
}
main(options).then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
