// Implicit conversion of untyped operands, after go/types' implicitTypeAndValue/convertUntyped/updateExprType: an
// untyped constant or untyped non-constant value (a comparison result, a non-constant shift of an untyped constant)
// takes its final type from the context. When it does, the types recorded for the whole untyped expression tree are
// updated, so Info holds the typed type (e.g. `var x uint8 = 3` records the constant 3 with type uint8).

import type * as ast from '../syntax/ast.ts';
import type { Checker, Operand, UntypedInfo } from './checker.ts';
import type { ConstValue } from './constant.ts';
import { representable, valueString } from './constexpr.ts';
import { completeInterface } from './interfaces.ts';
import { defaultType, isTyped, isUntypedType } from './predicates.ts';
import { BasicInfo, hasInfo, Typ, type Basic, type Type } from './types.ts';
import { allTerms } from './typeset.ts';

/** ImplicitResult is the outcome of implicitType: the new type, or why the conversion fails. */
export type ImplicitResult =
  | { type: Type; value?: ConstValue }
  | { type: undefined; why: 'overflows' | 'truncated' | 'cannot' };

const untypedRank = (t: Basic): number =>
  t.name === 'untyped int' ? 1 : t.name === 'untyped rune' ? 2 : t.name === 'untyped float' ? 3 : t.name === 'untyped complex' ? 4 : 0;

/**
 * implicitType returns the type an untyped operand x takes in a context requiring type target and, for a constant
 * converted to a basic type, its value rounded to that type (as go/types' implicitTypeAndValue).
 */
export function implicitType(c: Checker, x: Operand, target: Type): ImplicitResult {
  if (x.mode === 'invalid' || isTyped(x.type) || target === Typ.Invalid) return { type: x.type };
  const xt = x.type as Basic;
  if (isUntypedType(target)) {
    if (xt.info & BasicInfo.IsNumeric && target.info & BasicInfo.IsNumeric) {
      return { type: untypedRank(xt) >= untypedRank(target) ? xt : target };
    }
    return xt === target ? { type: target } : { type: undefined, why: 'cannot' };
  }
  if (target.kind === 'TypeParam') {
    // Every type in the type set must accept x; x then takes the type parameter itself as its type.
    // A failure is always 'cannot' (types2: _InvalidUntypedConversion), never an overflow of one term.
    const ok = allTerms(target, (term) => implicitType(c, x, term).type !== undefined);
    return ok ? { type: target } : { type: undefined, why: 'cannot' };
  }
  const u = target.underlying();
  switch (u.kind) {
    case 'Basic': {
      if (x.mode === 'constant' && x.val) {
        const r = representable(x.val, u, c.sizes);
        return r.ok ? { type: target, value: r.value } : { type: undefined, why: r.why };
      }
      if (xt === Typ.UntypedNil) return u === Typ.UnsafePointer ? { type: target } : { type: undefined, why: 'cannot' };
      const ok =
        (xt.name === 'untyped bool' && (u.info & BasicInfo.IsBoolean) !== 0) ||
        ((xt.info & BasicInfo.IsNumeric) !== 0 && (u.info & BasicInfo.IsNumeric) !== 0) ||
        (xt.name === 'untyped string' && (u.info & BasicInfo.IsString) !== 0);
      return ok ? { type: target } : { type: undefined, why: 'cannot' };
    }
    case 'Interface':
      if (xt === Typ.UntypedNil) return { type: target };
      if (completeInterface(u).length > 0) return { type: undefined, why: 'cannot' };
      return { type: defaultType(xt) };
    case 'Pointer':
    case 'Signature':
    case 'Slice':
    case 'Map':
    case 'Chan':
      return xt === Typ.UntypedNil ? { type: target } : { type: undefined, why: 'cannot' };
    default:
      return { type: undefined, why: 'cannot' };
  }
}

/**
 * convertUntyped converts an untyped operand to target (or, for interface targets, to its default type). On failure
 * it reports in gc's words and invalidates x. `context` (e.g. 'assignment') selects the `cannot use ... as T value in
 * context` wording; without it the error is `cannot convert x to type T` / `x overflows T`.
 */
export function convertUntyped(c: Checker, x: Operand, target: Type, context?: string): void {
  if (x.mode === 'invalid' || isTyped(x.type)) return;
  const r = implicitType(c, x, target);
  if (r.type === undefined) {
    if (context) {
      const suffix = r.why === 'cannot' ? '' : ` (${r.why})`;
      c.error(x.expr.pos, `cannot use ${c.operandStr(x)} as ${c.typeStr(target)} value in ${context}${suffix}`);
    } else {
      const ts = c.typeStr(target.kind === 'TypeParam' ? target : target.underlying());
      if (r.why === 'truncated') c.error(x.expr.pos, `${c.operandStr(x)} truncated to ${ts}`);
      else if (r.why === 'overflows') c.error(x.expr.pos, `${c.operandStr(x)} overflows ${ts}`);
      else c.error(x.expr.pos, `cannot convert ${c.operandStr(x)} to ${ts}`); // types2's invalidConversion: no `type`
    }
    c.invalid(x);
    return;
  }
  setType(c, x, r.type, r.value);
}

/**
 * setType gives an untyped operand its final type, rounding its constant value (unless the caller passes the value
 * already rounded to t) and updating recorded types.
 */
