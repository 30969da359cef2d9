// Building defer statements and the returns of functions that have them. A function with a defer statement starts
// with SetupDefers, which links its defer frame and names the Allocs that hold its results (so that a recovered panic
// can return their current values); every return stores its values there, runs the pending deferred calls
// (RunDefers) and returns what the result variables then hold — deferred closures may have changed named results.
// `defer f(x)` evaluates f and x at the statement, as the spec requires: the call is planned (call.ts CallPlan) and
// its operands bound to a synthetic thunk `fn$deferwrapN` that makes the call later; `defer g()` with g a func()
// value defers g itself. Each Defer is an allocation site for its record (on the stack unless in a loop).

import type * as ast from '../syntax/ast.ts';
import { NoPos } from '../syntax/source.ts';
import type { Pos } from '../syntax/source.ts';
import { walk } from '../syntax/walk.ts';
import { Signature, Tuple } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { reassignedVars } from './capture.ts';
import { FnBuilder } from './func.ts';
import { builtinPlan, isBuiltinCall, planCall, type CallPlan } from './call.ts';
import { makeClosure } from './closures.ts';
import { declareParamsAndResults, stmtList } from './stmt.ts';

/** funcType0 is the type `func()` of a deferred function value. */
const funcType0 = new Signature(undefined, new Tuple([]), new Tuple([]), false);

/** hasDeferStmt reports whether a function body has a defer statement of its own (not one in a nested literal). */
export function hasDeferStmt(body: ast.BlockStmt): boolean {
  let found = false;
  walk(body, (n) => {
    if (found || n.kind === 'FuncLit') return false;
    if (n.kind === 'DeferStmt') found = true;
    return !found;
  });
  return found;
}

/**
 * setupDefers starts a function with defer statements (after its parameters and named results are declared): the
 * result variables (hidden ones for unnamed results) and the SetupDefers that names them.
 */
export function setupDefers(fb: FnBuilder, pos: Pos): void {
  fb.fn.hasDefer = true;
  const results = fb.fn.signature.results.vars;
  fb.resultSlots = fb.namedResults.length
    ? fb.namedResults
    : results.map((v) => b.emitAlloc(fb.block, v.type, false, 'result', pos));
  b.emit<ir.SetupDefers>(fb.block, { kind: 'SetupDefers', results: fb.resultSlots, pos });
}

/**
 * buildFuncBody builds a function's body after its signature's variables: the defer setup when the body defers,
 * the statements, and the implicit return at the end of a function without results (or with named ones).
 */
export function buildFuncBody(fb: FnBuilder, ftype: ast.FuncType, recv: ast.FieldList | undefined, body: ast.BlockStmt): void {
  if (!fb.parent) fb.reassigned = reassignedVars(fb, ftype, body);
  declareParamsAndResults(fb, ftype, recv);
  if (hasDeferStmt(body)) setupDefers(fb, body.lbrace);
  stmtList(fb, body.list);
  if (fb.terminated) return;
  if (fb.fn.signature.results.length === 0) emitReturnValues(fb, [], body.rbrace);
  else if (fb.namedResults.length) {
    // Only reachable if the checker missed a "missing return"; keep the IR well formed.
    emitReturnValues(fb, fb.namedResults.map((a) => fb.load(a, NoPos)), body.rbrace);
  }
}

/** emitReturnValues ends the current block with a return of vals, running deferred calls first when there are any. */
export function emitReturnValues(fb: FnBuilder, vals: ir.Value[], pos: Pos): void {
  if (!fb.fn.hasDefer) {
    b.emitReturn(fb.block, vals, pos);
    return;
  }
  vals.forEach((v, i) => {
    const slot = fb.resultSlots[i]!;
    // A bare return of named results loads them; storing the same values back would be a no-op.
    if (!(v.kind === 'UnOp' && v.op === '*' && v.x === slot)) fb.store(slot, v, pos);
  });
  b.emit<ir.RunDefers>(fb.block, { kind: 'RunDefers', pos });
  b.emitReturn(fb.block, fb.resultSlots.map((a) => fb.load(a, pos)), pos);
}

/** deferStmt builds `defer call`. */
export function deferStmt(fb: FnBuilder, s: ast.DeferStmt): void {
  const call = s.call;
  const plan = isBuiltinCall(fb, call) ? builtinPlan(fb, call, true) : planCall(fb, call);
  if (!plan) {
    if (isBuiltinCall(fb, call)) fb.unsupported(call.pos, 'defer of this builtin');
    return;
  }
  // Evaluating the method value of a deferred interface call panics now when the interface is nil.
  if (plan.kind === 'invoke') fb.nilCheck(plan.operands[0]!, call.lparen);
  // `defer g()` with g a func() value defers g itself; any other call gets a thunk.
  const direct = plan.kind === 'dynamic' && plan.operands.length === 1 && isFunc0(plan.operands[0]!);
  const fn = direct ? plan.operands[0]! : makeClosure(fb, callThunk(fb, plan, 'deferwrap', call.lparen), plan.operands, funcType0, call.lparen);
  b.emit<ir.Defer>(fb.block, { kind: 'Defer', fn, heap: true, escape: undefined, pos: s.pos });
}

/** isFunc0 reports whether v is a `func()` value (no parameters, no results). */
function isFunc0(v: ir.Value): boolean {
  const u = v.type.underlying();
  return u.kind === 'Signature' && u.params.length === 0 && u.results.length === 0 && !u.variadic;
}

/**
 * callThunk makes the function that a deferred call or a go statement runs later: a synthetic `func()` with a
 * context, whose free variables are the plan's operands (evaluated at the statement), that makes the call.
 */
export function callThunk(fb: FnBuilder, plan: CallPlan, kind: 'deferwrap' | 'gowrapper', pos: Pos): ir.Function {
  const n = kind === 'deferwrap' ? ++fb.deferThunks : ++fb.goThunks;
  const fn = b.newFunction(fb.fn.pkg, `${fb.fn.name}$${kind}${n}`, `${fb.fn.qualifiedName}$${kind}${n}`, funcType0, pos);
  fn.hasContext = true;
  fn.synthetic = kind === 'deferwrap' ? 'deferred call' : 'goroutine start';
  const fvs = plan.operands.map((op, index): ir.FreeVar => ({
    kind: 'FreeVar',
    name: `a${index}`,
    index,
    parent: fn,
    pos: NoPos,
    type: op.type,
    referrers: [],
  }));
  fn.freeVars.push(...fvs);
  const tb = new FnBuilder(fb.st, fn, fb.info, fb.smap);
  plan.emit(tb, fvs, pos);
  if (!tb.terminated) b.emitReturn(tb.block, [], pos);
  return fn;
}
