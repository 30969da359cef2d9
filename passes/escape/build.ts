// Building the escape graph of one function: every IR instruction becomes the data-flow edges it implies (gc's
// per-construct walkers, collapsed into one switch because our SSA instructions are already small). A slice, string,
// map or interface value is treated like a pointer to the memory it refers to (its backing array, bytes, map storage
// or boxed copy), so element addresses, loads and stores through it follow the same rules as for pointers.
//   allocation sites (Alloc, MakeSlice, MakeMap, StrConv, Concat, boxing MakeInterface)   value ← object (-1)
//   boxing MakeInterface   also object ← x (0): the box holds x
//   Append           value ← x (0) (same array) and value ← growth object (-1); growth object ← x (+1) (old elements
//                    copied); each appended value is stored through the result (StoreSite); a spread appends *arg
//   Phi              phi ← each edge (0)
//   load `*x`        value ← x (+1)
//   FieldAddr of an Alloc (or of a field address of one)   value ← field sub-object (-1)
//   other FieldAddr, IndexAddr, Field, Index, Slice, Convert between pointer types, Extract, ChangeInterface,
//   direct MakeInterface, TypeAssert to an interface or a direct type   value ← operand (0)
//   TypeAssert to a boxed type, Lookup, MapNext   value ← x (+1) (a copy of what the box or map holds)
//   Convert to uintptr: no flow; Convert uintptr → pointer: value ← the pointers it was computed from (pointers.ts),
//     or ← heap when the conversion is opaque (its integer did not come from a pointer in the same expression)
//   Store `*a = v`   recorded as a StoreSite; stores.ts resolves it to `memory ← v (0)` for each memory a points to
//   MapUpdate        key and value stored into the map's memory (two StoreSites)
//   Return           result_k ← results[k] (0)
//   Panic            heap ← x (0)
//   Call of a Go function: per-parameter summaries give `heap ← arg (d)` and `result_k ← arg (d)`; a function
//                    without body (assembly, glue) leaks every argument to the heap unless marked //go:noescape.
//   Invoke           the summaries of every method the call may reach (invoke.ts), the receiver's shifted by the
//                    dereferences between the interface value and the concrete receiver.
//   InlineAsm        nothing escapes: a pointer operand is memory the assembly may write (a write through it)
//   Defer            the function value is stored in a record object of this frame (which never escapes)
//   Builtins         println/len/... nothing; copy stores *src through dst; unsafe.Add/Slice/String* alias their
//                    first argument.
// Comparisons, arithmetic and loads of pointer-free values record nothing: they cannot carry an address.

import type { Pos } from '../../compiler/syntax/source.ts';
import type { Sizes } from '../../compiler/types/sizes.ts';
import { assertNever } from '../../compiler/diag.ts';
import type * as ir from '../../ir/ir.ts';
import { Graph, type Location } from './graph.ts';
import { hasPointers, unsafeSources } from './pointers.ts';
import { isDirectIface } from '../../ir/layout.ts';
import type { Summary } from './summary_types.ts';
import type { InvokeTargets } from './invoke.ts';

/** SummaryLookup returns the current summary of a function with a body (undefined if none is known yet). */
export type SummaryLookup = (fn: ir.Function) => Summary | undefined;

/** AnalysisEnv is what building a graph needs from the whole program. */
export interface AnalysisEnv {
  sizes: Sizes;
  /** lookup returns callee summaries. */
  lookup: SummaryLookup;
  /** invokes resolves interface method calls to their possible targets. */
  invokes: InvokeTargets;
}

/** buildGraph builds the escape graph of fn (which must have a body), using callee summaries from env. */
export function buildGraph(fn: ir.Function, env: AnalysisEnv): Graph {
  const g = new Graph(fn, env.sizes);
  for (const p of fn.params) g.params.push(g.valueLoc(p));
  for (const v of fn.freeVars) g.params.push(g.valueLoc(v));
  for (let k = 0; k < fn.signature.results.length; k++) g.results.push(g.newLocation('result', undefined, k));
  for (const b of fn.blocks) for (const i of b.instrs) buildInstr(g, i, env);
  return g;
}

