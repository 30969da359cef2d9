// Dead-function elimination: the first pass. Only functions the program can run stay in the IR, so that escape
// analysis, the allocation report and codegen see exactly what will be linked (a runtime error type's Error method in
// a program that never boxes it reports nothing and costs nothing). Reachability is rapid type analysis: from the
// roots — main.main, every package initializer, functions exported to assembly or C, and the runtime functions codegen
// calls on its own (runtime.gopanic only when a panic with an interface value is reachable) — a function is reachable
// when a reachable function calls it, makes it into a function value, or when it defines the symbol of a reachable
// bodyless declaration (`//go:linkname`, ir/linkname.ts), or
// when it is the method, in the method set of a type some reachable function converts to an interface, that a
// reachable interface call names. A function's body is built (fn.build, compiler/ssagen/build.ts) when it is first
// reached, so unreached code is never built, and an unsupported construct in it never fails a build. The rest is
// removed from its package (its instructions leave their operands' referrer lists).

import type { DiagnosticSink } from '../compiler/diag.ts';
import type * as ir from '../ir/ir.ts';
import { hasBody, operands } from '../ir/ir.ts';
import { definitions, symbolName } from '../ir/linkname.ts';
import { findMethod, methodKey, typeKey } from '../ir/methods.ts';
import * as b from '../ir/builder.ts';
import type { Func as FuncObj } from '../compiler/types/objects.ts';
import type { Type } from '../compiler/types/types.ts';

/**
 * runtimeCallsOf names the runtime functions codegen calls for instruction i that are roots only where such an
 * instruction is live: the panics that box a run-time error (in a program with recover, each pulls its error type's
 * Error method into every dispatch of Error) and the map operations. It must cover codegen's lowering (checks.ts,
 * slices.ts, interfaces.ts, maps.ts); the driver keeps every other runtime function codegen may call.
 */
export function runtimeCallsOf(i: ir.Instruction): readonly string[] {
  switch (i.kind) {
    case 'Index':
    case 'IndexAddr':
    case 'Slice':
      return ['runtime.panicBounds'];
    case 'Convert':
      return i.x.type.underlying().kind === 'Slice' ? ['runtime.panicBounds'] : [];
    case 'TypeAssert':
      return i.commaOk ? [] : ['runtime.panicTypeAssert', 'runtime.panicTypeAssertIface'];
    case 'MakeSlice':
      return ['runtime.panicMakeSliceLen', 'runtime.panicMakeSliceCap'];
    case 'BinOp':
      if (i.op === '/' || i.op === '%') return ['runtime.panicDivide', 'runtime.complexDiv'];
      return i.op === '<<' || i.op === '>>' ? ['runtime.panicShift'] : [];
    case 'MakeMap':
      return ['runtime.mapinit', 'runtime.mapmake'];
    case 'MapUpdate':
      return ['runtime.mapassign'];
    case 'Lookup':
      return ['runtime.mapaccess'];
    case 'MapRange':
      return ['runtime.mapiterinit'];
    case 'MapNext':
      return ['runtime.mapiternext'];
    case 'MakeChan':
      return ['runtime.chanSize', 'runtime.chaninit'];
    case 'Send':
      return ['runtime.chansend'];
    case 'Recv':
      return ['runtime.chanrecv'];
    case 'Select':
      return ['runtime.chanselect'];
    case 'Go':
      return ['runtime.startGoroutine'];
    case 'Call':
      if (i.callee.kind !== 'Builtin') return [];
      switch (i.callee.name) {
        case 'delete':
          return ['runtime.mapdelete'];
        case 'clear':
          return ['runtime.mapclear'];
        case 'len':
          return i.args[0]?.type.underlying().kind === 'Chan' ? ['runtime.chanlen'] : ['runtime.maplen'];
        case 'cap':
          return i.args[0]?.type.underlying().kind === 'Chan' ? ['runtime.chancap'] : [];
        case 'close':
          return ['runtime.chanclose'];
        case 'Slice':
        case 'String':
          return ['runtime.panicUnsafeSliceLen', 'runtime.panicUnsafeSliceNil'];
        default:
          return [];
      }
    default:
      return [];
  }
}

