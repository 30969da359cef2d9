// Static initial values of package variables: a variable whose initializer is a constant, or a composite literal of
// array or struct type whose elements are (recursively) constants or such literals, starts with that value as static
// data, and its package initializer stores nothing. On AVR a 29-entry uint16 table then costs 58 bytes of .data
// instead of about 4 bytes of `ldi`/`sts` code per byte, and LLVM can fold reads of a table nothing writes, or drop it.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';

/** MAX_STATIC_ELEMS bounds the arrays built statically (larger ones are rare and initialized by code). */
const MAX_STATIC_ELEMS = 1 << 16;

/** staticValue returns e's value of type t as static data, or undefined when e needs code to compute. */
export function staticValue(fb: FnBuilder, e: ast.Expr, t: Type): ir.StaticValue | undefined {
  const x = unparen(e);
  const u = t.underlying();
  const tv = fb.tv(x);
  if (tv?.value && tv.value.kind !== 'unknown') return u.kind === 'Basic' ? b.constOf(t, tv.value) : undefined;
  if (x.kind !== 'CompositeLit') return undefined;
  if (u.kind === 'Array') {
    if (u.len > MAX_STATIC_ELEMS) return undefined;
    const elems: (ir.StaticValue | undefined)[] = new Array(u.len).fill(undefined);
    let next = 0;
    for (const elt of x.elts) {
      let val = elt;
      if (elt.kind === 'KeyValueExpr') {
        const k = fb.tv(elt.key)?.value;
        if (k?.kind !== 'int') return undefined;
        next = Number(k.value);
        val = elt.value;
      }
      const v = staticValue(fb, val, u.elem);
      if (!v || next >= u.len) return undefined;
      elems[next++] = v;
    }
    return { kind: 'StaticAggregate', type: t, elems };
  }
  if (u.kind === 'Struct') {
    const elems: (ir.StaticValue | undefined)[] = new Array(u.fields.length).fill(undefined);
    let ok = true;
    x.elts.forEach((elt, i) => {
      let index = i;
      let val = elt;
      if (elt.kind === 'KeyValueExpr') {
        index = elt.key.kind === 'Ident' ? u.fields.findIndex((f) => f.name === (elt.key as ast.Ident).name) : -1;
        val = elt.value;
      }
      const f = u.fields[index];
      const v = f && staticValue(fb, val, f.type);
      if (!v) ok = false;
      else elems[index] = v;
    });
    return ok ? { kind: 'StaticAggregate', type: t, elems } : undefined;
  }
  return undefined;
}
