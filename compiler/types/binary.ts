// Binary expressions (spec "Arithmetic operators", "Comparison operators", "Logical operators", shifts): matching an
// untyped operand to the other side's type, the operator's operand-type predicates, exact constant folding with
// overflow checks (`c + 1 (constant 256 of type uint8) overflows uint8`), division by zero, comparisons of comparable
// and ordered types, and shifts with constant and non-constant counts (a non-constant shift of an untyped constant
// takes its type from the context, checked when that type becomes final).

import type * as ast from '../syntax/ast.ts';
import type { Checker, Operand } from './checker.ts';
import { makeBool, type ConstValue } from './constant.ts';
import { assignableTo } from './assign.ts';
import {
  binaryOp, compare, complexDivisorUnderflows, isZero, representable, shift as constShift, toIntValue,
  type ConstOp,
} from './constexpr.ts';
import { bitLength } from './bigfloat.ts';
import { expr } from './expr.ts';
import { convertUntyped, markLhsShift, updateExprType } from './operand.ts';
import { comparable, defaultType, hasNil, identical, isTyped, isUntypedType } from './predicates.ts';
import { BasicInfo, Typ, hasInfo, type Type } from './types.ts';
import { typeSetOf } from './typeset.ts';

const is = (t: Type, flags: number): boolean => hasInfo(t, flags);
const isInt = (t: Type): boolean => is(t, BasicInfo.IsInteger);

/** opName names a constant operation for `constant addition overflow`. */
const opNames: Partial<Record<ast.BinaryOp, string>> = {
  '+': 'addition', '-': 'subtraction', '*': 'multiplication', '^': 'bitwise XOR', '<<': 'shift',
};

/**
 * overflow checks a constant result: typed constants must be representable, untyped ints stay below 512 bits. op
 * names the operation for the message (`constant bitwise complement overflow` for a unary `^`).
 */
export function overflow(c: Checker, x: Operand, opPos: number, op?: string, unary = false): void {
  if (x.mode !== 'constant' || !x.val || x.val.kind === 'unknown') return;
  if (isTyped(x.type)) {
    const u = x.type.underlying();
    if (u.kind !== 'Basic') return;
    const r = representable(x.val, u, c.sizes);
    if (!r.ok) {
      c.error(x.expr.pos, `${c.operandStr(x)} ${r.why === 'truncated' ? 'truncated to' : 'overflows'} ${c.typeStr(x.type)}`);
      c.invalid(x);
      return;
    }
    x.val = r.value;
    return;
  }
  if (x.val.kind === 'int' && bitLength(x.val.value) > 512) {
    const name = unary ? (op === '^' ? 'bitwise complement' : undefined) : op ? opNames[op as ast.BinaryOp] : undefined;
    c.error(opPos, `constant ${name ? name + ' ' : ''}overflow`);
    c.invalid(x);
  }
}

function binaryPredicate(op: ast.BinaryOp, t: Type): boolean {
  switch (op) {
    case '+':
      return is(t, BasicInfo.IsNumeric | BasicInfo.IsString);
    case '-':
    case '*':
    case '/':
      return is(t, BasicInfo.IsNumeric);
    case '%':
    case '&':
    case '|':
    case '^':
    case '&^':
      return isInt(t);
    case '&&':
    case '||':
      return is(t, BasicInfo.IsBoolean);
    default:
      return true;
  }
}

function isNil(x: Operand): boolean {
  return x.type === Typ.UntypedNil || (x.expr.kind === 'Ident' && x.expr.name === 'nil' && x.mode === 'value');
}

function mayConvert(x: Operand, y: Operand): boolean {
  if (isTyped(x.type) && isTyped(y.type)) return false;
  if (x.type.kind === 'TypeParam' || y.type.kind === 'TypeParam') return true;
  if (x.type.underlying().kind === 'Interface' || y.type.underlying().kind === 'Interface') return true;
  if (is(x.type, BasicInfo.IsBoolean) !== is(y.type, BasicInfo.IsBoolean)) return false;
  if (is(x.type, BasicInfo.IsString) !== is(y.type, BasicInfo.IsString)) return false;
  if (isNil(x)) return hasNil(y.type);
  if (isNil(y)) return hasNil(x.type);
  if (x.type.underlying().kind === 'Pointer' || y.type.underlying().kind === 'Pointer') return false;
  return true;
}

/** matchTypes converts an untyped operand to the other operand's type where the spec allows it. */
function matchTypes(c: Checker, x: Operand, y: Operand): boolean {
  if (!mayConvert(x, y)) return true;
  convertUntyped(c, x, y.type);
  if (x.mode === 'invalid') return false;
  convertUntyped(c, y, x.type);
  if (y.mode === 'invalid') {
    c.invalid(x);
    return false;
  }
  return true;
}

