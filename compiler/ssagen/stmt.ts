// Statement building: declarations and assignments (every local variable gets a stack Alloc at its declaration, its
// position the identifier's), if/else, the three for forms, expression switches (tag or no tag, default anywhere,
// fallthrough), labelled break/continue, return (named results included). Block names follow go/ssa (if.then,
// for.body, switch.next...). Unsupported statements report "not yet supported: ..." and building continues.

import type * as ast from '../syntax/ast.ts';
import { assertNever } from '../diag.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import type { Label } from '../types/objects.ts';
import { BasicInfo, Typ, isFloat } from '../types/types.ts';
import { makeBool, type ConstValue } from '../types/constant.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder, Target } from './func.ts';
import { cond, expr, exprTo } from './expr.ts';
import { addr, addrLater } from './addr.ts';
import { isUntypedType } from './func.ts';
import { compareMixed, isInterface, typeAssertExpr, typeSwitchStmt } from './ifaces.ts';
import { isMapIndex, mapIndex, mapLoad, mapLvalue, mapStore, type MapLvalue } from './maps.ts';
import { rangeStmt } from './range.ts';
import { deferStmt, emitReturnValues } from './defer.ts';
import { goStmt, isRecv, recvExpr, selectStmt, sendStmt } from './chans.ts';
import { concatValues, isStringType } from './strings.ts';

/** stmtList builds statements in order. */
export function stmtList(fb: FnBuilder, list: ast.Stmt[]): void {
  for (const s of list) stmt(fb, s);
}

/** stmt builds one statement. */
export function stmt(fb: FnBuilder, s: ast.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      return;
    case 'BlockStmt':
      return stmtList(fb, s.list);
    case 'ExprStmt':
      expr(fb, s.x);
      return;
    case 'DeclStmt':
      return declStmt(fb, s);
    case 'AssignStmt':
      return assign(fb, s);
    case 'IncDecStmt':
      return opAssign(fb, s.x, s.tok === '++' ? '+' : '-', undefined, s.tokPos);
    case 'ReturnStmt':
      return returnStmt(fb, s);
    case 'IfStmt':
      return ifStmt(fb, s);
    case 'ForStmt':
      return forStmt(fb, s);
    case 'SwitchStmt':
      return switchStmt(fb, s);
    case 'LabeledStmt': {
      const l = fb.objectOf(s.label);
      const k = s.stmt.kind;
      const breakable = k === 'ForStmt' || k === 'SwitchStmt' || k === 'RangeStmt' || k === 'SelectStmt' || k === 'TypeSwitchStmt';
      if (l?.kind === 'Label') {
        // The labelled statement starts a block of its own, so that goto can jump to it.
        const blk = fb.labelBlock(l);
        fb.jump(blk);
        fb.block = blk;
      }
      fb.pendingLabel = l?.kind === 'Label' && breakable ? l : undefined;
      stmt(fb, s.stmt);
      fb.pendingLabel = undefined;
      return;
    }
    case 'BranchStmt':
      return branch(fb, s);
    case 'GoStmt':
      return goStmt(fb, s);
    case 'DeferStmt':
      return deferStmt(fb, s);
    case 'SelectStmt':
      return selectStmt(fb, s);
    case 'SendStmt':
      return sendStmt(fb, s);
    case 'TypeSwitchStmt':
      return typeSwitchStmt(fb, s);
    case 'RangeStmt':
      return rangeStmt(fb, s);
    case 'CaseClause':
    case 'CommClause':
      return fb.unsupported(s.pos, 'case clause outside a switch');
    default:
      return assertNever(s, 'statement');
  }
}

/** declareLocal makes the Alloc of a newly declared local variable (at the identifier's position). */
function declareLocal(fb: FnBuilder, id: ast.Ident): ir.Alloc | undefined {
  const obj = fb.info.defs.get(id);
  if (obj?.kind !== 'Var') return undefined;
  return fb.local(obj, id.pos);
}

function declStmt(fb: FnBuilder, s: ast.DeclStmt): void {
  if (s.decl.tok !== 'var') return; // const and type declarations produce no code
  for (const spec of s.decl.specs) {
    if (spec.kind !== 'ValueSpec') continue;
    const rhs = rhsValues(fb, spec.values, spec.names.length, spec.pos);
    spec.names.forEach((id, i) => {
      const a = declareLocal(fb, id);
      const v = rhs[i];
      if (a && v) fb.store(a, v, id.pos);
    });
  }
}

