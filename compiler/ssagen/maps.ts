// Building maps: make, literals, index (with and without comma-ok), assignment and op-assignment through an index,
// and delete. A map literal is a MakeMap reserving room for its entries (a constant-size allocation site at the `{`)
// followed by one MapUpdate per entry that is known not to grow the map; `m[k] = v` elsewhere is a MapUpdate that may
// grow it (an allocation site at the `[`). A lookup key that is a `string(b)` conversion shares b's bytes.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { complit, expr, exprTo } from './expr.ts';
import { sharedString } from './strings.ts';
import { argValues } from './slices.ts';
import type { CallPlan } from './call.ts';

/** mapTypes returns the key and element types of a map type (Invalid for anything else). */
export function mapTypes(t: Type): { key: Type; elem: Type } {
  const u = t.underlying();
  return u.kind === 'Map' ? { key: u.key, elem: u.elem } : { key: Typ.Invalid, elem: Typ.Invalid };
}

/** makeMap emits a MakeMap of type t reserving room for `reserve` entries (undefined: none). */
export function makeMap(fb: FnBuilder, t: Type, reserve: ir.Value | undefined, pos: Pos): ir.MakeMap {
  return b.emit<ir.MakeMap>(fb.block, { kind: 'MakeMap', reserve, heap: true, escape: undefined, pos, type: t });
}

/** mapLit builds a map literal: a map with room for every entry, then the entries in source order. */
export function mapLit(fb: FnBuilder, e: ast.CompositeLit, t: Type): ir.Value {
  const { key, elem } = mapTypes(t);
  const m = makeMap(fb, t, b.constInt(Typ.int, e.elts.length), e.lbrace);
  for (const elt of e.elts) {
    if (elt.kind !== 'KeyValueExpr') continue;
    const k = literalValue(fb, elt.key, key);
    const v = literalValue(fb, elt.value, elem);
    b.emit<ir.MapUpdate>(fb.block, { kind: 'MapUpdate', map: m, key: k, value: v, heap: false, escape: undefined, pos: elt.pos });
  }
  return m;
}

/** literalValue builds one key or value of a literal; an elided `&T{...}` is a heap Alloc at its `{`. */
function literalValue(fb: FnBuilder, e: ast.Expr, t: Type): ir.Value {
  const x = unparen(e);
  const u = t.underlying();
  if (x.kind === 'CompositeLit' && !x.type && u.kind === 'Pointer') {
    const a = b.emitAlloc(fb.block, u.elem, true, 'complit', x.lbrace);
    complit(fb, a, x);
    return fb.convertTo(a, t, x.pos);
  }
  return exprTo(fb, e, t, e.pos);
}

/** mapKey builds the key of an index expression; a key only used to look up shares a `string(b)`'s bytes. */
function mapKey(fb: FnBuilder, e: ast.Expr, key: Type, lookupOnly: boolean): ir.Value {
  const shared = lookupOnly ? sharedString(fb, e) : undefined;
  return fb.convertTo(shared ?? expr(fb, e), key, e.pos);
}

/** mapIndex builds `m[k]` as a value, or with commaOk the Tuple (v, ok). */
export function mapIndex(fb: FnBuilder, e: ast.IndexExpr, commaOk: boolean): ir.Value {
  const m = expr(fb, e.x);
  const { key, elem } = mapTypes(m.type);
  const k = mapKey(fb, e.indices[0]!, key, true);
  const type = commaOk ? b.commaOkTuple(elem) : elem;
  return b.emit<ir.Lookup>(fb.block, { kind: 'Lookup', map: m, key: k, commaOk, pos: e.lbrack, type });
}

/** MapLvalue is the map and key of an assignment target `m[k]`, evaluated once. */
export interface MapLvalue {
  map: ir.Value;
  key: ir.Value;
  pos: Pos;
}

/** mapLvalue evaluates the map and key of an assignment target `m[k]`. */
export function mapLvalue(fb: FnBuilder, e: ast.IndexExpr): MapLvalue {
  const m = expr(fb, e.x);
  return { map: m, key: mapKey(fb, e.indices[0]!, mapTypes(m.type).key, false), pos: e.lbrack };
}

/** isMapIndex reports whether e is an index expression on a map. */
export function isMapIndex(fb: FnBuilder, e: ast.Expr): e is ast.IndexExpr {
  const x = unparen(e);
  return x.kind === 'IndexExpr' && fb.typeOf(x.x).underlying().kind === 'Map';
}

/** mapStore emits `m[k] = v` for an evaluated target: an allocation site, since the insertion may grow the map. */
export function mapStore(fb: FnBuilder, lv: MapLvalue, v: ir.Value): void {
  const value = fb.convertTo(v, mapTypes(lv.map.type).elem, lv.pos);
  b.emit<ir.MapUpdate>(fb.block, { kind: 'MapUpdate', map: lv.map, key: lv.key, value, heap: true, escape: undefined, pos: lv.pos });
}

/** mapLoad emits the value of an evaluated target `m[k]` (for `m[k] op= v`). */
export function mapLoad(fb: FnBuilder, lv: MapLvalue): ir.Value {
  const type = mapTypes(lv.map.type).elem;
  return b.emit<ir.Lookup>(fb.block, { kind: 'Lookup', map: lv.map, key: lv.key, commaOk: false, pos: lv.pos, type });
}

/**
 * deletePlan evaluates the operands of `delete(m, k)` (see call.ts CallPlan); a `string(b)` key shares b's bytes
 * unless the call is deferred (b could change before it runs).
 */
export function deletePlan(fb: FnBuilder, e: ast.CallExpr, deferred = false): CallPlan {
  const only = e.args.length === 1 ? e.args[0]! : undefined;
  if (only) {
    // delete(f()) spreads f's two results.
    const [m, k] = argValues(fb, e).vals;
    return { kind: 'builtin', operands: [m!, fb.convertTo(k!, mapTypes(m!.type).key, e.lparen)], emit: emitDelete };
  }
  const m = expr(fb, e.args[0]!);
  const k = mapKey(fb, e.args[1]!, mapTypes(m.type).key, !deferred);
  return {
    kind: 'builtin',
    operands: [m, k],
    emit: emitDelete,
  };
}

function emitDelete(fb: FnBuilder, ops: ir.Value[], pos: Pos): ir.Value {
  return b.emitCall(fb.block, b.builtinValue('delete'), ops, b.signatureOf([], []).results, pos);
}

/** mapIterator allocates the runtime's map iterator (runtime.hiter) on the stack for a range loop. */
export function mapIterator(fb: FnBuilder, pos: Pos): ir.Alloc {
  return b.emitAlloc(fb.block, fb.runtimeType('hiter', pos), false, 'iter', pos);
}
