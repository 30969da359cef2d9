// Statements and function bodies: blocks and scopes, expression statements (`x + 1 (value of type int) is not used`),
// send, inc/dec, assignments, go/defer, return (with gc's `have`/`want` counts and naked returns), if, for (three
// forms), range, expression switches (with and without tag, duplicate constant cases, fallthrough placement), type
// switches, select, labels with break/continue/goto targets, and the `missing return` check via terminating statements.

import type * as ast from '../syntax/ast.ts';
import { assignableTo, assignment, assignStmt, incDecStmt } from './assign.ts';
import { incomparableCause } from './binary.ts';
import { comparable, hasNil } from './predicates.ts';
import { typesSummary } from './call.ts';
import type { Checker, Operand } from './checker.ts';
import { valueString } from './constexpr.ts';
import { declStmt } from './decl.ts';
import { expr, multiExpr, rawExpr } from './expr.ts';
import { checkLabels, type BranchTarget } from './labels.ts';
import { rangeStmt } from './range.ts';
import { convertUntyped, defaultConvert } from './operand.ts';
import type { Signature } from './types.ts';
import { coreUnder } from './typeset.ts';
import { Scope } from './scope.ts';
import { isTerminating } from './terminating.ts';
import { typeSwitchStmt } from './typeswitch.ts';
import { BasicInfo, Typ } from './types.ts';

/** StmtContext tracks what the current statement may do: break, continue, fallthrough. */
export interface StmtContext {
  targets: BranchTarget[];
  fallthroughOk: boolean;
  finalCase: boolean;
}

/**
 * funcBody checks a function body in the function scope that already holds the parameters. The environment's iota
 * is kept: a function literal inside a constant declaration sees that declaration's iota (go/types does the same).
 */
export function funcBody(c: Checker, name: string, sig: Signature, body: ast.BlockStmt, scope: Scope): void {
  c.withEnv({ scope, sig, funcName: name }, () => {
    const ctx: StmtContext = { targets: [], fallthroughOk: false, finalCase: false };
    c.info.scopes.set(body, scope);
    stmtList(c, body.list, ctx);
    checkLabels(c, body);
    if (sig.results.length > 0 && !isTerminating(c, body, '')) {
      c.error(body.rbrace, 'missing return');
    }
  });
}

/** openScope runs f in a new scope opened for node n. */
export function openScope(c: Checker, n: ast.Node, comment: string, f: () => void): void {
  const s = new Scope(c.env.scope, n.pos, n.end, comment);
  c.info.scopes.set(n, s);
  c.withEnv({ scope: s }, f);
}

/** stmtList checks statements in order; fallthrough is only allowed as the last statement of a case. */
export function stmtList(c: Checker, list: ast.Stmt[], ctx: StmtContext): void {
  // Contexts are never mutated, so one that already forbids fallthrough is shared rather than copied.
  const inner: StmtContext = ctx.fallthroughOk ? { targets: ctx.targets, fallthroughOk: false, finalCase: ctx.finalCase } : ctx;
  let last = list.length - 1;
  while (last >= 0 && list[last]!.kind === 'EmptyStmt') last--;
  for (let i = 0; i < list.length; i++) stmt(c, list[i]!, i === last ? ctx : inner);
}

function isBoolean(op: Operand): boolean {
  const u = coreUnder(op.type);
  return u.kind === 'Basic' && (u.info & BasicInfo.IsBoolean) !== 0;
}

/** condition checks an if/for condition. */
function condition(c: Checker, e: ast.Expr, what: string): void {
  const x = expr(c, e);
  if (x.mode === 'invalid') return;
  defaultConvert(c, x);
  if (!isBoolean(x)) c.error(e.pos, `non-boolean condition in ${what} statement`);
}

