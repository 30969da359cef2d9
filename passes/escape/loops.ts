// Allocations that execute more than once per call. A stack slot is one per frame, but Go gives every execution of
// `new(T)`, `&T{}` or an address-taken loop variable a distinct object. Reusing the slot is only correct when the
// previous execution's object is dead by the time the Alloc runs again. gc sidesteps this with loop depths ("a
// location declared outside the loop outlives one inside it"); in SSA there are no declarations, so we check it
// directly. For an Alloc A in a CFG cycle, take every SSA value that may hold A's address (the forward closure over
// copy edges from A's value):
//   - if the address is stored into any memory (another object, A itself), we give up: memory is not versioned by
//     iteration, so an older object could still be reachable from it;
//   - otherwise A is reusable iff none of those values is live at A's program point, i.e. no value can still hold an
//     earlier object when A runs again. By strict SSA dominance, a value computed (without phis) from A after A runs
//     always sees the newest object; only values live across A's re-execution — typically a loop-header phi fed
//     from the back edge, or a value defined earlier in A's own block — can carry an old one.
// Allocations that fail the check keep their heap allocation with the reason "escapes at unknown line".

import type * as ir from '../../ir/ir.ts';
import { operands } from '../../ir/ir.ts';
import { family, type Graph, type Location } from './graph.ts';

/** inCycle reports whether block b can reach itself in the CFG. */
export function inCycle(b: ir.BasicBlock): boolean {
  const seen = new Set<ir.BasicBlock>();
  const todo = [...b.succs];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (x === b) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    todo.push(...x.succs);
  }
  return false;
}

/** outgoing inverts the graph's incoming edge lists: for each location, the (dst, derefs) pairs it flows into. */
function outgoing(g: Graph): Map<Location, { dst: Location; derefs: number }[]> {
  const out = new Map<Location, { dst: Location; derefs: number }[]>();
  for (const dst of g.all)
    for (const e of dst.edges) {
      let l = out.get(e.src);
      if (!l) out.set(e.src, (l = []));
      l.push({ dst, derefs: e.derefs });
    }
  return out;
}

/** addressHolders returns the SSA values that may hold a's address, or undefined if the address reaches memory. */
export function addressHolders(g: Graph, a: ir.ValueSite, out = outgoing(g)): Set<ir.ValueInstruction> | undefined {
  // The values that take an address of the object or of one of its fields directly (Alloc, field addresses).
  const starts = family(g.objectOf(a)).flatMap((m) => (out.get(m) ?? []).filter((o) => o.derefs === -1).map((o) => o.dst));
  const seen = new Set<Location>(starts);
  const todo = [...starts];
  const values = new Set<ir.ValueInstruction>();
  while (todo.length > 0) {
    const l = todo.pop()!;
    const v = l.value;
    if (v && 'id' in v) values.add(v);
    for (const { dst, derefs } of out.get(l) ?? []) {
      if (derefs !== 0) continue; // a load or deeper leak moves the contents, not the address
      if (dst.kind === 'object' || dst.kind === 'heap' || dst.kind === 'result') return undefined;
      if (seen.has(dst)) continue;
      seen.add(dst);
      todo.push(dst);
    }
  }
  return values;
}

/** liveOutBlocks returns the blocks at whose end v is live. */
function liveOutBlocks(v: ir.ValueInstruction): Set<ir.BasicBlock> {
  const def = v.block;
  const liveIn = new Set<ir.BasicBlock>();
  const liveOut = new Set<ir.BasicBlock>();
  const todo: ir.BasicBlock[] = [];
  const markIn = (b: ir.BasicBlock): void => {
    if (b === def || liveIn.has(b)) return;
    liveIn.add(b);
    todo.push(b);
  };
  const markOut = (b: ir.BasicBlock): void => {
    liveOut.add(b);
    markIn(b);
  };
  for (const r of v.referrers) {
    if (r.kind === 'Phi') {
      r.edges.forEach((e, j) => {
        const p = r.block.preds[j];
        if (e === v && p) markOut(p);
      });
    } else markIn(r.block);
  }
  while (todo.length > 0) for (const p of todo.pop()!.preds) markOut(p);
  return liveOut;
}

/** liveAt reports whether v is live just before instruction `at` (some path from there uses v before redefining it). */
export function liveAt(v: ir.ValueInstruction, at: ir.Instruction): boolean {
  const b = at.block;
  const idx = b.instrs.indexOf(at);
  if (v.block === b && b.instrs.indexOf(v) >= idx) return false;
  for (const r of v.referrers) if (r.kind !== 'Phi' && r.block === b && b.instrs.indexOf(r) > idx) return true;
  return liveOutBlocks(v).has(b);
}

/** reusableSlot reports whether a non-escaping site may use one stack slot for all its executions in a call. */
export function reusableSlot(g: Graph, a: ir.ValueSite): boolean {
  if (!inCycle(a.block)) return true;
  const holders = addressHolders(g, a);
  if (!holders) return false;
  for (const v of holders) if (liveAt(v, a)) return false;
  // A site that reads operands while it fills its object (a concatenation, a box) must not read the previous object.
  // (Append's growth is exempt: its size is never constant, so it never gets a frame slot to reuse.)
  return a.kind === 'Append' || !operands(a).some((v) => holders.has(v as ir.ValueInstruction));
}
