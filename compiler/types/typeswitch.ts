// Type switches (spec "Type switches"): `switch x := y.(type) { case T1, T2: ... }` where y must be an interface,
// each case type must be able to implement it (`impossible type switch case`), duplicate cases are reported, and the
// symbolic variable x gets one implicit object per clause (type T for single-type clauses, y's type otherwise),
// recorded in Info.implicits; x is "declared and not used" when no clause uses it.

import type * as ast from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { expr } from './expr.ts';
import { missingMethodReason } from './lookup.ts';
import type { Var } from './objects.ts';
import { newVar } from './objects.ts';
import { identical } from './predicates.ts';
import type { StmtContext } from './stmt.ts';
import { openScope, simpleStmt, stmtList } from './stmt.ts';
import { Typ, type Type } from './types.ts';
import { varType } from './typexpr.ts';

/** typeSwitchStmt checks a type switch statement. */
export function typeSwitchStmt(c: Checker, s: ast.TypeSwitchStmt, ctx: StmtContext): void {
  openScope(c, s, 'type switch', () => {
    if (s.init) simpleStmt(c, s.init, ctx);
    let lhs: ast.Ident | undefined;
    let guard: ast.Expr | undefined;
    if (s.assign.kind === 'AssignStmt' && s.assign.lhs.length === 1 && s.assign.rhs.length === 1 && s.assign.lhs[0]!.kind === 'Ident') {
      lhs = s.assign.lhs[0];
      guard = s.assign.rhs[0];
    } else if (s.assign.kind === 'ExprStmt') guard = s.assign.x;
    while (guard && guard.kind === 'ParenExpr') guard = guard.x;
    if (!guard || guard.kind !== 'TypeAssertExpr' || guard.type) {
      c.error(s.assign.pos, 'invalid type switch guard');
      return;
    }
    const x = expr(c, guard.x);
    if (x.mode === 'invalid') return;
    // As types2, a type switch on a type parameter value is reported and its clauses are still checked (without
    // the impossible-case test).
    const onTypeParam = x.type.kind === 'TypeParam';
    if (onTypeParam) {
      c.error(guard.x.pos, `cannot use type switch on type parameter value ${c.operandStr(x)}`);
    } else if (x.type.underlying().kind !== 'Interface') {
      c.error(guard.x.pos, `${c.operandStr(x)} is not an interface`);
      return;
    }
    if (lhs) {
      if (lhs.name === '_') c.error(lhs.pos, 'no new variable on left side of :=');
      else c.recordDef(lhs, undefined);
    }
    const clauseVars: Var[] = [];
    const seen: { t: Type; pos: number }[] = [];
    let hasDefault = false;
    for (const cl of s.body.list) {
      if (cl.kind !== 'CaseClause') continue;
      if (!cl.list) {
        if (hasDefault) c.error(cl.pos, 'multiple defaults in switch');
        hasDefault = true;
      }
      let single: Type | undefined;
      for (const te of cl.list ?? []) {
        let t: Type;
        if (te.kind === 'Ident' && te.name === 'nil' && c.env.scope.resolve('nil')?.kind === 'Nil') {
          t = Typ.UntypedNil;
          c.info.types.set(te, { mode: 'value', type: Typ.UntypedNil });
          c.recordUse(te, c.env.scope.resolve('nil')!);
        } else {
          t = varType(c, te);
          if (t === Typ.Invalid) {
            single = t;
            continue;
          }
          if (t.underlying().kind !== 'Interface' && !onTypeParam) {
            const why = missingMethodReason(c, t, x.type, false);
            if (why) c.error(te.pos, `impossible type switch case: ${c.exprStr(te)}\n\t${c.operandStr(x)} cannot have dynamic type ${c.typeStr(t)} ${why}`);
          }
        }
        const prev = seen.find((p) => identical(p.t, t));
        if (prev) c.error(te.pos, `duplicate case ${c.exprStr(te)} in type switch${c.see(prev.pos, 'previous case')}`);
        else seen.push({ t, pos: te.pos });
        single = (cl.list ?? []).length === 1 ? t : undefined;
      }
      openScope(c, cl, 'case', () => {
        if (lhs && lhs.name !== '_') {
          const vt = single !== undefined && single !== Typ.UntypedNil && (cl.list ?? []).length === 1 ? single : x.type;
          const v = newVar(lhs.name, vt, lhs.pos, c.pkg);
          c.env.scope.insert(v);
          c.info.implicits.set(cl, v);
          clauseVars.push(v);
        }
        stmtList(c, cl.body, { ...ctx, fallthroughOk: false, finalCase: false });
      });
    }
    if (lhs && lhs.name !== '_' && !clauseVars.some((v) => v.used)) {
      c.error(lhs.pos, `declared and not used: ${lhs.name}`);
    }
  });
}