/** stmt checks one statement. */
export function stmt(c: Checker, s: ast.Stmt, outer: StmtContext, label?: string): void {
  // Only a case clause's own statement list may end in fallthrough; nested statements may not.
  const ctx: StmtContext =
    s.kind === 'BranchStmt' || s.kind === 'LabeledStmt' || (!outer.fallthroughOk && !outer.finalCase)
      ? outer
      : { targets: outer.targets, fallthroughOk: false, finalCase: false };
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      declStmt(c, s.decl);
      return;
    case 'LabeledStmt':
      stmt(c, s.stmt, outer, s.label.name);
      return;
    case 'ExprStmt':
      exprStmt(c, s);
      return;
    case 'SendStmt': {
      const ch = expr(c, s.chan);
      const v = expr(c, s.value);
      if (ch.mode === 'invalid' || v.mode === 'invalid') return;
      const u = coreUnder(ch.type);
      if (u.kind !== 'Chan') {
        c.error(s.arrow, `invalid operation: cannot send to non-channel ${c.operandStr(ch)}`);
        return;
      }
      if (u.dir === 'recv') {
        c.error(s.arrow, `invalid operation: cannot send to receive-only channel ${c.operandStr(ch)}`);
        return;
      }
      assignment(c, v, u.elem, 'send');
      return;
    }
    case 'IncDecStmt':
      incDecStmt(c, s);
      return;
    case 'AssignStmt':
      assignStmt(c, s);
      return;
    case 'GoStmt':
    case 'DeferStmt': {
      const what = s.kind === 'GoStmt' ? 'go' : 'defer';
      const x = rawExpr(c, s.call);
      if (x.mode === 'invalid') return;
      const f = c.info.types.get(s.call.fun);
      if (f?.mode === 'typexpr') c.error(s.call.pos, `${what} requires function call, not conversion`);
      else if (f?.mode === 'builtin' || (x.mode === 'constant' && s.call.fun.kind === 'Ident')) {
        const id = s.call.fun.kind === 'Ident' ? s.call.fun.name : '';
        if (['append', 'cap', 'complex', 'imag', 'len', 'make', 'new', 'real'].includes(id)) {
          c.error(s.call.pos, `${what} discards result of ${c.exprStr(s.call)}`);
        }
      }
      return;
    }
    case 'ReturnStmt':
      returnStmt(c, s);
      return;
    case 'BranchStmt':
      branchStmt(c, s, ctx);
      return;
    case 'BlockStmt':
      openScope(c, s, 'block', () => stmtList(c, s.list, ctx));
      return;
    case 'IfStmt':
      openScope(c, s, 'if', () => {
        if (s.init) simpleStmt(c, s.init, ctx);
        condition(c, s.cond, 'if');
        stmt(c, s.body, ctx);
        if (s.else) stmt(c, s.else, ctx);
      });
      return;
    case 'SwitchStmt':
      switchStmt(c, s, ctx, label);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(c, s, breakCtx(ctx, 'switch', label));
      return;
    case 'SelectStmt':
      selectStmt(c, s, breakCtx(ctx, 'select', label));
      return;
    case 'ForStmt':
      openScope(c, s, 'for', () => {
        const inner = loopCtx(ctx, label);
        if (s.init) simpleStmt(c, s.init, ctx);
        if (s.cond) condition(c, s.cond, 'for');
        if (s.post) {
          if (s.post.kind === 'AssignStmt' && s.post.tok === ':=') c.error(s.post.pos, 'cannot declare in post statement of for loop');
          else simpleStmt(c, s.post, ctx);
        }
        stmt(c, s.body, inner);
      });
      return;
    case 'RangeStmt':
      openScope(c, s, 'range', () => rangeStmt(c, s, loopCtx(ctx, label)));
      return;
    case 'CaseClause':
    case 'CommClause':
      c.error(s.pos, 'case clause outside switch or select');
      return;
  }
}

/** simpleStmt checks the init/post statement of if/for/switch. */
export function simpleStmt(c: Checker, s: ast.Stmt, ctx: StmtContext): void {
  stmt(c, s, { ...ctx, fallthroughOk: false });
}

function loopCtx(ctx: StmtContext, label: string | undefined): StmtContext {
  return { targets: [...ctx.targets, { kind: 'for', label }], fallthroughOk: false, finalCase: false };
}

/** breakCtx is the context inside a switch or select: break is allowed, continue keeps the outer loop. */
export function breakCtx(ctx: StmtContext, kind: 'switch' | 'select', label: string | undefined): StmtContext {
  return { targets: [...ctx.targets, { kind, label }], fallthroughOk: false, finalCase: false };
}