/** flowFrom adds `dst ← src (derefs)` when src can carry an address. */
function flowFrom(g: Graph, dst: Location, src: ir.Value, derefs: number, pos: Pos): void {
  const s = g.locOf(src);
  if (s) dst.flow(s, derefs, pos);
}

function buildInstr(g: Graph, i: ir.Instruction, env: AnalysisEnv): void {
  switch (i.kind) {
    case 'Alloc':
      g.objectOf(i);
      return;
    case 'Phi':
      if (hasPointers(i.type)) for (const e of i.edges) flowFrom(g, g.valueLoc(i), e, 0, i.pos);
      return;
    case 'Call':
      buildCall(g, i, env);
      return;
    case 'InlineAsm':
      // A pointer operand is the memory the assembly may read and write while it runs; it does not escape.
      for (const a of i.args) {
        const loc = hasPointers(a.type) ? g.locOf(a) : undefined;
        if (loc) g.writes.push({ addr: loc, byAppend: false });
      }
      return;
    case 'BinOp':
      return;
    case 'UnOp':
      if (i.op === '*' && hasPointers(i.type)) flowFrom(g, g.valueLoc(i), i.x, 1, i.pos);
      return;
    case 'Convert':
      buildConvert(g, i);
      return;
    case 'FieldAddr': {
      const base = fieldBase(g, i.x);
      if (base) g.valueLoc(i).flow(g.fieldOf(base, i.field), -1, i.pos);
      else flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      return;
    }
    case 'IndexAddr':
      flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      return;
    case 'Field':
    case 'Index':
      if (hasPointers(i.type)) flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      return;
    case 'Extract':
      if (!hasPointers(i.type)) return;
      if (i.tuple.kind === 'Call' || i.tuple.kind === 'Invoke') {
        const rs = callResults(g, i.tuple);
        const r = rs[i.index];
        if (r) g.valueLoc(i).flow(r, 0, i.pos);
        else flowFrom(g, g.valueLoc(i), i.tuple, 0, i.pos);
      } else flowFrom(g, g.valueLoc(i), i.tuple, 0, i.pos);
      return;
    case 'Store': {
      const addr = g.locOf(i.addr);
      if (addr) g.writes.push({ addr, byAppend: false });
      if (!hasPointers(i.val.type) || isSelfAssign(i)) return;
      const val = g.locOf(i.val);
      if (addr && val) g.stores.push({ addr, val, pos: i.pos, targets: new Set() });
      return;
    }
    case 'Return':
      i.results.forEach((v, k) => {
        const r = g.results[k];
        if (r && hasPointers(v.type)) flowFrom(g, r, v, 0, i.pos);
      });
      return;
    case 'Panic':
      flowFrom(g, g.heap, i.x, 0, i.pos);
      return;
    case 'Jump':
    case 'If':
    case 'Unreachable':
    case 'MapRange':
      return;
    case 'MakeSlice':
    case 'MakeMap':
    case 'StrConv':
    case 'Concat':
      if (i.kind === 'StrConv' && i.share) flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      else g.objectOf(i);
      return;
    case 'MakeInterface':
      if (isDirectIface(i.x.type, g.sizes)) flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      else flowFrom(g, g.objectOf(i), i.x, 0, i.pos);
      return;
    case 'Append': {
      const v = g.valueLoc(i);
      flowFrom(g, v, i.x, 0, i.pos);
      flowFrom(g, g.objectOf(i), i.x, 1, i.pos);
      for (const a of i.args) storeThrough(g, v, a, i.spread ? 1 : 0, i.pos, true);
      return;
    }
    case 'Slice':
    case 'ChangeInterface':
      flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
      return;
    case 'TypeAssert': {
      const t = i.assertedType;
      if (!hasPointers(t)) return;
      const direct = t.underlying().kind === 'Interface' || isDirectIface(t, g.sizes);
      flowFrom(g, g.valueLoc(i), i.x, direct ? 0 : 1, i.pos);
      return;
    }
    case 'Lookup':
    case 'MapNext':
      if (hasPointers(i.type)) flowFrom(g, g.valueLoc(i), i.map, 1, i.pos);
      return;
    case 'MapUpdate': {
      const m = g.locOf(i.map);
      if (!m) return;
      storeThrough(g, m, i.key, 0, i.pos);
      storeThrough(g, m, i.value, 0, i.pos);
      return;
    }
    case 'Invoke':
      buildInvoke(g, i, env);
      return;
    case 'MakeClosure':
      buildClosure(g, i, env);
      return;
    case 'Defer': {
      // The deferred function value is kept in the record, in this frame: its context must live as long.
      const rec = g.newLocation('object', undefined, 0);
      flowFrom(g, rec, i.fn, 0, i.pos);
      return;
    }
    case 'SetupDefers':
    case 'RunDefers':
      return;
    case 'MakeChan':
      g.objectOf(i);
      return;
    case 'Send': {
      // A sent value is stored in the channel's memory (its buffer, or the receiver's variable by way of it).
      const c = g.locOf(i.chan);
      if (c) storeThrough(g, c, i.x, 0, i.pos);
      return;
    }
    case 'Recv':
      if (hasPointers(i.type)) flowFrom(g, g.valueLoc(i), i.chan, 1, i.pos);
      return;
    case 'Select':
      for (const st of i.states) {
        const c = g.locOf(st.chan);
        if (st.send && c) storeThrough(g, c, st.send, 0, st.pos);
        else if (!st.send && hasPointers(i.type)) flowFrom(g, g.valueLoc(i), st.chan, 1, st.pos);
      }
      return;
    case 'Go':
      // The operands bound to the new goroutine's call are shared with it: whatever they point to escapes.
      leakArgs(g, i.bindings, i.pos);
      return;
    default:
      assertNever(i, 'instruction');
  }
}

