// The possible callees of a method call through an interface, for the interprocedural analysis: rapid type analysis
// over the whole program. The dynamic type of an interface value is always one of the types some MakeInterface
// boxes, so the callees of `x.M(...)` are the methods M of those types' method sets (ir/methods.ts). Each target comes
// with how many dereferences separate the interface value from the concrete receiver — 0 when the receiver is the
// data word or an address inside the object it points to, one more for every pointer loaded on the way (an embedded
// *T, or a value receiver read out of a boxed copy) — so that a target's parameter summary, shifted by that count,
// applies to the interface value. Calls through function values are resolved the same way: their callees are the
// functions some MakeClosure turns into a value with the call's signature.

import type * as ir from '../../ir/ir.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { findMethod, methodKey, typeKey } from '../../ir/methods.ts';
import type { Func as FuncObj } from '../../compiler/types/objects.ts';
import type { Signature, Type } from '../../compiler/types/types.ts';

/** InvokeTarget is one concrete method an interface call may reach. */
export interface InvokeTarget {
  fn: ir.Function;
  /** recvDerefs is the dereference count from the interface value to the target's receiver. */
  recvDerefs: number;
}

/** InvokeTargets resolves interface method calls over the whole program. */
export class InvokeTargets {
  private readonly boxed: Type[] = [];
  private readonly byObj = new Map<FuncObj, ir.Function>();
  private readonly cache = new Map<string, InvokeTarget[] | undefined>();
  /** funcValues are the functions made into function values (MakeClosure), by signature key. */
  private readonly funcValues = new Map<string, ir.Function[]>();

  constructor(private readonly prog: ir.Program, fns: ir.Function[]) {
    const seen = new Set<string>();
    for (const fn of fns) {
      if (fn.object) this.byObj.set(fn.object, fn);
      for (const b of fn.blocks)
        for (const i of b.instrs) {
          if (i.kind === 'MakeClosure') {
            const k = typeKey(i.fn.signature);
            const list = this.funcValues.get(k) ?? [];
            if (!list.includes(i.fn)) list.push(i.fn);
            this.funcValues.set(k, list);
          }
          if (i.kind !== 'MakeInterface') continue;
          const k = typeKey(i.x.type);
          if (!seen.has(k)) {
            seen.add(k);
            this.boxed.push(i.x.type);
          }
        }
    }
    for (const p of prog.packages) for (const fn of p.functions) if (fn.object) this.byObj.set(fn.object, fn);
  }

  /** targets returns the concrete methods `m` may call, or undefined when one of them cannot be analysed. */
  targets(m: FuncObj): InvokeTarget[] | undefined {
    const key = methodKey(m);
    if (this.cache.has(key)) return this.cache.get(key);
    const sig = typeKey(m.type);
    let out: InvokeTarget[] | undefined = [];
    for (const t of this.boxed) {
      if (t.underlying().kind === 'Interface') continue;
      const sel = findMethod(t, m.name, m.pkg);
      if (!sel || typeKey(sel.fn.type) !== sig) continue;
      const fn = this.byObj.get(sel.fn);
      if (!fn || fn.blocks.length === 0 || sel.viaInterface) {
        out = undefined;
        break;
      }
      out.push({ fn, recvDerefs: this.recvDerefs(t, sel.path, sel.fn) });
    }
    this.cache.set(key, out);
    return out;
  }

  /**
   * funcValueTargets returns the functions a call through a function value of signature sig may reach: every
   * function made into a value with that signature (undefined when one has no body to analyse).
   */
  funcValueTargets(sig: Signature): ir.Function[] | undefined {
    const list = this.funcValues.get(typeKey(sig)) ?? [];
    return list.every((f) => f.blocks.length > 0) ? list : undefined;
  }

  private recvDerefs(t: Type, path: number[], fn: FuncObj): number {
    const tu = t.underlying();
    // addressed: the walk holds an address into the object (else it holds the direct value itself).
    let addressed = tu.kind === 'Pointer' || !isDirectIface(t, this.prog.sizes);
    let cur: Type = tu.kind === 'Pointer' ? tu.elem : t;
    let derefs = 0;
    for (const idx of path) {
      const st = cur.underlying();
      if (st.kind !== 'Struct') break;
      const ft = st.fields[idx]!.type;
      if (ft.underlying().kind === 'Pointer') {
        derefs++;
        addressed = true;
        cur = (ft.underlying() as { elem: Type }).elem;
      } else cur = ft;
    }
    const ptrRecv = fn.type.recv?.type.kind === 'Pointer';
    return ptrRecv || !addressed ? derefs : derefs + 1;
  }
}
