// The SSA builder's entry point: turns type-checked packages into one ir.Program. Phases, in order:
//   1. createMembers   — an ir.Package per package, an ir.Global per package-level variable, an ir.Function per
//                        declared function and method (bodyless declarations stay external), so calls across
//                        packages resolve whatever the order; each body is declared (fn.build), not built;
//   2. buildInit       — the synthetic `pkg.init`: package-level initializers in Info.initOrder, then the user's
//                        `init` functions in source order;
//   3. bodies          — a function's body is built, statement by statement (stmt.ts, expr.ts, addr.ts, call.ts),
//                        when something calls fn.build: reachability (passes/reachable.ts) for a program, every
//                        declared body at once otherwise (BuildOptions.lazy false);
//   4. finish + lift   — right after a body (with the function literals and wrappers made while building it): open
//                        blocks are terminated, the CFG is cleaned (blockopt.ts: unreachable blocks, jump threading,
//                        fusion), locals lifted to registers (lift.ts).
// Codegen calls every package's init in prog.packages order (runtime first, main last), then main.main.

import type * as ast from '../syntax/ast.ts';
import type { FileSet } from '../syntax/source.ts';
import { NoPos } from '../syntax/source.ts';
import type { Pos } from '../syntax/source.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { Info } from '../types/info.ts';
import type { Sizes } from '../types/sizes.ts';
import type * as types from '../types/types.ts';
import type { Func as FuncObj } from '../types/objects.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { isTerminator } from '../../ir/ir.ts';
import { sideEffectFree, staticValue } from './static.ts';
import { FnBuilder } from './func.ts';
import type { PendingBody } from './generics.ts';
import type { ProgramState } from './func.ts';
import { commaOk } from './stmt.ts';
import { buildFuncBody } from './defer.ts';
import { expr } from './expr.ts';
import { lift } from './lift.ts';
import { optimizeBlocks } from './blockopt.ts';

/** BuildInput is what the builder needs: the checked packages in dependency order (runtime first, main last). */
export interface BuildInput {
  fset: FileSet;
  sizes: Sizes;
  packages: { pkg: types.Package; files: ast.File[]; info: Info; origin?: string }[];
  /** cpuFrequency is the target's clock in Hz, the value of runtime.cpuFrequency(). */
  cpuFrequency?: number;
}

/** BuildOptions tune the builder (for tests and -dump-ssa). */
export interface BuildOptions {
  /** lift promotes local variables to registers (default true); false keeps every Alloc, as built. */
  lift?: boolean;
  /**
   * lazy leaves every function body declared but not built (fn.build builds it); reachability then builds only what
   * the program can run. By default every body is built before buildProgram returns.
   */
  lazy?: boolean;
}

/**
 * buildProgram builds the SSA IR of every package (only the initializers when opts.lazy is set); unsupported constructs
 * are reported to sink, never thrown.
 */
export function buildProgram(input: BuildInput, sink: DiagnosticSink, opts: BuildOptions = {}): ir.Program {
  const prog = b.newProgram(input.fset, input.sizes);
  const runtime = input.packages.find((p) => p.pkg.path === 'runtime')?.pkg;
  const recoverUsed = input.packages.some((p) => [...p.info.uses.values()].some((o) => o.kind === 'Builtin' && o.id === 'recover'));
  // Timers exist only in a program with package time (runtime.timersEnabled(); see runtime/timer.go).
  const timersUsed = input.packages.some((p) => p.pkg.path === 'time');
  const pending = new Set<ir.Function>();
  const st: ProgramState = {
    prog, sink, funcs: new Map(), globals: new Map(), runtime, synthetic: new Map(), recoverUsed, timersUsed,
    cpuFrequency: input.cpuFrequency,
    decls: new Map(), generic: new Map(), instances: new Map(),
    declareBody: (body) => {
      pending.add(body.fn);
      body.fn.build = () => {
        body.fn.build = undefined;
        pending.delete(body.fn);
        buildAndFinish(st, body.fn, () => buildBody(st, body), opts);
      };
    },
  };
  prog.recoverUsed = recoverUsed;
  const inits: { pkg: ir.Package; info: Info; userInits: ir.Function[]; std: boolean }[] = [];

  for (const p of input.packages) {
    const pkg = b.newPackage(prog, p.pkg.path, p.pkg.name, p.pkg);
    inits.push({ pkg, info: p.info, userInits: createMembers(st, pkg, p.files, p.info), std: p.origin === 'goroot' || p.origin === 'overlay' });
  }
  linkGlobals(st, input.packages);
  for (const i of inits) buildAndFinish(st, i.pkg.init, () => buildInit(st, i.pkg, i.info, i.userInits, i.std), opts);
  // Building a body may declare more (generic instances): build until none is left.
  if (!opts.lazy) for (let fn = first(pending); fn; fn = first(pending)) fn.build!();
  return prog;
}

