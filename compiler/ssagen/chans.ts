// Building goroutines and channels: `go` statements, `make(chan T, n)`, sends, receives (plain and comma-ok),
// `select`, and `for range` over a channel. A go statement evaluates the call's function and operands at the
// statement, as a defer does (call.ts CallPlan), binds them to a synthetic start function `fn$gowrapperN` that makes
// the call, and emits one Go instruction: the allocation site of the new goroutine's stack. A select evaluates every
// channel and value to send once, in source order, then one Select instruction picks a case; each case's body
// starts with the assignment of what its receive got.

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { Typ } from '../types/types.ts';
import type { Type } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import type { FnBuilder } from './func.ts';
import { builtinPlan, isBuiltinCall, planCall } from './call.ts';
import { callThunk } from './defer.ts';
import { expr, exprTo } from './expr.ts';
import { assignValues, stmtList } from './stmt.ts';

/** goStmt builds `go call`. */
export function goStmt(fb: FnBuilder, s: ast.GoStmt): void {
  const call = s.call;
  if (unparen(call.fun).kind === 'FuncLit' && call.args.length === 0) {
    // `go func() {...}()`: the literal itself is the start function, its captured variables the bound operands
    // (no closure object besides the goroutine's stack).
    const lit = expr(fb, call.fun);
    if (lit.kind === 'MakeClosure' && lit.referrers.length === 0) {
      b.removeInstr(lit);
      b.emit<ir.Go>(fb.block, { kind: 'Go', fn: lit.fn, bindings: lit.bindings, heap: true, escape: undefined, pos: s.pos });
      return;
    }
    if (lit.kind === 'Function') {
      b.emit<ir.Go>(fb.block, { kind: 'Go', fn: lit, bindings: [], heap: true, escape: undefined, pos: s.pos });
      return;
    }
  }
  const plan = isBuiltinCall(fb, call) ? builtinPlan(fb, call, true) : planCall(fb, call);
  if (!plan) {
    if (isBuiltinCall(fb, call)) fb.unsupported(call.pos, 'go of this builtin');
    return;
  }
  // Evaluating the method value of an interface call panics now when the interface is nil.
  if (plan.kind === 'invoke') fb.nilCheck(plan.operands[0]!, call.lparen);
  const fn = callThunk(fb, plan, 'gowrapper', call.lparen);
  b.emit<ir.Go>(fb.block, { kind: 'Go', fn, bindings: plan.operands, heap: true, escape: undefined, pos: s.pos });
}

/** chanElem returns the element type of a channel type. */
function chanElem(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Chan' ? u.elem : Typ.Invalid;
}

/** makeChan builds `make(chan T)` or `make(chan T, size)` (size already converted to int). */
export function makeChan(fb: FnBuilder, t: Type, size: ir.Value | undefined, pos: Pos): ir.Value {
  const n = size ?? b.constInt(Typ.int, 0);
  return b.emit<ir.MakeChan>(fb.block, { kind: 'MakeChan', size: n, heap: true, escape: undefined, pos, type: t });
}

/** sendStmt builds `ch <- v`. */
export function sendStmt(fb: FnBuilder, s: ast.SendStmt): void {
  const ch = expr(fb, s.chan);
  const x = exprTo(fb, s.value, chanElem(ch.type), s.arrow);
  b.emit<ir.Send>(fb.block, { kind: 'Send', chan: ch, x, pos: s.arrow });
}

/** recvExpr builds `<-ch`, or in its comma-ok form the tuple (value, ok). */
export function recvExpr(fb: FnBuilder, e: ast.UnaryExpr, commaOk: boolean): ir.Value {
  const ch = expr(fb, e.x);
  const elem = chanElem(ch.type);
  const type = commaOk ? b.tupleOf([elem, Typ.bool]) : elem;
  return b.emit<ir.Recv>(fb.block, { kind: 'Recv', chan: ch, commaOk, pos: e.pos, type });
}

/** isRecv reports whether e is a receive expression `<-ch` (possibly parenthesized). */
export function isRecv(e: ast.Expr): e is ast.UnaryExpr {
  const x = unparen(e);
  return x.kind === 'UnaryExpr' && x.op === '<-';
}

