// Builtin function calls: len and cap (constant for strings constants and arrays without calls or receives), new,
// make, append, copy, delete, panic, print, println, recover, complex/real/imag, and package unsafe's Sizeof, Alignof,
// Offsetof (computed with the target's Sizes) and Add. Each builtin checks its argument count with gc's wording
// (`not enough arguments for len() (expected 1, found 0)`) and its argument types.

import type * as ast from '../syntax/ast.ts';
import { assignableTo, assignment } from './assign.ts';
import { moreBuiltinCall } from './builtins_more.ts';
import type { Checker, Operand } from './checker.ts';
import { makeInt } from './constant.ts';
import { argOperands } from './call.ts';
import { reportSizeCycle } from './cycles.ts';
import { expr, rawExpr } from './expr.ts';
import { lookupFieldOrMethod } from './lookup.ts';
import type { BuiltinId } from './objects.ts';
import { convertUntyped, defaultConvert, validIndex } from './operand.ts';
import { identical, isUntypedType } from './predicates.ts';
import { sizeBlocker } from './sizes.ts';
import { emptyInterface, emptyInterfaceLit } from './universe.ts';
import { BasicInfo, Pointer, Slice, Tuple, Typ, type Type } from './types.ts';
import { coreString, coreType, coreUnder, underIs } from './typeset.ts';
import { varType } from './typexpr.ts';

interface BuiltinSpec {
  nargs: number;
  variadic: boolean;
}

const specs: Record<BuiltinId, BuiltinSpec> = {
  append: { nargs: 1, variadic: true },
  cap: { nargs: 1, variadic: false },
  clear: { nargs: 1, variadic: false },
  close: { nargs: 1, variadic: false },
  complex: { nargs: 2, variadic: false },
  copy: { nargs: 2, variadic: false },
  delete: { nargs: 2, variadic: false },
  imag: { nargs: 1, variadic: false },
  len: { nargs: 1, variadic: false },
  make: { nargs: 1, variadic: true },
  max: { nargs: 1, variadic: true },
  min: { nargs: 1, variadic: true },
  new: { nargs: 1, variadic: false },
  panic: { nargs: 1, variadic: false },
  print: { nargs: 0, variadic: true },
  println: { nargs: 0, variadic: true },
  real: { nargs: 1, variadic: false },
  recover: { nargs: 0, variadic: false },
  Add: { nargs: 2, variadic: false },
  Alignof: { nargs: 1, variadic: false },
  Offsetof: { nargs: 1, variadic: false },
  Sizeof: { nargs: 1, variadic: false },
  Slice: { nargs: 2, variadic: false },
  SliceData: { nargs: 1, variadic: false },
  String: { nargs: 2, variadic: false },
  StringData: { nargs: 1, variadic: false },
};

/** hasCallOrRecv reports whether an expression contains a (non-conversion) call or a receive (len is then not constant). */
function hasCallOrRecv(c: Checker, e: ast.Expr): boolean {
  let found = false;
  const visit = (n: ast.Expr | undefined): void => {
    if (!n || found) return;
    switch (n.kind) {
      case 'CallExpr': {
        const tv = c.info.types.get(n.fun);
        if (!tv || tv.mode !== 'typexpr') found = true;
        else n.args.forEach(visit);
        return;
      }
      case 'UnaryExpr':
        if (n.op === '<-') found = true;
        else visit(n.x);
        return;
      case 'ParenExpr':
      case 'StarExpr':
        visit(n.x);
        return;
      case 'SelectorExpr':
        visit(n.x);
        return;
      case 'IndexExpr':
        visit(n.x);
        n.indices.forEach(visit);
        return;
      case 'BinaryExpr':
        visit(n.x);
        visit(n.y);
        return;
      case 'CompositeLit':
        n.elts.forEach(visit);
        return;
      case 'KeyValueExpr':
        visit(n.value);
        return;
      default:
        return;
    }
  };
  visit(e);
  return found;
}

function invalidArg(c: Checker, x: Operand, id: string): void {
  c.error(x.expr.pos, `invalid argument: ${c.operandStr(x)} for ${id}`);
}

/** lenCapOk reports whether len (or cap) applies to a value of underlying type u (one type of a type set). */
function lenCapOk(id: 'len' | 'cap', u: Type): boolean {
  if (u.kind === 'Pointer' && u.elem.underlying().kind === 'Array') return true;
  switch (u.kind) {
    case 'Basic':
      return id === 'len' && (u.info & BasicInfo.IsString) !== 0;
    case 'Array':
    case 'Slice':
    case 'Chan':
      return true;
    case 'Map':
      return id === 'len';
    default:
      return false;
  }
}