export function setType(c: Checker, x: Operand, t: Type, value?: ConstValue): void {
  if (x.mode === 'constant' && x.val) {
    if (value !== undefined) {
      x.val = value;
    } else {
      const u = t.underlying();
      if (u.kind === 'Basic') {
        const r = representable(x.val, u, c.sizes);
        if (r.ok) x.val = r.value;
      }
    }
  }
  // As in go/types, an untyped operand whose type does not change needs no update of its tree (a chain of untyped
  // non-constant operands would otherwise be walked once per operand).
  if (x.type === t && isUntypedType(t)) return;
  x.type = t;
  updateExprType(c, x.expr, t, !isUntypedType(t), x.mode === 'constant' ? x.val : undefined);
}

/** defaultConvert converts an untyped operand to its default type (`x := 1` makes an int). */
export function defaultConvert(c: Checker, x: Operand): void {
  if (x.mode === 'invalid' || isTyped(x.type)) return;
  if (x.type === Typ.UntypedNil) return;
  convertUntyped(c, x, defaultType(x.type));
}

/**
 * validIndex checks operand x as an index, size or length argument (types2's isValidIndex): an untyped constant
 * becomes an int, the type must be an integer type (every type in a type parameter's set), and a constant must not be
 * negative (unless allowNegative) and must fit in int. Errors read `invalid argument: <what> x must be integer`
 * (`must not be negative`, `overflows int`); x is invalidated on failure.
 */
export function validIndex(c: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === 'invalid') return false;
  convertUntyped(c, x, Typ.int);
  if (c.failed(x)) return false;
  if (!hasInfo(x.type, BasicInfo.IsInteger)) {
    c.error(x.expr.pos, `invalid argument: ${what} ${c.operandStr(x)} must be integer`);
    c.invalid(x);
    return false;
  }
  if (x.mode === 'constant' && x.val?.kind === 'int') {
    if (!allowNegative && x.val.value < 0n) {
      c.error(x.expr.pos, `invalid argument: ${what} ${c.operandStr(x)} must not be negative`);
      c.invalid(x);
      return false;
    }
    if (!representable(x.val, Typ.int, c.sizes).ok) {
      c.error(x.expr.pos, `invalid argument: ${what} ${c.operandStr(x)} overflows int`);
      c.invalid(x);
      return false;
    }
  }
  return true;
}

/**
 * updateExprType propagates the final (or a larger untyped) type down an untyped expression tree, as go/types does,
 * and records the expressions whose type is now final. The tree is walked with an explicit stack (a constant chain
 * `"a" + "b" + ...` can be tens of thousands of operands deep); each node is then updated after its operands.
 */
export function updateExprType(c: Checker, root: ast.Expr, t: Type, final: boolean, rootValue?: ConstValue): void {
  const top = c.pendingUntyped(root);
  if (!top) return;
  // Most untyped trees are a single literal or constant name: update it without the walk's arrays.
  if (root.kind !== 'ParenExpr' && root.kind !== 'UnaryExpr' && root.kind !== 'BinaryExpr') {
    updateOne(c, root, top, t, final, rootValue);
    return;
  }
  const order: ast.Expr[] = [];
  const infos: UntypedInfo[] = []; // infos[i] is order[i]'s pending entry
  const stack: ast.Expr[] = [root];
  let shifts: Map<ast.Expr, ast.Expr> | undefined; // a shift's left operand -> the shift (named in its error)
  while (stack.length > 0) {
    const e = stack.pop()!;
    const old = e === root ? top : c.pendingUntyped(e);
    if (!old) continue;
    order.push(e);
    infos.push(old);
    switch (e.kind) {
      case 'ParenExpr':
        stack.push(e.x);
        break;
      case 'UnaryExpr':
        if (old.value === undefined) stack.push(e.x);
        break;
      case 'BinaryExpr':
        if (old.value !== undefined || isComparison(e.op)) break;
        if (e.op !== '<<' && e.op !== '>>') stack.push(e.y);
        else (shifts ??= new Map()).set(e.x, e);
        stack.push(e.x);
        break;
      default:
        break;
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i]!;
    updateOne(c, e, infos[i]!, t, final, e === root ? rootValue : undefined, shifts?.get(e));
  }
}

function isComparison(op: ast.BinaryOp): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/**
 * updateOne updates the recorded type of one untyped expression whose operands are already updated; a shift's left
 * operand that ends up non-integer is reported with the shift (gc: `invalid operation: 1 << s (shift of type float64)`).
 */
function updateOne(
  c: Checker, e: ast.Expr, old: UntypedInfo, t: Type, final: boolean, value: ConstValue | undefined, shift?: ast.Expr,
): void {
  if (!final && isUntypedType(t)) {
    old.type = t.underlying();
    return;
  }
  old.pending = false;
  if (old.isLhs) {
    const u = t.underlying();
    if (!(u.kind === 'Basic' && (u.info & BasicInfo.IsInteger) !== 0)) {
      c.error(e.pos, `invalid operation: ${c.exprStr(shift ?? e)} (shift of type ${c.typeStr(t)})`);
      c.info.types.delete(e); // as go/types: the erroneous operand gets no final record
      return;
    }
  }
  let val = value ?? old.value;
  const u = t.underlying();
  if (value === undefined && val && u.kind === 'Basic') {
    const r = representable(val, u, c.sizes);
    if (r.ok) val = r.value;
  }
  old.type = t;
  old.value = val;
}

/** markLhsShift marks an untyped shift operand: it must end up with an integer type. */
export function markLhsShift(c: Checker, e: ast.Expr): void {
  const u = c.pendingUntyped(e);
  if (u) u.isLhs = true;
}

/** constString renders a constant value for messages (re-exported for the other checker files). */
export const constString = valueString;
