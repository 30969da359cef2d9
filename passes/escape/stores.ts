// Resolving stores to the memory they write. gc sends every store through a pointer to the heap, which is fine for gc
// because its locals are named variables; in our SSA every address-taken local and every field assignment is a store
// through the pointer an Alloc yields, so a store must go to the Alloc's own memory or `s.p = &x` on a local struct
// would wrongly make x escape. For `*addr = val` we walk backwards from addr over the graph, counting dereferences
// (a state is "addr = *^d L"): an edge `L ← S (e)` gives d + e; reaching d = -1 on an edge from an object means addr
// points into that object; reaching the heap (a global's address, a parameter, a call result, a load from unknown
// memory) means addr may point into memory we do not own, so the store goes to the heap. The store then becomes the
// edge `target ← val (0)` for each target, recorded at the store's position.
//
// Resolved edges create new paths, so resolution iterates to a fixed point (each round adds at least one edge, and
// there are at most stores × objects of them). A walk whose dereference count grows past MaxDerefs (a pointer chased
// around a loop, `p = p.next`) gives up and answers "the heap", which is what gc would do for any store.

import type { Graph, Location } from './graph.ts';

/** MaxDerefs bounds the dereference depth the store resolver tracks before assuming the heap. */
export const MaxDerefs = 16;

/** pointees returns the memory locations (objects and/or the heap) that the value in `addr` may point into. */
export function pointees(g: Graph, addr: Location): Set<Location> {
  const targets = new Set<Location>();
  // seen[loc.id] is a bitmask of the deref levels already visited at that location.
  const seen = new Map<number, number>();
  const todo: [Location, number][] = [[addr, 0]];
  seen.set(addr.id, 1);
  while (todo.length > 0) {
    const [l, d] = todo.pop()!;
    for (const e of l.edges) {
      const nd = d + e.derefs;
      if (e.src === g.heap) {
        targets.add(g.heap);
        continue;
      }
      if (nd < 0) {
        targets.add(e.src);
        continue;
      }
      if (nd > MaxDerefs) return new Set([g.heap]);
      const mask = seen.get(e.src.id) ?? 0;
      if (mask & (1 << nd)) continue;
      seen.set(e.src.id, mask | (1 << nd));
      todo.push([e.src, nd]);
    }
  }
  return targets;
}

/** descendants returns o and its field sub-objects, recursively. */
function descendants(o: Location): Location[] {
  const out = [o];
  for (const f of o.fields.values()) out.push(...descendants(f));
  return out;
}

/** resolveStores turns every StoreSite into edges into the memory it writes, iterating to a fixed point. */
export function resolveStores(g: Graph): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of g.stores) {
      for (const t of pointees(g, s.addr)) {
        if (s.targets.has(t)) continue;
        s.targets.add(t);
        // A store to an object writes every field of it (its sub-objects, not its enclosing object).
        for (const m of t.kind === 'object' ? descendants(t) : [t]) m.flow(s.val, 0, s.pos);
        changed = true;
      }
    }
  }
}