/**
 * rhsValues builds n right-hand values: n expressions, or one multi-value expression spread with Extract — a call,
 * or a comma-ok map index or type assertion.
 */
function rhsValues(fb: FnBuilder, values: ast.Expr[], n: number, pos: Pos): ir.Value[] {
  if (values.length === 0) return [];
  if (values.length === 1 && n > 1) {
    const t = commaOk(fb, values[0]!) ?? expr(fb, values[0]!);
    if (t.type.kind !== 'Tuple') {
      fb.unsupported(values[0]!.pos, 'comma-ok expressions');
      return [];
    }
    return t.type.vars.map((_, i) => b.emitExtract(fb.block, t, i, pos));
  }
  return values.map((v) => expr(fb, v));
}

/** commaOk builds `m[k]` or `x.(T)` in its two-value form (undefined for other expressions). */
export function commaOk(fb: FnBuilder, e: ast.Expr): ir.Value | undefined {
  const x = unparen(e);
  if (x.kind === 'TypeAssertExpr') return typeAssertExpr(fb, x, true);
  if (isMapIndex(fb, x)) return mapIndex(fb, x, true);
  if (isRecv(x)) return recvExpr(fb, x, true);
  return undefined;
}

function isBlank(e: ast.Expr): boolean {
  const x = unparen(e);
  return x.kind === 'Ident' && x.name === '_';
}

function assign(fb: FnBuilder, s: ast.AssignStmt): void {
  if (s.tok === '=' || s.tok === ':=') {
    assignValues(fb, s, () => rhsValues(fb, s.rhs, s.lhs.length, s.tokPos));
    return;
  }
  const op = s.tok.slice(0, -1) as ir.BinOpKind;
  opAssign(fb, s.lhs[0]!, op, s.rhs[0]!, s.tokPos);
}

/**
 * assignValues builds the `=` or `:=` assignment s of the values that values() builds: lvalues first (their
 * addresses), then all values, then the stores, so that `a, b = b, a` swaps. A select case's receive assigns the
 * values it received this way.
 */
export function assignValues(fb: FnBuilder, s: ast.AssignStmt, values: () => ir.Value[]): void {
  type Lhs = { id?: ast.Ident; addr?: () => ir.Value; map?: MapLvalue };
  const addrs = s.lhs.map((l): Lhs | undefined => {
    if (isBlank(l)) return undefined;
    if (s.tok === ':=' && l.kind === 'Ident') {
      const def = fb.info.defs.get(l);
      if (def?.kind === 'Var' && !fb.vars.has(def)) return { id: l };
    }
    if (isMapIndex(fb, l)) return { map: mapLvalue(fb, unparen(l) as ast.IndexExpr) };
    if (s.lhs.length > 1) return { addr: addrLater(fb, l) };
    const a = addr(fb, l, false);
    return { addr: () => a };
  });
  const vals = values();
  s.lhs.forEach((_, i) => {
    const a = addrs[i];
    if (!a) return;
    const v = vals[i];
    if (a.map) {
      if (v) mapStore(fb, a.map, v);
      return;
    }
    // New variables are declared even when the value could not be built (after a diagnostic), so later uses resolve.
    const target = a.id ? declareLocal(fb, a.id) : a.addr?.();
    if (target && v) fb.store(target, v, s.tokPos);
  });
}

/** opAssign builds `x op= y` (and x++ / x-- with y undefined): x's address (or map and key) is evaluated once. */
function opAssign(fb: FnBuilder, lhs: ast.Expr, op: ir.BinOpKind, rhs: ast.Expr | undefined, pos: Pos): void {
  const lv = isMapIndex(fb, lhs) ? mapLvalue(fb, unparen(lhs) as ast.IndexExpr) : undefined;
  const a = lv ? undefined : addr(fb, lhs, false);
  const t = a ? b.elemOf(a.type) : fb.typeOf(lhs);
  const old = lv ? mapLoad(fb, lv) : fb.load(a!, pos);
  let y: ir.Value;
  if (rhs === undefined) y = b.constOf(t, one(t));
  else if (op === '<<' || op === '>>') {
    y = expr(fb, rhs);
    if (y.kind === 'Const' && y.type.kind === 'Basic' && y.type.name.startsWith('untyped')) y = fb.convertTo(y, Typ.uint, pos);
  } else y = exprTo(fb, rhs, t, pos);
  const v = op === '+' && isStringType(t) ? concatValues(fb, [old, y].map((x) => fb.convertTo(x, Typ.string, pos)), t, pos) : b.emitBinOp(fb.block, op, old, y, t, pos);
  if (lv) mapStore(fb, lv, v);
  else fb.store(a!, v, pos);
}

