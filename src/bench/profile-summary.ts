/** The parts of a V8 CPU profile (CDP `Profiler.stop`, `.cpuprofile` files) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  /** ms spent in the function itself. */
  self: number;
  /** ms with the function anywhere on the stack (counted once per sample even when recursive). */
  total: number;
}

/**
 * Self and total time per function (`name file:line`), heaviest first by `by`. Samples of V8's pseudo-frames
 * (`(idle)`, `(program)`, `(garbage collector)`) count as self time only.
 */
export function summariseProfile(profile: CpuProfile, by: 'self' | 'total' = 'self', top = 20): ProfileLine[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() ?? '';
    return file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName;
  };
  const lines = new Map<string, ProfileLine>();
  const line = (name: string) => lines.get(name) ?? lines.set(name, { name, self: 0, total: 0 }).get(name)!;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    line(label(id)).self += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(at);
      if (!seen.has(name)) line(name).total += ms;
      seen.add(name);
    }
  });
  return [...lines.values()].sort((a, b) => b[by] - a[by]).slice(0, top);
}
