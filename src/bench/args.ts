import { parseArgs } from 'node:util';
import { parseSizes, type MapSpec } from './maps.ts';

export interface BenchOptions {
  sizes: MapSpec[];
  /** Browser runs per map (medians are taken over them). */
  runs: number;
  seed: number;
  /** Recompute the Node floor instead of reading `bench-results/floor.json`. */
  fresh: boolean;
  /** A map that has not settled this long after navigation is reported as "> timeout". */
  timeoutMs: number;
  /** No further runs of a map once its runs have taken this long. */
  budgetMs: number;
  /** Only the Node floor, no browser. */
  floorOnly: boolean;
  /** The production build to serve (`dist` by default; another build of the app, to compare). */
  dist: string;
  /** Results go to `bench-results/<name>.md` and `.json`. */
  name: string;
}

export const USAGE = `npm run bench -- [--sizes 100,1000,5000,20000,file:20000,builtin] [--runs 3] [--seed 1] [--fresh]
                   [--timeout 120] [--budget 240] [--floor-only] [--dist dist] [--name latest]
  --sizes     maps to measure: node counts of maps generated in the page (5k = 5000), "file:" and a node count for
              the same map opened as a file the bench serves (?map=), and "builtin"
  --runs      browser runs per map; the table shows medians (the Node floor runs once from 5,000 nodes up)
  --fresh     recompute the Node floor instead of reading bench-results/floor.json
  --timeout   seconds after navigation before a map that has not settled is reported as "> timeout"
  --budget    seconds per map after which no further run starts
  --floor-only  only the Node compute floor
  --dist      the build to serve, e.g. another revision's, to compare (default dist)
  --name      write bench-results/<name>.md and .json (default latest)`;

/** Reads the bench's command line (without `node` and the script). Throws with a message on a bad value. */
export function parseBenchArgs(argv: string[]): BenchOptions & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100,1000,5000,20000,file:20000,builtin' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      fresh: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      budget: { type: 'string', default: '240' },
      'floor-only': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      name: { type: 'string', default: 'latest' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const positive = (name: string, text: string): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: expected a positive number, got "${text}"`);
    return n;
  };
  return {
    sizes: parseSizes(values.sizes),
    runs: Math.round(positive('runs', values.runs)),
    seed: Math.round(positive('seed', values.seed)),
    fresh: values.fresh,
    timeoutMs: positive('timeout', values.timeout) * 1000,
    budgetMs: positive('budget', values.budget) * 1000,
    floorOnly: values['floor-only'],
    dist: values.dist,
    name: values.name,
    help: values.help,
  };
}