/** one is the constant 1 of a numeric type, for ++ and --. */
function one(t: Type): ConstValue {
  const u = t.underlying();
  if (u.kind === 'Basic' && (u.info & BasicInfo.IsComplex)) return { kind: 'complex', re: { num: 1n, den: 1n }, im: { num: 0n, den: 1n } };
  return isFloat(t) ? { kind: 'float', num: 1n, den: 1n } : { kind: 'int', value: 1n };
}

function returnStmt(fb: FnBuilder, s: ast.ReturnStmt): void {
  const results = fb.fn.signature.results.vars.map((v) => v.type);
  let vals: ir.Value[];
  if (s.results.length === 0 && fb.namedResults.length) {
    vals = fb.namedResults.map((a) => fb.load(a, s.pos));
  } else {
    vals = rhsValues(fb, s.results, results.length, s.pos).map((v, i) => fb.convertTo(v, results[i] ?? v.type, s.pos));
  }
  emitReturnValues(fb, vals, s.pos);
  fb.startUnreachable();
}

function ifStmt(fb: FnBuilder, s: ast.IfStmt): void {
  if (s.init) stmt(fb, s.init);
  const then = fb.newBlock('if.then');
  const done = fb.newBlock('if.done');
  const els = s.else ? fb.newBlock('if.else') : done;
  cond(fb, s.cond, then, els);
  fb.block = then;
  stmtList(fb, s.body.list);
  fb.jump(done);
  if (s.else) {
    fb.block = els;
    stmt(fb, s.else);
    fb.jump(done);
  }
  fb.block = done;
}

function forStmt(fb: FnBuilder, s: ast.ForStmt): void {
  const label = fb.takeLabel();
  if (s.init) stmt(fb, s.init);
  const body = fb.newBlock('for.body');
  const done = fb.newBlock('for.done');
  const loop = s.cond ? fb.newBlock('for.loop') : body;
  const cont = s.post ? fb.newBlock('for.post') : loop;
  fb.jump(loop);
  if (s.cond) {
    fb.block = loop;
    cond(fb, s.cond, body, done);
  }
  fb.block = body;
  fb.targets.push({ label, breakTo: done, continueTo: cont });
  stmtList(fb, s.body.list);
  fb.targets.pop();
  fb.jump(cont);
  if (s.post) {
    fb.block = cont;
    stmt(fb, s.post);
    fb.jump(loop);
  }
  fb.block = done;
}

function branch(fb: FnBuilder, s: ast.BranchStmt): void {
  let label: Label | undefined;
  if (s.label) {
    const l = fb.objectOf(s.label);
    label = l?.kind === 'Label' ? l : undefined;
  }
  let to: ir.BasicBlock | undefined;
  switch (s.tok) {
    case 'break':
      to = fb.findTarget(label, false)?.breakTo;
      break;
    case 'continue':
      to = fb.findTarget(label, true)?.continueTo;
      break;
    case 'fallthrough':
      to = fb.fallthroughTo;
      break;
    case 'goto':
      to = label ? fb.labelBlock(label) : undefined;
      break;
    default:
      assertNever(s.tok, 'branch');
  }
  if (!to) {
    fb.unsupported(s.pos, `${s.tok} here`);
    return;
  }
  fb.jump(to, s.pos);
  fb.startUnreachable();
}

/**
 * switchStmt builds an expression switch as go/ssa does: the tag is evaluated once, then each case's expressions are
 * compared in source order (`tag == e`, or `e` itself without a tag), jumping to the case body on the first match;
 * the default body runs when no test matches, wherever it appears. `fallthrough` jumps to the next body.
 */