/** CONDITIONAL_RUNTIME lists the runtime functions runtimeCallsOf may name (not roots by themselves). */
export const CONDITIONAL_RUNTIME = [
  'panicBounds', 'panicTypeAssert', 'panicTypeAssertIface', 'panicMakeSliceLen', 'panicMakeSliceCap', 'panicDivide',
  'complexDiv', 'panicShift', 'mapinit', 'mapmake', 'mapassign', 'mapaccess', 'mapiterinit', 'mapiternext',
  'mapdelete', 'mapclear', 'maplen', 'panicUnsafeSliceLen', 'panicUnsafeSliceNil', 'chanSize', 'chaninit',
  'chansend', 'chanrecv', 'chanselect', 'chanclose', 'chanlen', 'chancap', 'startGoroutine',
].map((n) => `runtime.${n}`);

/**
 * ASM_CALLEES maps the runtime's hooks implemented in assembly (bodyless declarations) to the Go functions their
 * assembly calls. Those are exported only so that the assembler can name them: they are reachable when their hook
 * is, not roots as other exported functions are (the collector's stack scan costs nothing in a program that never
 * collects).
 */
const ASM_CALLEES: ReadonlyMap<string, readonly string[]> = new Map([
  ['runtime.tsgo_scanCurrentStack', ['runtime.markCurrentStack']],
  ['runtime.tsgo_prepareTask', ['runtime.taskStart']],
  ['runtime.tsgo_stackOverflow', ['runtime.stackOverflow']],
]);
const calledFromAsm = new Set([...ASM_CALLEES.values()].flat());

/**
 * removeUnreachable builds the bodies of the functions prog can run (those whose body is only declared, fn.build) and
 * deletes the others; keep names extra roots (qualified names). A diagnostic reported while building a body gets the
 * chain of calls that reaches it (`reached from main.main → f → g`).
 */
