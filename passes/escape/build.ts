// Building the escape graph of one function: every IR instruction becomes the data-flow edges it implies (gc's
// per-construct walkers, collapsed into one switch because our SSA instructions are already small).
//   Alloc            value ← object (-1)
//   Phi              phi ← each edge (0)
//   load `*x`        value ← x (+1)
//   FieldAddr of an Alloc (or of a field address of one)   value ← field sub-object (-1)
//   other FieldAddr, IndexAddr, Field, Index, Convert between pointer types, Extract   value ← operand (0)
//   Convert to uintptr: no flow; Convert uintptr → pointer: value ← the pointers it was computed from (pointers.ts)
//   Store `*a = v`   recorded as a StoreSite; stores.ts resolves it to `memory ← v (0)` for each memory a points to
//   Return           result_k ← results[k] (0)
//   Panic            heap ← x (0)
//   Call of a Go function: per-parameter summaries give `heap ← arg (d)` and `result_k ← arg (d)`; a function
//                    without body (assembly, glue) leaks every argument to the heap unless marked //go:noescape.
//   Builtins         println/len/... nothing; copy leaks the source's contents; append's result aliases its first
//                    argument and the appended values leak; unsafe.Add/Slice/String* alias their first argument.
// Comparisons, arithmetic and loads of pointer-free values record nothing: they cannot carry an address.

import type { Pos } from '../../compiler/syntax/source.ts';
import { assertNever } from '../../compiler/diag.ts';
import type * as ir from '../../ir/ir.ts';
import { Graph, type Location } from './graph.ts';
import { hasPointers, unsafeSources } from './pointers.ts';
import type { Summary } from './summary_types.ts';

/** SummaryLookup returns the current summary of a function with a body (undefined if none is known yet). */
export type SummaryLookup = (fn: ir.Function) => Summary | undefined;

/** buildGraph builds the escape graph of fn (which must have a body), using callee summaries from lookup. */
export function buildGraph(fn: ir.Function, lookup: SummaryLookup): Graph {
  const g = new Graph(fn);
  for (const p of fn.params) g.params.push(g.valueLoc(p));
  for (let k = 0; k < fn.signature.results.length; k++) g.results.push(g.newLocation('result', undefined, k));
  for (const b of fn.blocks) for (const i of b.instrs) buildInstr(g, i, lookup);
  return g;
}

/** flowFrom adds `dst ← src (derefs)` when src can carry an address. */
function flowFrom(g: Graph, dst: Location, src: ir.Value, derefs: number, pos: Pos): void {
  const s = g.locOf(src);
  if (s) dst.flow(s, derefs, pos);
}

function buildInstr(g: Graph, i: ir.Instruction, lookup: SummaryLookup): void {
  switch (i.kind) {
    case 'Alloc':
      g.objectOf(i);
      return;
    case 'Phi':
      if (hasPointers(i.type)) for (const e of i.edges) flowFrom(g, g.valueLoc(i), e, 0, i.pos);
      return;
    case 'Call':
      buildCall(g, i, lookup);
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
      if (i.tuple.kind === 'Call') {
        const rs = callResults(g, i.tuple);
        const r = rs[i.index];
        if (r) g.valueLoc(i).flow(r, 0, i.pos);
        else flowFrom(g, g.valueLoc(i), i.tuple, 0, i.pos);
      } else flowFrom(g, g.valueLoc(i), i.tuple, 0, i.pos);
      return;
    case 'Store': {
      if (!hasPointers(i.val.type)) return;
      const addr = g.locOf(i.addr);
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
      return;
    default:
      assertNever(i, 'instruction');
  }
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

function buildConvert(g: Graph, i: ir.Convert): void {
  if (!hasPointers(i.type)) return; // pointer → uintptr and numeric conversions carry no address
  if (hasPointers(i.x.type)) {
    flowFrom(g, g.valueLoc(i), i.x, 0, i.pos);
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
export function callResults(g: Graph, c: ir.Call): Location[] {
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

function buildCall(g: Graph, c: ir.Call, lookup: SummaryLookup): void {
  const callee = c.callee;
  if (callee.kind === 'Builtin') {
    buildBuiltinCall(g, c, callee);
    return;
  }
  const results = callResults(g, c);
  const summary = callee.blocks.length > 0 ? lookup(callee) : undefined;
  if (!summary) {
    if (callee.directives.some((d) => d.name === 'go:noescape')) return;
    for (const a of c.args) if (hasPointers(a.type)) flowFrom(g, g.heap, a, 0, c.pos);
    return;
  }
  c.args.forEach((a, j) => {
    const leaks = summary.params[j];
    if (!leaks || !hasPointers(a.type)) return;
    if (leaks.heap !== undefined) flowFrom(g, g.heap, a, leaks.heap, c.pos);
    leaks.results.forEach((d, k) => {
      const r = results[k];
      if (d !== undefined && r) flowFrom(g, r, a, d, c.pos);
    });
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
    case 'clear':
      return;
    case 'min':
    case 'max':
      if (hasPointers(c.type)) for (const a of c.args) flowFrom(g, result(), a, 0, c.pos);
      return;
    case 'copy':
      // The source's elements are copied into memory we do not track (the destination's backing array).
      if (c.args[1]) flowFrom(g, g.heap, c.args[1], 1, c.pos);
      return;
    case 'append':
      if (c.args[0]) flowFrom(g, result(), c.args[0], 0, c.pos);
      result().flow(g.heap, 0, c.pos);
      for (const a of c.args.slice(1)) if (hasPointers(a.type)) flowFrom(g, g.heap, a, 0, c.pos);
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