/** binary checks `lhs op rhs` (also the `x op= y` and `x++` statements); the result is recorded for e. */
export function binary(c: Checker, e: ast.Expr, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp, opPos: number): Operand {
  return binaryOperands(c, e, expr(c, lhs), expr(c, rhs), op, opPos);
}

/**
 * binaryChain checks a binary expression without JS recursion along its left operands: a left-deep chain
 * `a + b + c + ...` (tzdata.go's 20,000-term string constant) is collected into an array and folded left to right,
 * recording the type of every intermediate BinaryExpr as rawExpr would. The caller records e itself.
 */
export function binaryChain(c: Checker, e: ast.BinaryExpr): Operand {
  const spine: ast.BinaryExpr[] = [];
  let leftmost: ast.Expr = e;
  while (leftmost.kind === 'BinaryExpr') {
    spine.push(leftmost);
    leftmost = leftmost.x;
  }
  let x = expr(c, leftmost);
  for (let i = spine.length - 1; i >= 0; i--) {
    const b = spine[i]!;
    x = binaryOperands(c, b, x, expr(c, b.y), b.op, b.opPos);
    x.expr = b;
    if (i > 0) c.record(x);
  }
  return x;
}

/** binaryOperands combines the checked operands x and y of `x op y` (e); x becomes the result. */
export function binaryOperands(c: Checker, e: ast.Expr, x: Operand, y: Operand, op: ast.BinaryOp, opPos: number): Operand {
  if (x.mode === 'invalid') return x;
  if (y.mode === 'invalid') {
    c.invalid(x);
    return x;
  }
  if (op === '<<' || op === '>>') {
    shift(c, x, y, e, op, opPos);
    return x;
  }
  if (!matchTypes(c, x, y)) return x;
  if (['==', '!=', '<', '<=', '>', '>='].includes(op)) {
    comparison(c, x, y, e, op as CmpOp);
    return x;
  }
  if (!identical(x.type, y.type)) {
    if (x.type !== Typ.Invalid && y.type !== Typ.Invalid) {
      c.error(e.pos, `invalid operation: ${c.exprStr(e)} (mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)})`);
    }
    c.invalid(x);
    return x;
  }
  if (!binaryPredicate(op, x.type)) {
    c.error(x.expr.pos, `invalid operation: operator ${op} not defined on ${c.operandStr(x)}`);
    c.invalid(x);
    return x;
  }
  if (
    (op === '/' || op === '%') && (x.mode === 'constant' || isInt(x.type)) && y.mode === 'constant' && y.val &&
    (isZero(y.val) || (x.mode === 'constant' && complexDivisorUnderflows(y.val)))
  ) {
    c.error(y.expr.pos, 'invalid operation: division by zero');
    c.invalid(x);
    return x;
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
    const real = (v: ConstValue): boolean => v.kind === 'int' || v.kind === 'float' || v.kind === 'bigfloat';
    const known = real(x.val) && real(y.val);
    x.val = binaryOp(x.val, op as ConstOp, y.val, isInt(x.type));
    x.expr = e;
    if (known && x.val.kind === 'unknown') {
      // An exponent beyond big.Float's range (1e+500000000 * 1e+500000000).
      c.error(opPos, 'constant result is not representable');
      c.invalid(x);
      return x;
    }
    overflow(c, x, opPos, op);
    return x;
  }
  x.mode = 'value';
  x.val = undefined;
  x.expr = e;
  return x;
}

type CmpOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** kindString names a type's kind in `operator < not defined on struct`. */
function kindString(c: Checker, t: Type): string {
  if (t.kind === 'TypeParam') return `type parameter ${c.typeStr(t)}`;
  const u = t.underlying();
  switch (u.kind) {
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    default: return c.typeStr(t);
  }
}