function first<T>(s: Set<T>): T | undefined {
  return s.values().next().value;
}

/**
 * buildAndFinish builds fn's body with step, then finishes and lifts it together with the functions made while
 * building it (function literals, bound methods, thunks, defer and go wrappers: they have blocks already; generic
 * instances declared meanwhile are built when reached).
 */
function buildAndFinish(st: ProgramState, fn: ir.Function, step: () => void, opts: BuildOptions): void {
  const before = st.prog.packages.map((p) => p.functions.length);
  guarded(st, fn, step);
  const made = st.prog.packages.flatMap((p, k) => p.functions.slice(before[k]).filter((f) => f.blocks.length > 0));
  for (const f of [fn, ...made]) {
    guarded(st, f, () => {
      finish(f);
      optimizeBlocks(f);
      if (opts.lift !== false) lift(f);
      else b.renumber(f);
    });
  }
}

/**
 * guarded runs one step of building fn; a JS exception (a builder bug, or input the checker let through) becomes an
 * "internal compiler error" diagnostic at the function, and fn's body is replaced by a lone `unreachable` block.
 */
function guarded(st: ProgramState, fn: ir.Function, step: () => void): void {
  try {
    step();
  } catch (err) {
    st.sink.error(fn.pos, `internal compiler error: building ${fn.qualifiedName}: ${(err as Error).message}`);
    fn.blocks = [];
    fn.nextValueId = 0;
    b.emitUnreachable(b.newBlock(fn, 'entry'));
  }
}

/** createMembers makes the globals and functions of one package; it returns the user init functions in order. */
function createMembers(st: ProgramState, pkg: ir.Package, files: ast.File[], info: Info): ir.Function[] {
  const userInits: ir.Function[] = [];
  for (const file of files) {
    for (const decl of file.decls) {
      if (decl.kind === 'GenDecl' && decl.tok === 'var') {
        for (const spec of decl.specs) {
          if (spec.kind !== 'ValueSpec') continue;
          for (const id of spec.names) {
            const obj = info.defs.get(id);
            if (obj?.kind !== 'Var' || id.name === '_') continue;
            st.globals.set(obj, b.newGlobal(pkg, id.name, obj.type, id.pos, obj));
          }
        }
      } else if (decl.kind === 'FuncDecl') {
        const obj = info.defs.get(decl.name);
        if (obj?.kind !== 'Func' || decl.name.name === '_') continue;
        if (obj.type.typeParams.length > 0 || obj.type.recvTypeParams.length > 0) {
          // Generic: built per instance, on demand (generics.ts).
          st.generic.set(obj, { decl, info, pkg });
          continue;
        }
        const isInit = !decl.recv && decl.name.name === 'init';
        const name = isInit ? `init#${userInits.length + 1}` : decl.name.name;
        const qname = isInit ? `${pkg.path}.${name}` : qualifiedName(obj, pkg);
        const fn = b.newFunction(pkg, name, qname, obj.type, decl.name.pos, obj);
        fn.directives = decl.directives.map((d) => ({ name: d.name, args: d.args }));
        if (isInit) userInits.push(fn);
        else st.funcs.set(obj, fn);
        st.decls.set(obj, { decl, info });
        if (decl.body) st.declareBody({ fn, decl, info });
      }
    }
  }
  return userInits;
}

/**
 * linkGlobals resolves the `//go:linkname local importpath.name` directives on package variables: the variable gets
 * the one it names (ir.Global.linked), when the program has it.
 */