function switchStmt(fb: FnBuilder, s: ast.SwitchStmt): void {
  const label = fb.takeLabel();
  if (s.init) stmt(fb, s.init);
  const tagType: Type | undefined = s.tag ? fb.typeOf(s.tag) : undefined;
  // The tag is compared with every case in turn: a string(b) tag is copied, since a case expression may change b.
  const tag = s.tag && tagType ? fb.convertTo(expr(fb, s.tag), tagType, s.tag.pos) : undefined;
  const done = fb.newBlock('switch.done');
  const clauses = s.body.list.filter((c): c is ast.CaseClause => c.kind === 'CaseClause');
  const bodies = clauses.map(() => fb.newBlock('switch.body'));
  let defaultBody: ir.BasicBlock | undefined;
  clauses.forEach((c, i) => {
    if (!c.list) {
      defaultBody = bodies[i];
      return;
    }
    for (const e of c.list) {
      const next = fb.newBlock('switch.next');
      if (tag && tagType) {
        const et = fb.typeOf(e);
        // An interface compared with a concrete value, either way round (`switch t { case i: }` in generic code).
        const mixed = isInterface(tagType) && !isInterface(et) && !isUntypedType(fb.tv(e)?.type);
        const mixedCase = !isInterface(tagType) && isInterface(et);
        // The case expression first: evaluating it may end the current block (`case a && b:`).
        const eq = mixed
          ? compareMixed(fb, '==', tag, expr(fb, e), e.pos)
          : mixedCase
            ? compareMixed(fb, '==', expr(fb, e), tag, e.pos)
            : ((v) => b.emitBinOp(fb.block, '==', tag, v, Typ.bool, e.pos))(exprTo(fb, e, tagType, e.pos));
        b.emitIf(fb.block, eq, bodies[i]!, next, e.pos);
      } else if (isInterface(fb.typeOf(e))) {
        // Without a tag the switch compares with true: an interface case holds true or not (`case i:`).
        const eq = compareMixed(fb, '==', expr(fb, e), b.constOf(Typ.bool, makeBool(true)), e.pos);
        b.emitIf(fb.block, eq, bodies[i]!, next, e.pos);
      } else cond(fb, e, bodies[i]!, next);
      fb.block = next;
    }
  });
  fb.jump(defaultBody ?? done);
  const target: Target = { label, breakTo: done, continueTo: undefined };
  const outer = fb.fallthroughTo; // a switch in a case body must not lose the enclosing case's fallthrough
  clauses.forEach((c, i) => {
    fb.block = bodies[i]!;
    fb.fallthroughTo = bodies[i + 1];
    fb.targets.push(target);
    stmtList(fb, c.body);
    fb.targets.pop();
    fb.fallthroughTo = outer;
    fb.jump(done);
  });
  fb.block = done;
}

/**
 * declareParamsAndResults makes an Alloc for each named parameter (receiver first) and stores the incoming value, and
 * a zeroed Alloc for each named result. Lifting turns the ones whose address is not taken back into registers.
 */
export function declareParamsAndResults(fb: FnBuilder, ftype: ast.FuncType, recv: ast.FieldList | undefined): void {
  // The declaring identifiers, in Parameter order (undefined for an unnamed parameter).
  const ids: (ast.Ident | undefined)[] = [];
  for (const f of [...(recv?.list ?? []), ...ftype.params.list]) {
    if (f.names.length === 0) ids.push(undefined);
    else ids.push(...f.names);
  }
  fb.fn.params.forEach((p, i) => {
    const id = ids.length === fb.fn.params.length ? ids[i] : undefined;
    const def = id ? fb.info.defs.get(id) : undefined;
    const obj = def?.kind === 'Var' ? def : p.object;
    if (!obj || obj.name === '' || obj.name === '_') return;
    const a = fb.local(obj, p.pos);
    if (p.object && p.object !== obj) fb.vars.set(p.object, a);
    fb.store(a, p, p.pos);
  });
  for (const f of ftype.results?.list ?? []) {
    for (const id of f.names) {
      const obj = fb.info.defs.get(id);
      if (obj?.kind !== 'Var') continue;
      fb.namedResults.push(obj.name === '_' ? b.emitAlloc(fb.block, fb.subst(obj.type), false, '_', id.pos) : fb.local(obj, id.pos));
    }
  }
}
