// Composite literals (spec "Composite literals"): struct literals (keyed or positional), array literals including
// `[...]T{}` whose length comes from the elements, slice literals and map literals, with elided element types
// (`[]T{{...}}`, `[]*T{{...}}`), constant keys/indices, duplicate detection and gc's wording for the errors.

import type * as ast from '../syntax/ast.ts';
import { assignment } from './assign.ts';
import type { Checker, Operand } from './checker.ts';
import { valueString } from './constexpr.ts';
import { expr } from './expr.ts';
import { checkIndex } from './index.ts';
import { indexOfName, samePackage } from './lookup.ts';
import { isExported } from './predicates.ts';
import { ArrayType, Typ, type Type } from './types.ts';
import { coreUnder } from './typeset.ts';
import { typExpr, varType } from './typexpr.ts';

/** elementValue checks one element value, passing the element type as hint for elided composite literal types. */
function elementValue(c: Checker, e: ast.Expr, elem: Type, context: string): void {
  const x = expr(c, e, elem);
  assignment(c, x, elem, context);
}

/** compositeLit checks `T{elts}`; hint is the element type of an enclosing literal when T is elided. */
export function compositeLit(c: Checker, x: Operand, e: ast.CompositeLit, hint: Type | undefined): void {
  let typ: Type;
  let base: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len?.kind === 'Ellipsis') {
      const elem = varType(c, e.type.elt);
      const n = indexedElts(c, e.elts, elem, -1);
      typ = new ArrayType(elem, n);
      c.recordTypeExpr(e.type, typ);
      x.mode = 'value';
      x.type = typ;
      return;
    }
    typ = typExpr(c, e.type);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    const u = coreUnder(typ);
    if (u.kind === 'Pointer') base = u.elem; // `{...}` stands for `&T{...}`
  } else {
    c.error(e.pos, 'invalid composite literal type: missing type');
    for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el);
    c.invalid(x);
    return;
  }
  const u = coreUnder(base);
  switch (u.kind) {
    case 'Struct': {
      if (e.elts.length === 0) break;
      const fields = u.fields;
      if (e.elts[0]!.kind === 'KeyValueExpr') {
        const seen = new Set<number>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            c.error(el.pos, 'mixture of field:value and value elements in struct literal');
            expr(c, el);
            continue;
          }
          if (el.key.kind !== 'Ident') {
            c.error(el.key.pos, `invalid field name ${c.exprStr(el.key)} in struct literal`);
            expr(c, el.value);
            continue;
          }
          const i = indexOfName(fields, el.key.name, isExported(el.key.name), c.pkg);
          if (i < 0) {
            c.error(el.key.pos, `unknown field '${el.key.name}' in struct literal of type ${c.typeStr(base)}`);
            expr(c, el.value);
            continue;
          }
          const f = fields[i]!;
          c.recordUse(el.key, f);
          if (seen.has(i)) {
            c.error(el.key.pos, `duplicate field name ${el.key.name} in struct literal`);
            expr(c, el.value);
            continue;
          }
          seen.add(i);
          elementValue(c, el.value, f.type, 'struct literal');
        }
      } else {
        let bad = false;
        e.elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            c.error(el.pos, 'mixture of field:value and value elements in struct literal');
            expr(c, el.value);
            bad = true;
            return;
          }
          if (i >= fields.length) {
            if (i === fields.length) c.error(el.pos, `too many values in ${c.typeStr(base)}{…}`);
            expr(c, el);
            bad = true;
            return;
          }
          const f = fields[i]!;
          if (!isExported(f.name) && !samePackage(f.pkg, c.pkg)) {
            expr(c, el, f.type);
            c.error(el.pos, `implicit assignment to unexported field ${f.name} in ${c.typeStr(typ)} literal`);
            return;
          }
          elementValue(c, el, f.type, 'struct literal');
        });
        if (!bad && e.elts.length < fields.length) {
          c.error(e.rbrace, `too few values in ${c.typeStr(base)}{…}`);
        }
      }
      break;
    }
    case 'Array':
      indexedElts(c, e.elts, u.elem, u.len);
      break;
    case 'Slice':
      indexedElts(c, e.elts, u.elem, -1);
      break;
    case 'Map': {
      const seen = new Map<string, boolean>();
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          c.error(el.pos, 'missing key in map literal');
          expr(c, el);
          continue;
        }
        const k = expr(c, el.key, u.key);
        assignment(c, k, u.key, 'map literal');
        if (k.mode === 'constant' && k.val) {
          const key = c.typeStr(k.type) + ':' + valueString(k.val);
          if (seen.has(key)) c.error(el.key.pos, `duplicate key ${c.exprStr(el.key)} in map literal`);
          seen.set(key, true);
        }
        elementValue(c, el.value, u.elem, 'map literal');
      }
      break;
    }
    default:
      if (base.kind === 'Named' && base.underlyingType === undefined) {
        // The literal's type is still being declared (`type T [len(T{})]int`, or an instance of a generic type being
        // declared, whose underlying type cannot be expanded yet): gc's stop-gap for such cycles.
        c.error(e.pos, 'illegal cycle in type declaration');
      } else if (u !== Typ.Invalid) c.error(e.pos, `invalid composite literal type ${c.typeStr(typ)}`);
      for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el);
      c.invalid(x);
      return;
  }
  x.mode = 'value';
  x.type = typ;
}

/** indexedElts checks array/slice literal elements and returns the literal's length (max index + 1). */
function indexedElts(c: Checker, elts: ast.Expr[], elem: Type, length: number): number {
  const visited = new Set<number>();
  let index = 0;
  let max = 0;
  for (const el of elts) {
    let valid = false;
    let value = el;
    if (el.kind === 'KeyValueExpr') {
      const i = checkIndex(c, el.key, length);
      if (i >= 0) {
        index = i;
        valid = true;
      } else if (i === -1) c.error(el.key.pos, `index ${c.exprStr(el.key)} must be integer constant`);
      value = el.value;
    } else if (length >= 0 && index >= length) {
      c.error(el.pos, `index ${index} is out of bounds (>= ${length})`);
    } else valid = true;
    if (valid) {
      const at = el.kind === 'KeyValueExpr' ? el.colon : el.pos;
      if (visited.has(index)) c.error(at, `duplicate index ${index} in array or slice literal`);
      visited.add(index);
    }
    elementValue(c, value, elem, 'array or slice literal');
    index++;
    if (index > max) max = index;
  }
  return max;
}