function exprStmt(c: Checker, s: ast.ExprStmt): void {
  const x = rawExpr(c, s.x);
  if (x.mode === 'invalid') return;
  const e = unparen(s.x);
  if (e.kind === 'CallExpr') {
    const f = c.info.types.get(e.fun);
    if (f?.mode === 'typexpr') {
      c.error(s.x.pos, `${c.operandStr(x)} is not used`);
      return;
    }
    const id = e.fun.kind === 'Ident' ? e.fun.name : '';
    if ((f?.mode === 'builtin' || f === undefined) && ['append', 'cap', 'complex', 'imag', 'len', 'make', 'new', 'real'].includes(id) && x.mode !== 'novalue') {
      c.error(s.x.pos, `${c.operandStr(x)} is not used`);
      return;
    }
    if (x.mode === 'constant' && (c.info.uses.get(e.fun as ast.Ident)?.kind === 'Builtin' || e.fun.kind === 'SelectorExpr')) {
      c.error(s.x.pos, `${c.operandStr(x)} is not used`);
    }
    return;
  }
  if (e.kind === 'UnaryExpr' && e.op === '<-') return;
  if (x.mode === 'typexpr') {
    c.error(s.x.pos, `${c.exprStr(s.x)} (type) is not an expression`);
    return;
  }
  c.error(s.x.pos, `${c.operandStr(x)} ${x.mode === 'builtin' ? 'must be called' : 'is not used'}`);
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function returnStmt(c: Checker, s: ast.ReturnStmt): void {
  const sig = c.env.sig;
  if (!sig) return;
  const want = sig.results.vars;
  if (s.results.length === 0) {
    if (want.length > 0 && want[0]!.name === '') {
      c.error(s.pos, `not enough return values\n\thave ()\n\twant ${typesSummary(c, want.map((v) => v.type), false)}`);
    }
    return;
  }
  let xs: Operand[];
  if (s.results.length === 1 && want.length !== 1) xs = multiExpr(c, s.results[0]!, false);
  else xs = s.results.map((r) => expr(c, r));
  if (xs.some((x) => x.mode === 'invalid')) return;
  if (xs.length !== want.length) {
    const tooMany = xs.length > want.length;
    const at = tooMany ? s.results[Math.min(want.length, s.results.length - 1)]! : s.results[s.results.length - 1]!;
    c.error(
      at.pos,
      `${tooMany ? 'too many' : 'not enough'} return values\n\thave ${typesSummary(c, xs.map((x) => x.type), false)}\n\twant ${typesSummary(c, want.map((v) => v.type), false)}`,
    );
    return;
  }
  xs.forEach((x, i) => assignment(c, x, want[i]!.type, 'return statement'));
}

function branchStmt(c: Checker, s: ast.BranchStmt, ctx: StmtContext): void {
  switch (s.tok) {
    case 'break':
      if (s.label) return; // checked by checkLabels
      if (!ctx.targets.length) c.error(s.pos, 'break is not in a loop, switch, or select');
      return;
    case 'continue':
      if (s.label) return;
      if (!ctx.targets.some((t) => t.kind === 'for')) c.error(s.pos, 'continue is not in a loop');
      return;
    case 'goto':
      return;
    case 'fallthrough':
      if (!ctx.fallthroughOk) {
        c.error(s.pos, ctx.finalCase ? 'cannot fallthrough final case in switch' : 'fallthrough statement out of place');
      }
      return;
  }
}

function switchStmt(c: Checker, s: ast.SwitchStmt, outer: StmtContext, label: string | undefined): void {
  const ctx = breakCtx(outer, 'switch', label);
  openScope(c, s, 'switch', () => {
    if (s.init) simpleStmt(c, s.init, outer);
    let tag: Operand | undefined;
    if (s.tag) {
      tag = expr(c, s.tag);
      defaultConvert(c, tag);
      if (tag.mode !== 'invalid' && tag.type === Typ.UntypedNil) {
        c.error(s.tag.pos, 'use of untyped nil in switch expression');
        tag = undefined;
      } else if (tag.mode !== 'invalid' && !comparable(tag.type) && !hasNil(tag.type)) {
        c.error(s.tag.pos, `cannot switch on ${c.operandStr(tag)} (${c.typeStr(tag.type)} is not comparable)`);
        tag = undefined;
      }
    }
    const seen = new Map<string, ast.Expr>();
    let defaultSeen: ast.CaseClause | undefined;
    const clauses = s.body.list.filter((x): x is ast.CaseClause => x.kind === 'CaseClause');
    clauses.forEach((cl, i) => {
      if (!cl.list) {
        if (defaultSeen) c.error(cl.pos, `multiple defaults in switch`);
        defaultSeen = cl;
      } else {
        for (const e of cl.list) caseValue(c, e, tag, s.tag, seen);
      }
      openScope(c, cl, 'case', () => {
        const last = i === clauses.length - 1;
        stmtList(c, cl.body, { ...ctx, fallthroughOk: !last, finalCase: last });
      });
    });
  });
}

function caseValue(c: Checker, e: ast.Expr, tag: Operand | undefined, tagExpr: ast.Expr | undefined, seen: Map<string, ast.Expr>): void {
  if (!tagExpr) {
    const x = expr(c, e);
    if (x.mode === 'invalid') return;
    convertUntyped(c, x, Typ.bool); // as types2: `cannot convert 1 (untyped int constant) to bool`
    if (c.failed(x)) return;
    // The missing tag is the typed constant true: a case may also be an interface value that bool implements.
    const trueTag: Operand = { mode: 'constant', expr: e, type: Typ.bool, val: undefined, id: undefined };
    if (!isBoolean(x) && !(x.type.underlying().kind === 'Interface' && assignableTo(c, trueTag, x.type)[0])) {
      c.error(e.pos, `invalid case ${c.exprStr(e)} in switch on true (mismatched types ${c.typeStr(x.type)} and bool)`);
    }
    return;
  }
  if (!tag || tag.mode === 'invalid') {
    expr(c, e);
    return;
  }
  const x = expr(c, e);
  if (x.mode === 'invalid') return;
  // An untyped case converts to the tag's type first (types2: `cannot convert "a" (untyped string constant) to int`).
  const nilCase = x.type === Typ.UntypedNil;
  convertUntyped(c, x, tag.type);
  if (c.failed(x)) return;
  if (!assignableTo(c, x, tag.type)[0] && !assignableTo(c, tag, x.type)[0]) {
    c.error(e.pos, `invalid case ${c.exprStr(e)} in switch on ${c.exprStr(tagExpr)} (mismatched types ${c.typeStr(x.type)} and ${c.typeStr(tag.type)})`);
    return;
  }
  // As types2's comparison: a value of a type comparable only to nil is an invalid case (unless either side is nil).
  if (!nilCase) {
    const bad = !comparable(x.type) ? x.type : !comparable(tag.type) ? tag.type : undefined;
    if (bad) {
      c.error(e.pos, `invalid case ${c.exprStr(e)} in switch on ${c.exprStr(tagExpr)} (${incomparableCause(c, bad)})`);
      return;
    }
  }
  const tv = c.info.types.get(e);
  if (tv?.mode === 'constant' && tv.value) {
    // Constants have basic or defined types; a basic type keys by its name, so byte and uint8 cases collide.
    const key = `${tv.type.kind === 'Basic' ? tv.type.name : c.typeStr(tv.type)}:${valueString(tv.value)}`;
    const prev = seen.get(key);
    if (prev) {
      const what = c.operandStr({ mode: 'constant', expr: e, type: tv.type, val: tv.value });
      c.error(e.pos, `duplicate case ${what} in expression switch${c.see(prev.pos, 'previous case')}`);
    } else seen.set(key, e);
  }
}

function selectStmt(c: Checker, s: ast.SelectStmt, ctx: StmtContext): void {
  let defaultSeen = false;
  for (const cl of s.body.list) {
    if (cl.kind !== 'CommClause') continue;
    if (!cl.comm) {
      if (defaultSeen) c.error(cl.pos, 'multiple defaults in select');
      defaultSeen = true;
    }
    openScope(c, cl, 'case', () => {
      if (cl.comm) {
        const ok =
          cl.comm.kind === 'SendStmt' ||
          (cl.comm.kind === 'ExprStmt' && unparen(cl.comm.x).kind === 'UnaryExpr') ||
          (cl.comm.kind === 'AssignStmt' && cl.comm.rhs.length === 1 && unparen(cl.comm.rhs[0]!).kind === 'UnaryExpr');
        if (!ok) c.error(cl.comm.pos, 'select case must be receive, send or assign recv');
        simpleStmt(c, cl.comm, ctx);
      }
      stmtList(c, cl.body, ctx);
    });
  }
}
