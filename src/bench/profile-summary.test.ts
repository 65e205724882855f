import { describe, expect, it } from 'vitest';
import { summariseProfile, type CpuProfile } from './profile-summary.ts';

const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: 'http://x/app.js', lineNumber });

describe('summariseProfile', () => {
  // root → tick → (force, paint); samples: tick, force, force, paint, root (1 ms each)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
      { id: 2, callFrame: frame('tick', 9), children: [3, 4] },
      { id: 3, callFrame: frame('force', 19) },
      { id: 4, callFrame: frame('paint', 29) },
    ],
    samples: [2, 3, 3, 4, 1],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
  };

  it('adds up self time and total time per function', () => {
    const lines = summariseProfile(profile, 'self');
    expect(lines[0]).toEqual({ name: 'force app.js:20', self: 2, total: 2 });
    expect(lines.find((l) => l.name === 'tick app.js:10')).toEqual({ name: 'tick app.js:10', self: 1, total: 4 });
  });

  it('sorts by total time when asked', () => {
    expect(summariseProfile(profile, 'total', 2).map((l) => l.name)).toEqual(['(root)', 'tick app.js:10']);
  });
});
