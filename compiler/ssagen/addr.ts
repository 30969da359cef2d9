// Lvalues: the address of an addressable expression (a variable, `*p`, `x.f` through embedded fields, `a[i]` on an
// array, a pointer to array or a slice). `addr(e, escaping)` is go/ssa's rule for which allocations start on the
// heap: when the address is taken explicitly (`&x`, `&x.f`, `&a[i]`, slicing an array) or implicitly by a
// pointer-receiver method call on an addressable value, the variable at the root of the path is marked heap=true;
// plain field/index loads and stores do not mark it. Escape analysis later moves back to the stack whatever it
// proves local.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { Pointer } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { expr, indexValue } from './expr.ts';

/** isAddressable reports whether e denotes a variable (checker mode 'variable', or syntactically addressable). */
export function isAddressable(fb: FnBuilder, e: ast.Expr): boolean {
  const x = unparen(e);
  const mode = fb.tv(x)?.mode;
  if (mode) return mode === 'variable';
  switch (x.kind) {
    case 'Ident':
      return fb.objectOf(x)?.kind === 'Var';
    case 'StarExpr':
      return true;
    case 'SelectorExpr': {
      const sel = fb.info.selections.get(x);
      if (!sel) return fb.objectOf(x.sel)?.kind === 'Var';
      return sel.kind === 'FieldVal' && (sel.indirect || isAddressable(fb, x.x));
    }
    case 'IndexExpr': {
      const u = fb.typeOf(x.x).underlying();
      return u.kind === 'Pointer' || u.kind === 'Slice' || (u.kind === 'Array' && isAddressable(fb, x.x));
    }
    default:
      return false;
  }
}

/** varAddr returns the address of a variable object: its Alloc for a local, its Global for a package-level one. */
export function varAddr(fb: FnBuilder, id: ast.Ident, escaping: boolean): ir.Value | undefined {
  const obj = fb.objectOf(id);
  if (obj?.kind !== 'Var') return undefined;
  const local = fb.varAddress(obj);
  if (local) {
    if (escaping && local.kind === 'Alloc') local.heap = true;
    return local;
  }
  return fb.st.globals.get(obj);
}

/**
 * addr returns the address of the addressable expression e. With escaping=true the address leaves the simple
 * load/store pattern (`&x`), so the root local variable's Alloc becomes a heap allocation.
 */
export function addr(fb: FnBuilder, e: ast.Expr, escaping: boolean): ir.Value {
  const x = unparen(e);
  switch (x.kind) {
    case 'Ident': {
      const a = varAddr(fb, x, escaping);
      if (a) return a;
      if (fb.objectOf(x)?.kind === 'Var') return fail(fb, x, 'a variable of an enclosing function here');
      break;
    }
    case 'StarExpr': {
      const p = expr(fb, x.x);
      // &*p is p, but evaluating *p fails for a nil p.
      if (escaping) fb.nilCheck(p, x.pos);
      return p;
    }
    case 'SelectorExpr': {
      const sel = fb.info.selections.get(x);
      if (!sel) {
        const a = varAddr(fb, x.sel, escaping); // pkg.Var
        if (a) return a;
        break;
      }
      if (sel.kind !== 'FieldVal') break;
      // Through an embedded pointer the field lives in the pointer's target, not in x.x: x.x's address does not escape.
      const base = baseAddr(fb, x.x, escaping && !pathHasPointer(fb.typeOf(x.x), sel.index.slice(0, -1)));
      if (!base) break;
      return selectPath(fb, base, sel.index, x.sel.pos, true);
    }
    case 'IndexExpr': {
      const ops = indexOperands(fb, x, escaping);
      if (ops) return b.emitIndexAddr(fb.block, ops.base, ops.index, x.lbrack);
      break;
    }
    case 'CompositeLit': {
      // &T{} is handled by the caller; an addressable-by-spec literal elsewhere gets a fresh heap allocation.
      break;
    }
    default:
      break;
  }
  return fail(fb, x, `taking the address of ${x.kind}`);
}

function fail(fb: FnBuilder, e: ast.Expr, what: string): ir.Value {
  fb.unsupported(e.pos, what);
  return b.zeroConst(new Pointer(fb.typeOf(e)));
}

