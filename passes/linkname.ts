// Linkname resolution: the first pass. A bodyless function whose symbol a function with a body defines (a
// `//go:linkname` push, or a pull naming a Go function; see ir/linkname.ts) is replaced, wherever it is used, by that
// definition. Calls through `//go:linkname` are then ordinary direct calls: reachability keeps the definition exactly
// when a caller is reachable, escape analysis reads the definition's summary instead of assuming that an external
// function leaks every argument, and LLVM may inline it. The two declarations must have identical types, as gc's ABI
// requires in practice, except that a pointer to a struct may stand for a pointer to another struct of the same size
// and a defined type for its basic underlying type (GOROOT's time passes its own *runtimeTimer and Duration to the
// runtime, which cannot name those types); a mismatch is reported at the bodyless declaration.

import type { DiagnosticSink } from '../compiler/diag.ts';
import { identical } from '../compiler/types/predicates.ts';
import { typeString } from '../compiler/types/types.ts';
import type { Signature, Type } from '../compiler/types/types.ts';
import type { Sizes } from '../compiler/types/sizes.ts';
import * as b from '../ir/builder.ts';
import * as ir from '../ir/ir.ts';
import { definitionOf, definitions } from '../ir/linkname.ts';

/**
 * resolveLinknames makes every use of a bodyless function that a Go definition implements use the definition, and every
 * use of a variable declared with `//go:linkname` use the variable it names.
 */
export function resolveLinknames(prog: ir.Program, sink: DiagnosticSink): void {
  const all = prog.packages.flatMap((p) => [p.init, ...p.functions]);
  const aliases = new Map<ir.Global, ir.Global>();
  for (const g of prog.packages.flatMap((p) => p.globals)) {
    const def = g.linked;
    if (!def) continue;
    if (!identical(g.type, def.type)) {
      sink.error(g.pos, `//go:linkname: ${g.qualifiedName} has type ${typeString(b.elemOf(g.type))} but ${def.qualifiedName} has type ${typeString(b.elemOf(def.type))}`);
      continue;
    }
    aliases.set(g, def);
  }
  const defs = definitions(all);
  const target = new Map<ir.Function, ir.Function>();
  for (const fn of all) {
    if (fn.blocks.length > 0) continue;
    const def = definitionOf(fn, defs);
    if (!def) continue;
    if (!linkCompatible(prog.sizes, fn.signature, def.signature) || fn.hasContext !== def.hasContext) {
      sink.error(
        fn.pos,
        `//go:linkname: ${fn.qualifiedName} has type ${typeString(fn.signature)} but its definition ` +
          `${def.qualifiedName} has type ${typeString(def.signature)}`,
      );
      continue;
    }
    target.set(fn, def);
  }
  if (target.size === 0 && aliases.size === 0) return;
  const resolved = (v: ir.Value): ir.Value =>
    v.kind === 'Function' ? (target.get(v) ?? v) : v.kind === 'Global' ? (aliases.get(v) ?? v) : v;
  for (const fn of all)
    for (const blk of fn.blocks)
      for (const i of blk.instrs) if (ir.operands(i).some((v) => resolved(v) !== v)) b.mapOperands(i, resolved);
}

/** linkCompatible reports whether two signatures agree parameter by parameter, up to pointers to same-size structs. */
function linkCompatible(sizes: Sizes, a: Signature, b: Signature): boolean {
  if (identical(a, b)) return true;
  const pa = a.params.vars, pb = b.params.vars, ra = a.results.vars, rb = b.results.vars;
  if (pa.length !== pb.length || ra.length !== rb.length || a.variadic !== b.variadic) return false;
  const same = (x: Type, y: Type): boolean => {
    if (identical(x, y)) return true;
    // A defined type for its basic underlying type: time.Sleep(d Duration) is the runtime's timeSleep(ns int64).
    if (x.underlying().kind === 'Basic' && identical(x.underlying(), y.underlying())) return true;
    const ex = structPointee(x), ey = structPointee(y);
    return ex !== undefined && ey !== undefined && sizes.sizeof(ex) === sizes.sizeof(ey);
  };
  return pa.every((v, i) => same(v.type, pb[i]!.type)) && ra.every((v, i) => same(v.type, rb[i]!.type));
}

/** structPointee returns the struct type a pointer type points to. */
function structPointee(t: Type): Type | undefined {
  const u = t.underlying();
  return u.kind === 'Pointer' && u.elem.underlying().kind === 'Struct' ? u.elem : undefined;
}