function comparison(c: Checker, x: Operand, y: Operand, e: ast.Expr, op: CmpOp): void {
  let errOp = x;
  let cause = '';
  let ok = assignableTo(c, x, y.type)[0] || assignableTo(c, y, x.type)[0];
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.typeStr(x.type)} and ${c.typeStr(y.type)}`;
  } else if (op === '==' || op === '!=') {
    if (isNil(x) || isNil(y)) {
      const t = isNil(x) ? y.type : x.type;
      if (!hasNil(t) && t !== Typ.UntypedNil) {
        errOp = y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      ok = false;
      cause = incomparableCause(c, x.type);
    } else if (!comparable(y.type)) {
      errOp = y;
      ok = false;
      cause = incomparableCause(c, y.type);
    }
  } else if (!is(x.type, BasicInfo.IsOrdered)) {
    ok = false;
  } else if (!is(y.type, BasicInfo.IsOrdered)) {
    errOp = y;
    ok = false;
  }
  if (!ok) {
    if (!cause && (x.type.kind === 'TypeParam' || y.type.kind === 'TypeParam')) {
      if (x.type.kind !== 'TypeParam') errOp = y;
      cause = `type parameter ${c.typeStr(errOp.type)} is not comparable with ${op}`;
    }
    if (!cause) cause = `operator ${op} not defined on ${kindString(c, errOp.type)}`;
    c.error(errOp.expr.pos, `invalid operation: ${c.exprStr(x.expr)} ${op} ${c.exprStr(y.expr)} (${cause})`);
    c.invalid(x);
    return;
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.val && y.val) {
    x.val = makeBool(compare(x.val, op, y.val));
  } else {
    x.mode = 'value';
    x.val = undefined;
    updateExprType(c, x.expr, defaultType(x.type), true);
    updateExprType(c, y.expr, defaultType(y.type), true);
  }
  x.type = Typ.UntypedBool;
  x.expr = e;
}

/** incomparableCause explains why == is not defined on t, in types2's words. */
export function incomparableCause(c: Checker, t: Type): string {
  if (t.kind === 'TypeParam') {
    const ts = typeSetOf(t);
    return ts?.terms?.length === 0 ? 'empty type set' : 'incomparable types in type set';
  }
  const u = t.underlying();
  switch (u.kind) {
    case 'Slice':
    case 'Signature':
    case 'Map':
      return `${kindString(c, t)} can only be compared to nil`;
    case 'Struct': {
      const f = u.fields.find((g) => !comparable(g.type));
      return f ? `struct containing ${c.typeStr(f.type)} cannot be compared` : `operator == not defined on struct`;
    }
    case 'Array':
      return `${c.typeStr(u)} cannot be compared`;
    default:
      return `operator == not defined on ${kindString(c, t)}`;
  }
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.Expr, op: '<<' | '>>', opPos: number): void {
  const xval = x.mode === 'constant' && x.val ? toIntValue(x.val) : undefined;
  const untypedValue = isUntypedType(x.type) && x.mode !== 'constant' && is(x.type, BasicInfo.IsNumeric);
  if (untypedValue) markLhsShift(c, x.expr);
  if (!(isInt(x.type) || untypedValue || (isUntypedType(x.type) && xval !== undefined))) {
    c.error(x.expr.pos, `invalid operation: shifted operand ${c.operandStr(x)} must be integer`);
    c.invalid(x);
    return;
  }
  let yval: bigint | undefined;
  if (y.mode === 'constant' && y.val) {
    const yi = toIntValue(y.val);
    if (yi && yi.kind === 'int' && yi.value < 0n) {
      c.error(y.expr.pos, `invalid operation: negative shift count ${c.operandStr(y)}`);
      c.invalid(x);
      return;
    }
    if (isUntypedType(y.type)) {
      const r = representable(y.val, Typ.uint, c.sizes);
      if (!r.ok) {
        // types2's representable without a context: `1.5 (untyped float constant) truncated to uint`.
        const ys = c.operandStr(y);
        if (r.why === 'cannot') c.error(y.expr.pos, `cannot convert ${ys} to uint`);
        else if (r.why === 'truncated') c.error(y.expr.pos, `${ys} truncated to uint`);
        else c.error(y.expr.pos, `${ys} overflows uint`);
        c.invalid(x);
        return;
      }
      convertUntyped(c, y, Typ.uint);
    } else if (!isInt(y.type)) {
      c.error(y.expr.pos, `invalid operation: shift count ${c.operandStr(y)} must be integer`);
      c.invalid(x);
      return;
    }
    if (yi && yi.kind === 'int') yval = yi.value;
  } else if (isUntypedType(y.type)) {
    convertUntyped(c, y, Typ.uint);
    if (y.mode === 'invalid') {
      c.invalid(x);
      return;
    }
  } else if (!isInt(y.type)) {
    c.error(y.expr.pos, `invalid operation: shift count ${c.operandStr(y)} must be integer`);
    c.invalid(x);
    return;
  }
  if (x.mode === 'constant') {
    if (yval !== undefined && xval) {
      if (yval > 1074n) {
        c.error(y.expr.pos, `invalid operation: invalid shift count ${c.operandStr(y)}`);
        c.invalid(x);
        return;
      }
      if (!isInt(x.type)) x.type = Typ.UntypedInt;
      x.val = constShift(xval, op, Number(yval));
      x.expr = e;
      overflow(c, x, opPos, op);
      return;
    }
    if (isUntypedType(x.type)) {
      markLhsShift(c, x.expr);
      x.mode = 'value';
      x.val = undefined;
      x.expr = e;
      return;
    }
  }
  if (!isInt(x.type) && !untypedValue) {
    c.error(x.expr.pos, `invalid operation: shifted operand ${c.operandStr(x)} must be integer`);
    c.invalid(x);
    return;
  }
  x.mode = 'value';
  x.val = undefined;
  x.expr = e;
}
