import { describe, expect, it } from 'vitest';
import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { lcg } from './lcg.ts';
import { forceManyBodyFlat } from './many-body.ts';

type Body = SimulationNodeDatum & { x: number; y: number; vx: number; vy: number };

/** `count` bodies scattered over a square, some of them in tight clumps and a few exactly on top of each other. */
function bodies(random: () => number, count: number): Body[] {
  return Array.from({ length: count }, (_, i) => {
    const clump = i % 5 === 0;
    const x = clump ? 100 + random() * 3 : (random() - 0.5) * 2000;
    const y = clump ? -50 + random() * 3 : (random() - 0.5) * 1200;
    return i % 17 === 0 && i > 0 ? { x: 100, y: -50, vx: 0, vy: 0 } : { x, y, vx: 0, vy: 0 };
  });
}

/** The velocity each body gets from one application of `force` at alpha 1. */
function kicks(force: ReturnType<typeof forceManyBodyFlat<Body>>, nodes: Body[]): number[][] {
  const copy = nodes.map((n) => ({ ...n }));
  force.initialize!(copy, lcg(7));
  force(1);
  return copy.map((n) => [n.vx, n.vy]);
}

/** The exact force (every pair), as d3 computes it, for reference. */
function exact(nodes: Body[], strength: number): number[][] {
  return nodes.map((a) => {
    let [vx, vy] = [0, 0];
    for (const b of nodes) {
      if (b === a) continue;
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      let l = dx * dx + dy * dy;
      if (l === 0) continue;
      if (l < 1) l = Math.sqrt(l);
      vx += (dx * strength) / l;
      vy += (dy * strength) / l;
    }
    return [vx, vy];
  });
}

const size = ([x, y]: number[]) => Math.hypot(x!, y!);
const error = (got: number[][], want: number[][]) =>
  got.map((g, i) => size([g[0]! - want[i]![0]!, g[1]! - want[i]![1]!]) / Math.max(1e-9, size(want[i]!)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe('forceManyBodyFlat', () => {
  const nodes = bodies(lcg(3), 400).filter((n) => !(n.x === 100 && n.y === -50));

  it('computes the exact pairwise force when every quad is opened (tiny theta)', () => {
    const got = kicks(forceManyBodyFlat<Body>({ strength: -320, theta: 1e-6 }), nodes);
    expect(Math.max(...error(got, exact(nodes, -320)))).toBeLessThan(1e-9);
  });

  it('approximates it about as well as d3 does at the same theta', () => {
    const want = exact(nodes, -320);
    const ours = median(error(kicks(forceManyBodyFlat<Body>({ strength: -320, theta: 1.2 }), nodes), want));
    const d3 = median(error(kicks(forceManyBody<Body>().strength(-320).theta(1.2) as never, nodes), want));
    expect(ours).toBeLessThan(0.05);
    expect(ours).toBeLessThan(2 * d3 + 0.005);
  });

  it('pushes coincident bodies apart without producing NaN, and skips bodies with no position', () => {
    const pile: Body[] = [
      ...Array.from({ length: 6 }, () => ({ x: 5, y: 5, vx: 0, vy: 0 })),
      { x: NaN, y: NaN, vx: 0, vy: 0 },
      { x: 50, y: 5, vx: 0, vy: 0 },
    ];
    const got = kicks(forceManyBodyFlat<Body>({ strength: -30 }), pile);
    for (const [vx, vy] of got.slice(0, 6)) expect(Number.isFinite(vx!) && Number.isFinite(vy!)).toBe(true);
    expect(got.slice(0, 6).some(([vx, vy]) => vx !== 0 || vy !== 0)).toBe(true);
    expect(got[6]).toEqual([0, 0]);
    // The lone body on the right is pushed further right.
    expect(got[7]![0]).toBeGreaterThan(0);
  });
});