/** builtinCall checks a call of a builtin or unsafe function; x becomes the result. */
export function builtinCall(c: Checker, x: Operand, e: ast.CallExpr, id: BuiltinId): void {
  const spec = specs[id];
  // As go/types: the arguments of every builtin but those taking a type or a selector are evaluated once up front,
  // a single multi-value call spread into its results (`copy(f())`, `copy(p.two())`), and counted from the result.
  const special = id === 'make' || id === 'new' || id === 'Offsetof' || id === 'Sizeof' || id === 'Alignof';
  const args = special ? [] : argOperands(c, e.args);
  const n = special ? e.args.length : args.length;
  let msg = '';
  if (n < spec.nargs) msg = 'not enough';
  else if (!spec.variadic && n > spec.nargs) msg = 'too many';
  if (msg) {
    if (special) for (const a of e.args) rawExpr(c, a);
    c.error(e.rparen, `invalid operation: ${msg} arguments for ${c.exprStr(e)} (expected ${spec.nargs}, found ${n})`);
    c.invalid(x);
    return;
  }
  if (e.ellipsis && id !== 'append') {
    c.error(e.ellipsis, `invalid operation: invalid use of ... with built-in ${id}`);
    if (special) for (const a of e.args) rawExpr(c, a);
    c.invalid(x);
    return;
  }
  x.val = undefined;
  const result = (t: Type, mode: Operand['mode'] = 'value'): void => {
    x.mode = mode;
    x.type = t;
  };
  switch (id) {
    case 'len':
    case 'cap': {
      const a = args[0]!;
      if (a.mode === 'invalid') return c.invalid(x);
      if (a.type.kind === 'TypeParam') {
        // Every type in the set must have a length (capacity); the result is never constant (go/types' underIs rule).
        if (underIs(a.type, (u) => u !== undefined && lenCapOk(id, u))) return result(Typ.int);
        invalidArg(c, a, id);
        return c.invalid(x);
      }
      let t = a.type.underlying();
      if (t === Typ.Invalid) return c.invalid(x); // reported where the type became invalid
      if (t.kind === 'Pointer' && t.elem.underlying().kind === 'Array') t = t.elem.underlying();
      let ok = false;
      switch (t.kind) {
        case 'Basic':
          if (id === 'len' && (t.info & BasicInfo.IsString) !== 0) {
            ok = true;
            if (a.mode === 'constant' && a.val?.kind === 'string') {
              x.mode = 'constant';
              x.val = makeInt(a.val.value.length);
              x.type = Typ.int;
              return;
            }
            if (isUntypedType(a.type)) defaultConvert(c, a);
          }
          break;
        case 'Array':
          ok = true;
          if (!hasCallOrRecv(c, e.args[0]!)) {
            x.mode = 'constant';
            x.val = makeInt(t.len);
            x.type = Typ.int;
            return;
          }
          break;
        case 'Slice':
        case 'Chan':
          ok = true;
          break;
        case 'Map':
          ok = id === 'len';
          break;
        default:
          break;
      }
      if (!ok) {
        invalidArg(c, a, id);
        return c.invalid(x);
      }
      return result(Typ.int);
    }
    case 'new': {
      const t = varType(c, e.args[0]!);
      if (t === Typ.Invalid) return c.invalid(x);
      return result(new Pointer(t));
    }
    case 'make': {
      const t = varType(c, e.args[0]!);
      if (t === Typ.Invalid) return c.invalid(x);
      const u = coreType(t);
      let min = 1;
      if (u?.kind === 'Slice') min = 2;
      else if (u === undefined || (u.kind !== 'Map' && u.kind !== 'Chan')) {
        const why = u === undefined ? ': no core type' : '; type must be slice, map, or channel';
        c.error(e.args[0]!.pos, `invalid argument: cannot make ${c.exprStr(e.args[0]!)}${why}`);
        for (const a of e.args.slice(1)) expr(c, a);
        return c.invalid(x);
      }
      if (n < min || n > (u.kind === 'Slice' ? 3 : 2)) {
        c.error(e.pos, `invalid operation: ${c.exprStr(e)} expects ${min} or ${min + 1} arguments; found ${n}`);
        return c.invalid(x);
      }
      for (const a of e.args.slice(1)) sizeArg(c, a);
      return result(t);
    }
    case 'append': {
      const ops = args;
      const s = ops[0]!;
      if (s.mode === 'invalid') return c.invalid(x);
      const su = coreType(s.type);
      if (su?.kind !== 'Slice') {
        // gc 1.19's wording, with the cause after the semicolon.
        let cause = `have ${c.operandStr(s)}`;
        if (s.type === Typ.UntypedNil) cause = 'have untyped nil';
        else if (s.type.kind === 'TypeParam') {
          cause = su ? `${c.operandStr(s)} has core type ${c.typeStr(su)}` : `${c.operandStr(s)} has no core type`;
        }
        c.error(s.expr.pos, `first argument to append must be a slice; ${cause}`);
        return c.invalid(x);
      }
      if (e.ellipsis && ops.length === 2) {
        const a = ops[1]!;
        // append([]byte, string...) also takes a type parameter whose set holds only strings and byte slices.
        const as = a.mode === 'invalid' ? undefined : coreString(a.type);
        const bytesFromString =
          assignableTo(c, s, new Slice(Typ.byte))[0] && as?.kind === 'Basic' && (as.info & BasicInfo.IsString) !== 0;
        if (!c.failed(a) && !bytesFromString) assignment(c, a, new Slice(su.elem), 'argument to append');
        else if (bytesFromString) defaultConvert(c, a);
      } else {
        for (const a of ops.slice(1)) assignment(c, a, su.elem, 'argument to append');
      }
      return result(s.type);
    }
    case 'copy': {
      const [d, s] = args as [Operand, Operand];
      if (d.mode === 'invalid' || s.mode === 'invalid') return c.invalid(x);
      const du = coreType(d.type);
      const su = coreString(s.type);
      const srcElem = su?.kind === 'Slice' ? su.elem : su?.kind === 'Basic' && (su.info & BasicInfo.IsString) ? Typ.byte : undefined;
      if (du?.kind !== 'Slice' || !srcElem) {
        c.error(d.expr.pos, `invalid argument: copy expects slice arguments; found ${c.operandStr(d)} and ${c.operandStr(s)}`);
        return c.invalid(x);
      }
      if (!identical(du.elem, srcElem)) {
        c.error(d.expr.pos, `invalid argument: arguments to copy ${c.operandStr(d)} and ${c.operandStr(s)} have different element types ${c.typeStr(du.elem)} and ${c.typeStr(srcElem)}`);
        return c.invalid(x);
      }
      return result(Typ.int);
    }
    case 'delete': {
      // delete(f()) spreads a single two-value call, as copy and complex do (fixedbugs/issue15992.go).
      const [m, k] = args as [Operand, Operand];
      if (m.mode === 'invalid' || k.mode === 'invalid') return c.invalid(x);
      const mu = coreUnder(m.type);
      if (mu.kind !== 'Map') {
        c.error(m.expr.pos, `invalid argument: ${c.operandStr(m)} is not a map`);
        return c.invalid(x);
      }
      assignment(c, k, mu.key, 'argument to delete');
      return result(new Tuple([]), 'novalue');
    }
    case 'panic': {
      const a = args[0]!;
      assignment(c, a, emptyInterface, 'argument to panic');
      return result(new Tuple([]), 'novalue');
    }
    case 'print':
    case 'println': {
      for (const a of args) {
        if (a.mode === 'invalid') continue;
        assignment(c, a, undefined, `argument to ${id}`);
      }
      return result(new Tuple([]), 'novalue');
    }
    case 'recover':
      return result(emptyInterfaceLit);
    case 'close': {
      const ch = args[0]!;
      if (ch.mode === 'invalid') return c.invalid(x);
      const u = coreUnder(ch.type);
      if (u.kind !== 'Chan' || u.dir === 'recv') {
        c.error(ch.expr.pos, `invalid operation: cannot close ${u.kind === 'Chan' ? 'receive-only channel' : 'non-channel'} ${c.operandStr(ch)}`);
        return c.invalid(x);
      }
      return result(new Tuple([]), 'novalue');
    }
    case 'Sizeof':
    case 'Alignof': {
      const a = expr(c, e.args[0]!);
      if (a.mode === 'invalid') return c.invalid(x);
      defaultConvert(c, a);
      if (c.failed(a)) return c.invalid(x);
      const t = a.type;
      return sizedResult(c, x, t, () => (id === 'Sizeof' ? c.sizes.sizeof(t) : c.sizes.alignof(t)));
    }
    case 'Offsetof':
      return offsetof(c, x, e.args[0]!);
    case 'Add': {
      // unsafe.Add(f()) spreads a two-value call (fixedbugs/issue52590.go).
      const [p, off] = args as [Operand, Operand];
      convertUntyped(c, p, Typ.UnsafePointer);
      if (p.mode !== 'invalid' && p.type.underlying() !== Typ.UnsafePointer) {
        c.error(p.expr.pos, `cannot use ${c.operandStr(p)} as type unsafe.Pointer in argument to unsafe.Add`);
      }
      // The offset is a signed int ("length" in types2 1.19).
      if (off.mode !== 'invalid') validIndex(c, off, 'length', true);
      return result(Typ.UnsafePointer);
    }
    case 'complex':
    case 'real':
    case 'imag':
    case 'min':
    case 'max':
    case 'clear':
    case 'Slice':
    case 'SliceData':
    case 'String':
    case 'StringData':
      return moreBuiltinCall(c, x, e, id, args);
  }
}