export function removeUnreachable(prog: ir.Program, keep: readonly string[], sink?: DiagnosticSink): number {
  const byName = new Map<string, ir.Function>();
  const byObj = new Map<FuncObj, ir.Function>();
  const indexed = prog.packages.map(() => 0);
  // index records the functions made since the last call (building a body makes literals and generic instances).
  const index = (): void =>
    prog.packages.forEach((p, k) => {
      for (const fn of p.functions.slice(indexed[k])) {
        if (!byName.has(fn.qualifiedName)) byName.set(fn.qualifiedName, fn);
        if (fn.object && !byObj.has(fn.object)) byObj.set(fn.object, fn);
      }
      indexed[k] = p.functions.length;
    });
  index();
  // Without a main.main (hand-built IR in tests, a package that is not a program) every function is a root.
  if (!byName.has('main.main')) {
    buildAll(prog);
    return 0;
  }
  // A bodyless declaration is implemented by the function that defines its symbol (a `//go:linkname` push).
  const defs = definitions(byName.values());
  const live = new Set<ir.Function>();
  const from = new Map<ir.Function, ir.Function>();
  const work: ir.Function[] = [];
  const mark = (fn: ir.Function | undefined, caller?: ir.Function): void => {
    if (!fn || live.has(fn)) return;
    live.add(fn);
    if (caller) from.set(fn, caller);
    if (fn.build) buildReached(fn);
    work.push(fn);
    if (!hasBody(fn)) mark(defs.get(symbolName(fn)), fn);
    for (const callee of ASM_CALLEES.get(fn.qualifiedName) ?? []) mark(byName.get(callee), fn);
  };
  const buildReached = (fn: ir.Function): void => {
    const before = sink?.list.length ?? 0;
    fn.build!();
    index();
    if (!sink || sink.list.length === before) return;
    const chain = [fn.qualifiedName];
    for (let f = from.get(fn); f && chain.length < 64; f = from.get(f)) chain.unshift(f.qualifiedName);
    const shown = chain.length > 8 ? [...chain.slice(0, 3), '...', ...chain.slice(-4)] : chain;
    for (const d of sink.list.slice(before)) d.message += `\n\treached from ${shown.join(' → ')}`;
  };
  // A package variable's side-effect-free initializer (ir.Global.initFunc) is reachable when the variable is used.
  const initFuncs = new Set(prog.packages.flatMap((p) => p.globals.flatMap((g) => (g.initFunc ? [g.initFunc] : []))));
  const usedGlobals = new Set<ir.Global>();
  const use = (g: ir.Global, user: ir.Function): void => {
    if (usedGlobals.has(g)) return;
    usedGlobals.add(g);
    if (g.initFunc) mark(g.initFunc, user);
    for (const target of staticTargets(g.init)) use(target, user);
  };
  for (const p of prog.packages) mark(p.init);
  for (const name of ['main.main', ...keep]) mark(byName.get(name));
  // Functions exported to assembly are roots, except those the assembly of a hook calls (reachable with the hook) and
  // the runtime's that only some instructions need.
  for (const fn of [...byName.values()]) {
    const exported = fn.directives.some((d) => d.name === 'export' || d.name === 'go:export');
    const conditional = calledFromAsm.has(fn.qualifiedName) || CONDITIONAL_RUNTIME.includes(fn.qualifiedName);
    if (exported && hasBody(fn) && !conditional) mark(fn);
  }

  const boxed = new Map<string, Type>();
  const invoked = new Map<string, FuncObj>();
  const dispatch = (t: Type, m: FuncObj, caller: ir.Function): void => {
    if (t.underlying().kind === 'Interface') return;
    const sel = findMethod(t, m.name, m.pkg);
    if (sel && !sel.viaInterface && typeKey(sel.fn.type) === typeKey(m.type)) mark(byObj.get(sel.fn), caller);
    else if (sel?.viaInterface) invoke(sel.fn, caller);
  };
  const invoke = (m: FuncObj, caller: ir.Function): void => {
    const k = methodKey(m);
    if (invoked.has(k)) return;
    invoked.set(k, m);
    for (const t of boxed.values()) dispatch(t, m, caller);
  };
  while (work.length > 0) {
    const fn = work.pop()!;
    for (const blk of fn.blocks)
      for (const i of blk.instrs) {
        for (const name of runtimeCallsOf(i)) mark(byName.get(name), fn);
        for (const v of operands(i)) if (v.kind === 'Global') use(v, fn);
        if (i.kind === 'Call' && i.callee.kind === 'Function') {
          if (!initFuncs.has(i.callee)) mark(i.callee, fn);
        }
        else if (i.kind === 'Panic' && i.x.type.underlying().kind === 'Interface') mark(byName.get('runtime.gopanic'), fn);
        else if (i.kind === 'MakeClosure' || i.kind === 'Go') mark(i.fn, fn);
        else if (i.kind === 'Invoke') invoke(i.method, fn);
        else if (i.kind === 'MakeInterface') {
          const k = typeKey(i.x.type);
          if (boxed.has(k)) continue;
          boxed.set(k, i.x.type);
          for (const m of invoked.values()) dispatch(i.x.type, m, fn);
        }
      }
  }

  // The package initializers call only the initializers of used variables.
  for (const p of prog.packages)
    for (const blk of p.init.blocks)
      for (const i of [...blk.instrs]) if (i.kind === 'Call' && initFuncs.has(i.callee as ir.Function) && !live.has(i.callee as ir.Function)) b.removeInstr(i);
  let removed = 0;
  for (const p of prog.packages) {
    p.functions = p.functions.filter((fn) => {
      if (live.has(fn) || !hasBody(fn)) return true;
      for (const blk of fn.blocks) for (const i of [...blk.instrs]) b.removeInstr(i);
      removed++;
      return false;
    });
  }
  return removed;
}

/** staticTargets returns the package variables a static value points to. */
function staticTargets(v: ir.StaticValue | undefined): ir.Global[] {
  if (!v || v.kind === 'Const') return [];
  if (v.kind === 'StaticAddr') return [v.global];
  if (v.kind === 'StaticSlice') return [v.array];
  return v.elems.flatMap(staticTargets);
}

/** buildAll builds every declared body, including those that building declares. */
export function buildAll(prog: ir.Program): void {
  for (let again = true; again; ) {
    again = false;
    for (const p of prog.packages)
      for (let k = 0; k < p.functions.length; k++) {
        const fn = p.functions[k]!;
        if (fn.build) {
          fn.build();
          again = true;
        }
      }
  }
}