/**
 * storeThrough records `*addr = *^derefs val` as a StoreSite: the value (or with derefs 1, what it points to) is
 * written into whatever memory addr points to.
 */
function storeThrough(g: Graph, addr: Location, val: ir.Value, derefs: number, pos: Pos, byAppend = false): void {
  g.writes.push({ addr, byAppend });
  if (!hasPointers(val.type)) return;
  let v = g.locOf(val);
  if (!v) return;
  if (derefs !== 0) {
    const tmp = g.newLocation('value', undefined, 0);
    tmp.flow(v, derefs, pos);
    v = tmp;
  }
  g.stores.push({ addr, val: v, pos, targets: new Set() });
}

/** fieldBase returns the (sub-)object that x points to exactly, when x is an Alloc or a field address of one. */
function fieldBase(g: Graph, x: ir.Value): Location | undefined {
  if (x.kind === 'Alloc') return g.objectOf(x);
  if (x.kind === 'FieldAddr') {
    const b = fieldBase(g, x.x);
    return b ? g.fieldOf(b, x.field) : undefined;
  }
  return undefined;
}

/**
 * isSelfAssign recognises `p.f = p.f[i:j]` (gc's isSelfAssign, made field-exact for a field-sensitive analysis): the
 * slice stored points where the field already pointed, so the store changes nothing that escapes.
 */
function isSelfAssign(s: ir.Store): boolean {
  const v = s.val;
  if (v.kind !== 'Slice') return false;
  const src = v.x.kind === 'UnOp' && v.x.op === '*' ? v.x.x : undefined;
  return src !== undefined && sameField(s.addr, src);
}