/** sizeArg checks a size argument of make: an integer (untyped constants become int), non-negative if constant. */
function sizeArg(c: Checker, e: ast.Expr): void {
  validIndex(c, expr(c, e), 'index', false);
}

function offsetof(c: Checker, x: Operand, arg: ast.Expr): void {
  let e = arg;
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'SelectorExpr') {
    rawExpr(c, arg);
    c.error(arg.pos, `invalid argument: ${c.exprStr(arg)} is not a selector expression`);
    return c.invalid(x);
  }
  const base = expr(c, e.x);
  if (base.mode === 'invalid') return c.invalid(x);
  const r = lookupFieldOrMethod(c, base.type, e.sel.name);
  if (!r.obj || r.obj.kind !== 'Var') {
    c.error(arg.pos, r.obj ? `invalid argument: ${c.exprStr(arg)} is a method value` : `${c.exprStr(e)} undefined (type ${c.typeStr(base.type)} has no field or method ${e.sel.name})`);
    return c.invalid(x);
  }
  c.info.selections.set(e, { kind: 'FieldVal', recv: base.type, obj: r.obj, index: r.index, indirect: r.indirect, type: r.obj.type });
  c.recordUse(e.sel, r.obj);
  // As go/types (issue 47895): the selector is a variable only when its base is one or the field is reached indirectly.
  c.info.types.set(e, { mode: base.mode === 'variable' || r.indirect ? 'variable' : 'value', type: r.obj.type });
  // Sum the offsets along the path; an embedded pointer makes the offset relative to another object.
  const baseType: Type = base.type.kind === 'Pointer' ? base.type.elem : base.type;
  let t = baseType;
  const steps: { fields: Type[]; index: number }[] = [];
  for (let i = 0; i < r.index.length; i++) {
    const s = t.underlying();
    if (s.kind !== 'Struct') break;
    const f = s.fields[r.index[i]!]!;
    if (i > 0 && t.kind === 'Pointer') {
      c.error(arg.pos, `invalid argument: field ${e.sel.name} is embedded via a pointer in ${c.typeStr(baseType)}`);
      return c.invalid(x);
    }
    steps.push({ fields: s.fields.map((g) => g.type), index: r.index[i]! });
    t = f.type;
    if (i < r.index.length - 1 && t.kind === 'Pointer') {
      c.error(arg.pos, `invalid argument: field ${e.sel.name} is embedded via a pointer in ${c.typeStr(baseType)}`);
      return c.invalid(x);
    }
  }
  sizedResult(c, x, baseType, () => steps.reduce((off, st) => off + c.sizes.offsetsof(st.fields)[st.index]!, 0));
}

/**
 * sizedResult makes x the result of unsafe.Sizeof, Alignof or Offsetof over a value of type t: the constant compute()
 * when t has a static size, a non-constant uintptr when its size varies with a type parameter (as go/types'
 * hasVarSize), and invalid when t is invalid or still being declared (`type T [unsafe.Sizeof(*new(T))]int`: reported
 * as an invalid recursive type, never sized).
 */
function sizedResult(c: Checker, x: Operand, t: Type, compute: () => number): void {
  const b = sizeBlocker(t);
  if (b?.kind === 'invalid') return c.invalid(x);
  if (b?.kind === 'incomplete') {
    reportSizeCycle(c, b.path);
    return c.invalid(x);
  }
  x.type = Typ.uintptr;
  if (b?.kind === 'typeParam') {
    x.mode = 'value';
    x.val = undefined;
    return;
  }
  x.mode = 'constant';
  x.val = makeInt(compute());
}

