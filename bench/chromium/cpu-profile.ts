/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`) as the profile scripts need it: each sample's
 * node, its chain of callers, and the time charged to named phases. Shared by profile-load.ts
 * (the load path in a fresh world) and profile-popup.ts (the tab or the popup while it opens).
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A profile's nodes by id, with each node's caller, so a sample's stack can be walked upwards. */
export class ProfileTree {
  readonly byId: Map<number, ProfileNode>;
  private readonly parent = new Map<number, number>();

  constructor(profile: Profile) {
    this.byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const n of profile.nodes) for (const c of n.children ?? []) this.parent.set(c, n.id);
  }

  /** The node and its callers, innermost first. */
  *stack(id: number): Generator<ProfileNode> {
    for (let up: number | undefined = id; up !== undefined; up = this.parent.get(up)) {
      const node = this.byId.get(up);
      if (node) yield node;
    }
  }

  /** Whether a function of that name is on the sample's stack. */
  under(id: number, functionName: string): boolean {
    for (const node of this.stack(id)) if (node.callFrame.functionName === functionName) return true;
    return false;
  }

  /** Adds `dt` once to each phase function on the stack (total time: self + callees, recursion counted once). */
  chargePhases(id: number, dt: number, phases: readonly string[], into: Map<string, number>): void {
    const seen = new Set<string>();
    for (const node of this.stack(id)) {
      const fn = node.callFrame.functionName;
      if (phases.includes(fn) && !seen.has(fn)) {
        seen.add(fn);
        into.set(fn, (into.get(fn) ?? 0) + dt);
      }
    }
  }
}