/** sameField reports whether two addresses are the same chain of fields from the same SSA value. */
function sameField(a: ir.Value, b: ir.Value): boolean {
  if (a === b) return true;
  return a.kind === 'FieldAddr' && b.kind === 'FieldAddr' && a.field === b.field && sameField(a.x, b.x);
}

function buildConvert(g: Graph, i: ir.Convert): void {
  if (!hasPointers(i.type)) return; // pointer → uintptr and numeric conversions carry no address
  if (hasPointers(i.x.type)) {
    flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
    return;
  }
  if (i.opaque) {
    g.valueLoc(i).flow(g.heap, 0, i.pos);
    return;
  }
  const src = unsafeSources(i.x);
  for (const p of src.pointers) flowFrom(g, g.valueLoc(i), p, 0, i.pos);
  if (src.unknown) g.valueLoc(i).flow(g.heap, 0, i.pos);
}

/**
 * callResults returns the locations of a call's results: for one result, the call's own value; for several, one
 * location each (read through Extract), all also flowing into the call's tuple value. Each may hold any pointer
 * the callee got from elsewhere, so each has an edge from the heap.
 */
export function callResults(g: Graph, c: ir.Call | ir.Invoke): Location[] {
  let rs = g.callResults.get(c);
  if (rs) return rs;
  const t = c.type.underlying();
  if (t.kind === 'Tuple') {
    rs = t.vars.map((_, k) => g.newLocation('callResult', c, k));
    for (const r of rs) g.valueLoc(c).flow(r, 0, c.pos);
  } else {
    rs = [g.valueLoc(c)];
  }
  for (const r of rs) r.flow(g.heap, 0, c.pos);
  g.callResults.set(c, rs);
  return rs;
}

/**
 * buildInvoke applies the summaries of every method an interface call may reach (InvokeTargets): what any of them
 * leaks, the call leaks, with the receiver's leaks shifted by the dereferences between the interface and the
 * receiver. A call with a target that cannot be analysed leaks every argument.
 */
function buildInvoke(g: Graph, c: ir.Invoke, env: AnalysisEnv): void {
  const results = callResults(g, c);
  const args = [c.x, ...c.args];
  const targets = env.invokes.targets(c.method);
  const summaries = targets?.map((t) => ({ t, s: env.lookup(t.fn) }));
  if (!summaries || summaries.some((x) => !x.s)) {
    leakArgs(g, args, c.pos);
    return;
  }
  for (const { t, s } of summaries) applySummary(g, args, results, s!, t.recvDerefs, c.pos);
}

function buildCall(g: Graph, c: ir.Call, env: AnalysisEnv): void {
  const callee = c.callee;
  if (callee.kind === 'Builtin') {
    buildBuiltinCall(g, c, callee);
    return;
  }
  const results = callResults(g, c);
  if (callee.kind !== 'Function') {
    // A call through a function value: any function made into a value with this signature may run.
    const sig = callee.type.underlying();
    const targets = sig.kind === 'Signature' ? env.invokes.funcValueTargets(sig) : undefined;
    const summaries = targets?.map((t) => env.lookup(t));
    if (!summaries || summaries.some((x) => !x)) leakArgs(g, c.args, c.pos);
    else for (const s of summaries) applySummary(g, c.args, results, s!, 0, c.pos);
    return;
  }
  const summary = callee.blocks.length > 0 ? env.lookup(callee) : undefined;
  if (!summary) {
    if (callee.directives.some((d) => d.name === 'go:noescape')) return;
    leakArgs(g, c.args, c.pos);
    return;
  }
  applySummary(g, c.args, results, summary, 0, c.pos);
}

/** leakArgs makes every pointer-carrying argument leak to the heap (a callee that cannot be analysed). */
function leakArgs(g: Graph, args: ir.Value[], pos: Pos): void {
  for (const a of args) if (hasPointers(a.type)) flowFrom(g, g.heap, a, 0, pos);
}