function linkGlobals(st: ProgramState, packages: BuildInput['packages']): void {
  const byName = new Map([...st.globals.values()].map((g) => [g.qualifiedName, g] as const));
  for (const p of packages)
    for (const file of p.files)
      for (const decl of file.decls) {
        if (decl.kind !== 'GenDecl' || decl.tok !== 'var') continue;
        for (const d of decl.directives) {
          const [local, target] = d.name === 'go:linkname' ? d.args.trim().split(/\s+/) : [];
          if (!local || !target) continue;
          const obj = p.pkg.scope.lookup(local);
          const g = obj?.kind === 'Var' ? st.globals.get(obj) : undefined;
          const linked = byName.get(target);
          if (g && linked && linked !== g) g.linked = linked;
        }
      }
}

/** qualifiedName is the symbol name of a function or method: `main.f`, `(*main.T).M`, `main.T.M`. */
export function qualifiedName(obj: FuncObj, pkg: ir.Package): string {
  if (obj.fullName) return obj.fullName;
  const recv = obj.type.recv;
  if (!recv) return `${pkg.path}.${obj.name}`;
  const rt = recv.type;
  if (rt.kind === 'Pointer') return `(*${rt.elem.toString()}).${obj.name}`;
  return `${rt.toString()}.${obj.name}`;
}

function buildBody(st: ProgramState, body: PendingBody): void {
  buildFuncBody(new FnBuilder(st, body.fn, body.info, body.smap), body.decl.type, body.decl.recv, body.decl.body!);
}

function buildInit(st: ProgramState, pkg: ir.Package, info: Info, userInits: ir.Function[], std: boolean): void {
  const fb = new FnBuilder(st, pkg.init, info);
  const noResults = b.signatureOf([], []).results;
  for (const init of info.initOrder) {
    if (init.lhs.length === 1) {
      const g = st.globals.get(init.lhs[0]!);
      const s = g && staticValue(fb, init.rhs, b.elemOf(g.type));
      if (g && s) {
        g.init = s;
        continue;
      }
      if (g && sideEffectFree(info, st.decls, init.rhs, std)) {
        b.emitCall(fb.block, buildInitFunc(st, pkg, info, g, init.rhs), [], noResults, init.rhs.pos);
        continue;
      }
      const v = expr(fb, init.rhs);
      if (g) staticOrStore(fb, g, v, init.rhs.pos);
      continue;
    }
    const t = (init.lhs.length === 2 ? commaOk(fb, init.rhs) : undefined) ?? expr(fb, init.rhs);
    init.lhs.forEach((lv, i) => {
      const g = st.globals.get(lv);
      if (!g || t.type.kind !== 'Tuple') return;
      fb.store(g, b.emitExtract(fb.block, t, i, init.rhs.pos), init.rhs.pos);
    });
  }
  for (const f of userInits) b.emitCall(fb.block, f, [], noResults, NoPos);
  if (!fb.terminated) b.emitReturn(fb.block, []);
}

/**
 * buildInitFunc builds `pkg.init$v`, which computes package variable g's initial value from rhs, an initializer
 * without side effects: the package initializer calls it, and reachability drops the call when nothing reachable
 * uses g (unicode's tables of maps in a program that only calls unicode.IsUpper).
 */
function buildInitFunc(st: ProgramState, pkg: ir.Package, info: Info, g: ir.Global, rhs: ast.Expr): ir.Function {
  const fn = b.newFunction(pkg, `init$${g.name}`, `${pkg.path}.init$${g.name}`, b.signatureOf([], []), rhs.pos);
  fn.synthetic = `initializer of ${g.qualifiedName}`;
  const fb = new FnBuilder(st, fn, info);
  staticOrStore(fb, g, expr(fb, rhs), rhs.pos);
  if (!fb.terminated) b.emitReturn(fb.block, []);
  g.initFunc = fn;
  return fn;
}

/**
 * staticOrStore initializes a package-level variable: a constant becomes its initial value (static data, no code;
 * nothing can read the variable before its initializer runs, Info.initOrder sees to that), anything else is stored
 * by the package initializer.
 */
function staticOrStore(fb: FnBuilder, g: ir.Global, v: ir.Value, pos: Pos): void {
  const c = fb.convertTo(v, b.elemOf(g.type), pos);
  if (c.kind === 'Const') g.init = c;
  else b.emitStore(fb.block, g, c, pos);
}

/** finish terminates every block still open (control never reaches its end) with Unreachable. */
function finish(fn: ir.Function): void {
  for (const blk of fn.blocks) {
    const last = blk.instrs[blk.instrs.length - 1];
    if (!last || !isTerminator(last)) b.emitUnreachable(blk);
  }
}
