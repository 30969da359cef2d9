// Interface method sets: computing an interface's complete, sorted method set from its explicit methods and its
// embedded interfaces. Completion is lazy (on first use), as in go/types, so that interfaces may refer to each other
// (`type I1 interface{ m() I2 }; type I2 interface{ I1 }`) before every declaration is resolved; errors found while
// completing (duplicate methods, non-interface embedded types) go to the optional report callback.

import type { Func } from './objects.ts';
import type { Interface } from './types.ts';

const inProgress = new Set<Interface>();

/** See points a message at another position (gc's follow-up line, e.g. `other declaration of m`). */
export interface See {
  pos: number;
  what: string;
}

/**
 * completeInterface computes iface.allMethods if not done yet; report receives errors (position, message and the
 * other position they refer to).
 */
export function completeInterface(iface: Interface, report?: (pos: number, msg: string, see?: See) => void): Func[] {
  if (iface.allMethods) return iface.allMethods;
  if (inProgress.has(iface)) return iface.methods;
  inProgress.add(iface);
  try {
    const all = new Map<string, Func>();
    for (const m of iface.methods) {
      const prev = all.get(m.name);
      if (prev) report?.(m.pos, `duplicate method ${m.name}`, { pos: prev.pos, what: `other declaration of ${m.name}` });
      all.set(m.name, m);
    }
    for (const t of iface.embeddeds) {
      const u = t.underlying();
      if (u.kind !== 'Interface') continue; // a type element (`int`, `~int | ~string`): no methods
      for (const m of completeInterface(u, report)) {
        const prev = all.get(m.name);
        if (!prev) all.set(m.name, m);
      }
    }
    const sorted = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    iface.allMethods = sorted;
    return sorted;
  } finally {
    inProgress.delete(iface);
  }
}