/**
 * applySummary adds a callee's leaks for the arguments of one call: `heap ← arg (level)` and `result_k ← arg
 * (level)`, the first argument's levels shifted by recvShift (an interface call's receiver).
 */
function applySummary(g: Graph, args: ir.Value[], results: Location[], summary: Summary, recvShift: number, pos: Pos): void {
  args.forEach((a, j) => {
    const leaks = summary.params[j];
    if (!leaks || !hasPointers(a.type)) return;
    const shift = j === 0 ? recvShift : 0;
    if (leaks.heap !== undefined) flowFrom(g, g.heap, a, leaks.heap + shift, pos);
    leaks.results.forEach((d, k) => {
      const r = results[k];
      if (d !== undefined && r) flowFrom(g, r, a, d + shift, pos);
    });
  });
}

/**
 * buildClosure builds a function value: its context object holds the bindings (or the value is the one binding
 * itself), and each binding leaks as the closure's body leaks the free variable: what the body sends to the heap or
 * returns (to an unknown caller) escapes.
 */
function buildClosure(g: Graph, c: ir.MakeClosure, env: AnalysisEnv): void {
  if (c.bindings.length === 0) return;
  if (c.bindings.length === 1 && isDirectIface(c.bindings[0]!.type, g.sizes)) flowFrom(g, g.valueLoc(c), c.bindings[0]!, 0, c.pos);
  else for (const b of c.bindings) flowFrom(g, g.objectOf(c), b, 0, c.pos);
  const s = c.fn.blocks.length > 0 ? env.lookup(c.fn) : undefined;
  c.bindings.forEach((b, i) => {
    if (!hasPointers(b.type)) return;
    const leaks = s?.params[c.fn.params.length + i];
    if (!leaks) {
      flowFrom(g, g.heap, b, 0, c.pos);
      return;
    }
    const levels = [leaks.heap, ...leaks.results].filter((x): x is number => x !== undefined);
    if (levels.length) flowFrom(g, g.heap, b, Math.min(...levels), c.pos);
  });
}

function buildBuiltinCall(g: Graph, c: ir.Call, callee: ir.Builtin): void {
  const result = (): Location => g.valueLoc(c);
  switch (callee.name) {
    case 'print':
    case 'println':
    case 'len':
    case 'cap':
    case 'real':
    case 'imag':
    case 'complex':
    case 'Sizeof':
    case 'Alignof':
    case 'Offsetof':
    case 'delete':
    case 'close':
      return;
    case 'clear': {
      // clear(s) zeroes the slice's elements: a write through it (clear(m) empties a map, which holds no alias).
      const s = c.args[0];
      const loc = s && s.type.underlying().kind === 'Slice' ? g.locOf(s) : undefined;
      if (loc) g.writes.push({ addr: loc, byAppend: false });
      return;
    }
    case 'min':
    case 'max':
      if (hasPointers(c.type)) for (const a of c.args) flowFrom(g, result(), a, 0, c.pos);
      return;
    case 'copy': {
      // The source's elements are written into the destination's memory.
      const dst = c.args[0] && g.locOf(c.args[0]);
      if (dst && c.args[1]) storeThrough(g, dst, c.args[1], 1, c.pos);
      return;
    }
    case 'append':
      // Built as an Append instruction; a Call of the builtin never reaches the analysis.
      result().flow(g.heap, 0, c.pos);
      for (const a of c.args) flowFrom(g, g.heap, a, 0, c.pos);
      return;
    case 'Add':
    case 'Slice':
    case 'SliceData':
    case 'String':
    case 'StringData':
      if (c.args[0]) flowFrom(g, result(), c.args[0], 0, c.pos);
      return;
    case 'make':
    case 'new':
    case 'recover':
      if (hasPointers(c.type)) result().flow(g.heap, 0, c.pos);
      return;
    case 'panic':
      for (const a of c.args) flowFrom(g, g.heap, a, 0, c.pos);
      return;
    default:
      assertNever(callee.name, 'builtin');
  }
}
