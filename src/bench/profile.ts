/**
 * A CPU profile of the app on one map, to find where the time goes:
 *
 *   npx vite build --minify false --outDir tmp/dist-profile     # readable function names
 *   npx tsx src/bench/profile.ts --size 1000 --dist tmp/dist-profile [--action load|pan|filter] [--seconds 20]
 *
 * `load` profiles from navigation until the layout settles (or `--seconds` pass); `pan` and `filter` wait for that,
 * then profile panning and zooming, or ticking the first actor. Writes `bench-results/profile-<size>-<action>.cpuprofile`
 * (open it in Chrome DevTools' Performance panel) and prints the heaviest functions by self and by total time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser, VIEWPORT } from './browser.ts';
import { panAndZoom, timeActorFilter } from './interact.ts';
import { appPath, parseSizes } from './maps.ts';
import { FRAME_RECORDER } from './page-probes.ts';
import { summariseProfile, type CpuProfile, type ProfileLine } from './profile-summary.ts';
import { serveBuild } from './server.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    action: { type: 'string', default: 'load' },
    seconds: { type: 'string', default: '20' },
    dist: { type: 'string', default: 'dist' },
  },
});
const [spec] = parseSizes(values.size);
if (!spec || !['load', 'pan', 'filter'].includes(values.action)) throw new Error('usage: see the top of profile.ts');
const timeout = Number(values.seconds) * 1000;

const served = await serveBuild(values.dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: VIEWPORT, bypassCSP: true });
  await page.addInitScript(FRAME_RECORDER);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const settled = () =>
    page
      .waitForFunction(`performance.getEntriesByName('capot:settled').length > 0`, undefined, { timeout, polling: 100 })
      .then(
        () => 'settled',
        () => `not settled after ${values.seconds} s`,
      );
  if (values.action === 'load') await cdp.send('Profiler.start');
  await page.goto(served.url + appPath(spec, Number(values.seed)), { waitUntil: 'commit' });
  process.stderr.write(`load: ${await settled()}\n`);
  if (values.action === 'pan') {
    await cdp.send('Profiler.start');
    process.stderr.write(`pan/zoom: ${JSON.stringify(await panAndZoom(page))}\n`);
  } else if (values.action === 'filter') {
    await cdp.send('Profiler.start');
    process.stderr.write(`filter → paint: ${await timeActorFilter(page, timeout)} ms\n`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/profile-${values.size}-${values.action}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  const show = (title: string, lines: ProfileLine[]) =>
    `${title}\n${lines.map((l) => `${l.self.toFixed(0).padStart(8)} ${l.total.toFixed(0).padStart(8)}  ${l.name}`).join('\n')}`;
  const summary = (by: 'self' | 'total') =>
    summariseProfile(profile as CpuProfile, by, 30).filter((l) => l.name !== '(root)');
  process.stdout.write(`${file}\n${show('    self    total  (ms) by self time', summary('self'))}\n\n`);
  process.stdout.write(`${show('    self    total  (ms) by total time', summary('total'))}\n`);
} finally {
  await browser.close();
  await served.close();
}