/**
 * addrLater is addr for one of several left-hand sides of an assignment: it evaluates the operands now (the slice or
 * pointer and the index of `s[i]`, the pointer of `p.f`) and returns the function that takes the address, with its
 * bounds or nil check, when the assignment's turn comes, as the spec's two phases require (`m[k], s[i] = 1, 2`
 * stores m[k] before s[i] can panic).
 */
export function addrLater(fb: FnBuilder, e: ast.Expr): () => ir.Value {
  const x = unparen(e);
  if (x.kind === 'IndexExpr') {
    const ops = indexOperands(fb, x, false);
    if (ops) return () => b.emitIndexAddr(fb.block, ops.base, ops.index, x.lbrack);
  }
  if (x.kind === 'SelectorExpr') {
    const sel = fb.info.selections.get(x);
    const t = fb.typeOf(x.x);
    if (sel?.kind === 'FieldVal' && t.underlying().kind === 'Pointer' && !pathHasPointer(t, sel.index.slice(0, -1))) {
      const p = expr(fb, x.x);
      return () => selectPath(fb, p, sel.index, x.sel.pos, true);
    }
  }
  const a = addr(fb, e, false);
  return () => a;
}

/**
 * indexOperands evaluates the operands of an addressable index expression `a[i]`: the array's address, or the slice
 * or array pointer, and the index. Undefined for a map or string index, or a generic one.
 */
function indexOperands(fb: FnBuilder, x: ast.IndexExpr, escaping: boolean): { base: ir.Value; index: ir.Value } | undefined {
  if (x.indices.length !== 1) return undefined;
  const u = fb.typeOf(x.x).underlying();
  let base: ir.Value;
  if (u.kind === 'Array') base = addr(fb, x.x, escaping);
  else if (u.kind === 'Slice' || (u.kind === 'Pointer' && u.elem.underlying().kind === 'Array')) base = expr(fb, x.x);
  else return undefined;
  return { base, index: indexValue(fb, x.indices[0]!) };
}

/**
 * baseAddr returns a pointer to the struct that x denotes or points to: x's address when x is an addressable struct,
 * x's value when x is a pointer, and otherwise a temporary copy (for a non-addressable struct value).
 */
export function baseAddr(fb: FnBuilder, x: ast.Expr, escaping: boolean): ir.Value | undefined {
  const t = fb.typeOf(x).underlying();
  if (t.kind === 'Pointer') return expr(fb, x);
  if (isAddressable(fb, x)) return addr(fb, x, escaping);
  const v = expr(fb, x);
  const tmp = b.emitAlloc(fb.block, v.type, false, 'tmp', x.pos);
  fb.store(tmp, v, x.pos);
  return tmp;
}

/**
 * selectPath follows a selection's embedding path from v. With isAddr, v is a pointer to the outer struct and the
 * result is the address of the selected field (FieldAddr chain, loading embedded pointers on the way); otherwise v is
 * a struct value (or a pointer to one) and the result is the field's value.
 */
export function selectPath(fb: FnBuilder, v: ir.Value, path: number[], pos: Pos, isAddr: boolean): ir.Value {
  let cur = v;
  let curIsAddr = isAddr || cur.type.underlying().kind === 'Pointer';
  path.forEach((idx, k) => {
    if (curIsAddr) {
      // cur points to a struct; if it is a pointer to a pointer (embedded *T), load first.
      const elem = b.elemOf(cur.type).underlying();
      if (elem.kind === 'Pointer') cur = fb.load(cur, pos);
      cur = b.emitFieldAddr(fb.block, cur, idx, pos);
    } else {
      const u = cur.type.underlying();
      if (u.kind === 'Pointer') {
        cur = b.emitFieldAddr(fb.block, cur, idx, pos);
        curIsAddr = true;
      } else cur = b.emitField(fb.block, cur, idx, pos);
    }
    const last = k === path.length - 1;
    if (curIsAddr && !isAddr && last) cur = fb.load(cur, pos);
  });
  return cur;
}

/** pathHasPointer reports whether an embedding path from a struct (or pointer to struct) passes an embedded pointer. */
export function pathHasPointer(t: Type, path: number[]): boolean {
  let cur = t.underlying();
  if (cur.kind === 'Pointer') cur = cur.elem.underlying();
  for (const idx of path) {
    if (cur.kind !== 'Struct') return false;
    const ft = cur.fields[idx]?.type.underlying();
    if (!ft) return false;
    if (ft.kind === 'Pointer') return true;
    cur = ft;
  }
  return false;
}
