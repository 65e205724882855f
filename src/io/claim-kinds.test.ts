// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimRoles, kindByRole } from './claim-kinds.ts';

describe('kindByRole', () => {
  const roles = claimRoles([
    { from: 'p', to: 'q', kind: 'answers' },
    { from: 'a', to: 'p', kind: 'supports' },
    { from: 'b', to: 'a', kind: 'attacks' },
    { from: 'c', to: 'e1', kind: 'undercuts' },
    { from: 'd', to: 'p', kind: 'rephrases' },
  ]);

  it('makes answered claims questions, argued-about claims positions, the rest arguments', () => {
    expect(['q', 'p', 'a', 'b', 'c', 'd', 'lonely'].map((id) => kindByRole(id, roles))).toEqual([
      'question',
      'position',
      'argument',
      'argument',
      'argument',
      'argument',
      'argument',
    ]);
  });
});