/** rangeChan builds the head of `for v := range ch`: receive until the channel is closed and drained. */
export function rangeChan(
  fb: FnBuilder,
  s: ast.RangeStmt,
  loop: ir.BasicBlock,
  body: ir.BasicBlock,
  done: ir.BasicBlock,
  assign: (k: ir.Value | undefined, v: ir.Value | undefined) => void,
): void {
  const ch = expr(fb, s.x);
  const elem = chanElem(ch.type);
  fb.jump(loop);
  fb.block = loop;
  const r = b.emit<ir.Recv>(fb.block, { kind: 'Recv', chan: ch, commaOk: true, pos: s.x.pos, type: b.tupleOf([elem, Typ.bool]) });
  const ok = b.emitExtract(fb.block, r, 1, s.x.pos);
  b.emitIf(fb.block, ok, body, done, s.x.pos);
  fb.block = body;
  assign(b.emitExtract(fb.block, r, 0, s.x.pos), undefined);
}

/** A select case as built: its communication (undefined for default) and the state index it became. */
interface SelectCase {
  clause: ast.CommClause;
  state: number;
  /** recv is the receive's index among the receive states (its value is result 2 + recv). */
  recv: number;
}

/** selectStmt builds a select statement. */
export function selectStmt(fb: FnBuilder, s: ast.SelectStmt): void {
  const label = fb.takeLabel();
  const states: ir.SelectState[] = [];
  const cases: SelectCase[] = [];
  let dflt: ast.CommClause | undefined;
  let recvs = 0;
  for (const c of s.body.list) {
    if (c.kind !== 'CommClause') continue;
    const comm = c.comm;
    if (!comm) {
      dflt = c;
      continue;
    }
    if (comm.kind === 'SendStmt') {
      const ch = expr(fb, comm.chan);
      const send = exprTo(fb, comm.value, chanElem(ch.type), comm.arrow);
      cases.push({ clause: c, state: states.length, recv: -1 });
      states.push({ dir: 'send', chan: ch, send, pos: comm.arrow });
      continue;
    }
    const rx = comm.kind === 'ExprStmt' ? comm.x : comm.kind === 'AssignStmt' ? comm.rhs[0] : undefined;
    if (!rx || !isRecv(rx)) {
      fb.unsupported(comm.pos, 'this select case');
      return;
    }
    const recv = unparen(rx) as ast.UnaryExpr;
    cases.push({ clause: c, state: states.length, recv: recvs++ });
    states.push({ dir: 'recv', chan: expr(fb, recv.x), send: undefined, pos: recv.pos });
  }
  const recvTypes = states.filter((st) => st.dir === 'recv').map((st) => chanElem(st.chan.type));
  const sel = b.emit<ir.Select>(fb.block, {
    kind: 'Select',
    states,
    blocking: dflt === undefined,
    pos: s.pos,
    type: b.tupleOf([Typ.int, Typ.bool, ...recvTypes]),
  });
  const index = b.emitExtract(fb.block, sel, 0, s.pos);
  const done = fb.newBlock('selectdone');
  fb.targets.push({ label, breakTo: done, continueTo: undefined });
  for (const c of cases) {
    const body = fb.newBlock('selectbody');
    const next = fb.newBlock('selectnext');
    const is = b.emitBinOp(fb.block, '==', index, b.constInt(Typ.int, c.state), Typ.bool, c.clause.pos);
    b.emitIf(fb.block, is, body, next, c.clause.pos);
    fb.block = body;
    const comm = c.clause.comm;
    if (comm?.kind === 'AssignStmt') {
      assignValues(fb, comm, () => {
        const v = b.emitExtract(fb.block, sel, 2 + c.recv, comm.pos);
        return comm.lhs.length > 1 ? [v, b.emitExtract(fb.block, sel, 1, comm.pos)] : [v];
      });
    }
    stmtList(fb, c.clause.body);
    fb.jump(done);
    fb.block = next;
  }
  if (dflt) stmtList(fb, dflt.body);
  else b.emitUnreachable(fb.block, s.pos);
  fb.jump(done);
  fb.targets.pop();
  fb.block = done;
}
