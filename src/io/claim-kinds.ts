import type { DebateEdge, NodeKind } from '../model/types.ts';

/**
 * The kind of a claim from the role it plays in the map, for formats that do not say (AIF I-nodes, Argdown
 * statements):
 *
 * - `question`: something is an answer to it (an `answers` edge points at it);
 * - `position`: it is argued about (supported or attacked) but never itself given as a reason;
 * - `argument`: everything else, the reasons (premises, attackers) and claims standing alone.
 *
 * So the conclusions at the top of an argument tree become positions and their reasons arguments; `rephrases`,
 * `contradicts` and `undercuts` edges do not change a kind.
 */
export function kindByRole(id: string, roles: ClaimRoles): NodeKind {
  if (roles.answered.has(id)) return 'question';
  return roles.disputed.has(id) && !roles.reasons.has(id) ? 'position' : 'argument';
}

/** Which claims are questioned, argued about and used as reasons. */
export interface ClaimRoles {
  answered: ReadonlySet<string>;
  disputed: ReadonlySet<string>;
  reasons: ReadonlySet<string>;
}

/** The roles of the claims at the ends of some edges. */
export function claimRoles(edges: readonly Pick<DebateEdge, 'from' | 'to' | 'kind'>[]): ClaimRoles {
  const answered = new Set<string>();
  const disputed = new Set<string>();
  const reasons = new Set<string>();
  for (const { from, to, kind } of edges) {
    if (kind === 'answers') answered.add(to);
    if (kind === 'supports' || kind === 'attacks') {
      disputed.add(to);
      reasons.add(from);
    }
    if (kind === 'undercuts') reasons.add(from);
  }
  return { answered, disputed, reasons };
}
