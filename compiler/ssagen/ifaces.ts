// Building interface operations: type assertions, comparisons between an
// interface and a concrete value, and type switches. Boxing itself is FnBuilder.toInterface (every implicit
// conversion to an interface type goes through convertTo). A comparison `i == x` with x of concrete type T never
// boxes x: it is `v, ok := i.(T); ok && v == x`, computed without branches (comparing the zero value of T cannot
// panic), which is what gc does too.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import type { Var as VarObj } from '../types/objects.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder, Target } from './func.ts';
import { expr } from './expr.ts';
import { stmtList } from './stmt.ts';

/** isInterface reports whether t's underlying type is an interface. */
export function isInterface(t: Type): boolean {
  return t.underlying().kind === 'Interface';
}

/** typeAssertExpr builds `x.(T)`, or with commaOk the Tuple (T, bool). */
export function typeAssertExpr(fb: FnBuilder, e: ast.TypeAssertExpr, commaOk: boolean): ir.Value {
  const x = expr(fb, e.x);
  const t = e.type ? fb.typeOf(e.type) : Typ.Invalid;
  return b.emitTypeAssert(fb.block, x, t, commaOk, e.lparen);
}

/**
 * compareMixed builds `iface op v` (op == or !=) where exactly one side has an interface type and the other, of
 * concrete type T, is compared without boxing: the interface holds a T equal to v.
 */
export function compareMixed(fb: FnBuilder, op: '==' | '!=', iface: ir.Value, v: ir.Value, pos: Pos): ir.Value {
  const ta = b.emitTypeAssert(fb.block, iface, v.type, true, pos);
  const val = b.emitExtract(fb.block, ta, 0, pos);
  const ok = b.emitExtract(fb.block, ta, 1, pos);
  const eq = b.emitBinOp(fb.block, '==', val, v, Typ.bool, pos);
  const both = b.emitBinOp(fb.block, '&', ok, eq, Typ.bool, pos);
  return op === '==' ? both : b.emitUnOp(fb.block, '!', both, Typ.bool, pos);
}

/**
 * typeSwitchStmt builds `switch [init;] [v :=] x.(type) { ... }`: x is evaluated once, then each clause's types are
 * tested in source order (`case nil` compares with the nil interface; other cases are comma-ok type assertions), and
 * the first match runs its body with v bound — to the asserted value in a single-type clause, to x otherwise.
 */
export function typeSwitchStmt(fb: FnBuilder, s: ast.TypeSwitchStmt): void {
  const target = fb.takeLabel();
  if (s.init) stmtListOne(fb, s.init);
  let guard: ast.Expr | undefined;
  if (s.assign.kind === 'AssignStmt') guard = s.assign.rhs[0];
  else if (s.assign.kind === 'ExprStmt') guard = s.assign.x;
  const ta = guard ? unparen(guard) : undefined;
  if (!ta || ta.kind !== 'TypeAssertExpr') return fb.unsupported(s.pos, 'type switch guard');
  const x = expr(fb, ta.x);
  const done = fb.newBlock('typeswitch.done');
  const clauses = s.body.list.filter((c): c is ast.CaseClause => c.kind === 'CaseClause');
  let defaultClause: ast.CaseClause | undefined;
  const t: Target = { label: target, breakTo: done, continueTo: undefined };
  for (const c of clauses) {
    if (!c.list) {
      defaultClause = c;
      continue;
    }
    const body = fb.newBlock('typeswitch.body');
    let value: ir.Value | undefined;
    for (const te of c.list) {
      const next = fb.newBlock('typeswitch.next');
      const ct = fb.typeOf(te);
      const isNil = fb.tv(te)?.mode !== 'typexpr';
      let ok: ir.Value;
      if (isNil) {
        ok = b.emitBinOp(fb.block, '==', x, b.zeroConst(x.type), Typ.bool, te.pos);
      } else {
        const a = b.emitTypeAssert(fb.block, x, ct, true, te.pos);
        ok = b.emitExtract(fb.block, a, 1, te.pos);
        if (c.list.length === 1) value = b.emitExtract(fb.block, a, 0, te.pos);
      }
      b.emitIf(fb.block, ok, body, next, te.pos);
      fb.block = next;
    }
    const saved = fb.block;
    fb.block = body;
    clauseBody(fb, c, value ?? x, t, done);
    fb.block = saved;
  }
  if (defaultClause) clauseBody(fb, defaultClause, x, t, done);
  else fb.jump(done);
  fb.block = done;
}

/** clauseBody binds the clause's implicit variable (if any) to v, then builds its statements and jumps to done. */
function clauseBody(fb: FnBuilder, c: ast.CaseClause, v: ir.Value, t: Target, done: ir.BasicBlock): void {
  const obj = fb.info.implicits.get(c) as VarObj | undefined;
  if (obj?.kind === 'Var') fb.store(fb.local(obj, c.pos), v, c.pos);
  fb.targets.push(t);
  stmtList(fb, c.body);
  fb.targets.pop();
  fb.jump(done);
}

function stmtListOne(fb: FnBuilder, s: ast.Stmt): void {
  stmtList(fb, [s]);
}
