// The solver: which locations outlive the function, and which objects' addresses reach them. As gc's walkAll /
// walkOne: the roots are the heap and the function's result slots (a caller may keep what it gets back, so results
// outlive everything in the function); every object found to escape becomes a root itself, because it is heap memory
// now and whatever is stored into it escapes too. From each root we walk the incoming edges backwards, keeping at
// each location the least dereference count on a path from the root:
//   - a location reached with derefs < 0 has its *address* flowing to the root: if it is an Alloc object, it escapes
//     (and is enqueued as a new root). For a path "root = &l; l = x" x's address does not flow, so the count is
//     bounded below by 0 before continuing, exactly as gc does.
//   - a parameter reached with derefs d leaks at level d: to the heap when the root is the heap or an escaped object,
//     to result k when the root is result k. These leaks are the function's Summary.
// Each reached location also remembers the position of the edge adjacent to the root on its path: the instruction
// where the value first flows into the heap (the store into a global, the return, the call that leaks it). That is
// the position an escaping object is reported with.

import { NoPos } from '../../compiler/syntax/source.ts';
import { family, type Graph, type Location } from './graph.ts';
import { emptySummary, minLevel, type Summary } from './summary_types.ts';

let walkgen = 0;

/** solve marks every escaping object of g (Location.escapes, escapePos) and returns the function's leak summary. */
export function solve(g: Graph): Summary {
  const summary = emptySummary(g.params.length, g.results.length);
  const roots: Location[] = [g.heap, ...g.results];
  while (roots.length > 0) {
    const root = roots.shift()!;
    walkOne(root, summary, (l) => roots.push(l));
  }
  return summary;
}

function walkOne(root: Location, summary: Summary, enqueue: (l: Location) => void): void {
  const gen = ++walkgen;
  root.walkgen = gen;
  root.derefs = 0;
  root.rootPos = NoPos;
  root.atRoot = false;
  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) derefs = 0;
    if (l.kind === 'param') recordLeak(summary, root, l.index, derefs);
    if (addressOf && l.kind === 'object' && !l.escapes) {
      // The whole allocation escapes with any part of it: mark the object and all its field sub-objects.
      for (const m of family(l)) {
        if (m.escapes) continue;
        m.escapes = true;
        m.escapePos = l.rootPos;
        enqueue(m);
      }
      continue;
    }
    const atRoot = l === root || l.atRoot;
    for (const e of l.edges) {
      if (e.src.escapes) continue;
      const d = derefs + e.derefs;
      if (e.src.walkgen !== gen || e.src.derefs > d) {
        e.src.walkgen = gen;
        e.src.derefs = d;
        // Internal object ← field edges are not a step of the flow: the edge after them is still "adjacent".
        e.src.atRoot = atRoot && e.internal === true;
        e.src.rootPos = atRoot ? e.pos : l.rootPos;
        todo.push(e.src);
      }
    }
  }
}

function recordLeak(summary: Summary, root: Location, index: number, derefs: number): void {
  const p = summary.params[index];
  if (!p) return;
  if (root.kind === 'result') {
    if (root.index < p.results.length) p.results[root.index] = minLevel(p.results[root.index], derefs);
  } else {
    p.heap = minLevel(p.heap, derefs);
  }
}
