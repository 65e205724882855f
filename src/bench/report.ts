import { cpus, loadavg, totalmem } from 'node:os';

/** CPUs, memory and load: the machine is shared, so the numbers say how busy it was. */
export function describeMachine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GB, load average ${load} (1, 5, 15 min); Node ${process.version}`;
}

/** What each column means, printed under the table. */
export const LEGEND = `Medians of the runs (runs = browser runs; the Node floor runs --runs times below 5,000 nodes, once from 5,000). Times in ms
from navigation start unless said otherwise; "> …" = the layout had not settled when the timeout ran out (lower
bounds; the other columns were then measured while the layout still ran).
- map: a node count is a map generated in the page (\`?generate=\`); "file" the same map as a Capot JSON file the bench
  serves, opened by its address (\`?map=\`: downloaded, then imported and validated in the app's import worker).
- first paint: the app's \`capot:first-paint\` mark, set when the frame after the first laid-out paint begins (the
  painted frame has been committed by then);
  paint after load: from the page's load event (navigation timing \`loadEventEnd\`) to first paint;
  paint after data: from \`capot:data-in\` (the map entering the store: made in the page, or back from the
  import worker) to first paint.
- settled: \`capot:settled\`; settle after paint: settled − first paint.
- Node floor: d3-force's default simulation (many-body, link, centre, collide r = 5, default alpha decay: 300 ticks)
  on the same graph, ticked synchronously in Node; settle ÷ floor: (settled − data in) / floor.
- layout fps / worst frame: rAF frames between first paint and settled (worst = longest gap between two frames).
- pan/zoom: 1 s dragging the background in a circle, then 1 s of wheel zoom in and out, after settling.
- filter → paint: from the click on the first actor checkbox (highlight mode) to the end of the next frame (rAF, then
  a task) after the map changed: the first DOM mutation in the SVG view; the click itself in the canvas view, which
  repaints in its next animation frame.
- SVG export: click on Export SVG to the browser's download event (includes a CDP round trip of a few ms);
  SVG size: the downloaded file.
- JS heap: used JS heap after settling and a forced GC (CDP Performance.getMetrics JSHeapUsedSize).`;
