/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time by function and by
 * module (package or project file), and total time (self and callees) by function.
 */
export function summariseCpuProfile(profile: CpuProfile, root = ""): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const selfByNode = new Map<number, number>();
  for (const [index, id] of profile.samples.entries()) {
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }

  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of selfByNode) {
    const frame = byId.get(id)!.callFrame;
    add(self, functionLabel(frame, root), ms);
    add(modules, moduleLabel(frame.url, root), ms);
    // Each function on the stack counts the sample once, even when it recurses.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const label = functionLabel(byId.get(current)!.callFrame, root);
      if (!seen.has(label)) add(total, label, ms);
      seen.add(label);
    }
  }
  const totalMs = [...selfByNode.values()].reduce((sum, ms) => sum + ms, 0);
  return { totalMs, self: ranked(self), modules: ranked(modules), total: ranked(total) };
}

function functionLabel(frame: CallFrame, root: string): string {
  const name = frame.functionName || "(anonyme)";
  return frame.url ? `${name} ${shortUrl(frame.url, root)}:${frame.lineNumber + 1}` : name;
}

function moduleLabel(url: string, root: string): string {
  if (!url) return "(V8, ramasse-miettes, natif)";
  const short = shortUrl(url, root);
  // The innermost package: a dependency's own copy of markdown-it is markdown-it, not its parent.
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(short);
  return inPackage ? inPackage[1]! : short;
}

function shortUrl(url: string, root: string): string {
  const file = url.replace(/^file:\/\//, "");
  return root && file.startsWith(root) ? file.slice(root.length).replace(/^\//, "") : file;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function ranked(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}

export interface ProfileSummary {
  totalMs: number;
  /** Time spent in the function itself, largest first. */
  self: [string, number][];
  /** Self time grouped by package or project file. */
  modules: [string, number][];
  /** Time spent in the function and everything it called. */
  total: [string, number][];
}

/** The parts of V8's `.cpuprofile` JSON this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
