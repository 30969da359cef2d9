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
import { definitionOf, definitions } from '../ir/linkname.ts';
import { findMethod, methodKey, nilWrapperPanics, typeKey } from '../ir/methods.ts';
import * as b from '../ir/builder.ts';
import type { Func as FuncObj } from '../compiler/types/objects.ts';
import { Pointer, type Type } from '../compiler/types/types.ts';
import { foldIf, removeUnreachableBlocks } from '../ir/cfg.ts';

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
      return [i.blocking ? 'runtime.chanselect' : 'runtime.chantryselect'];
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
  'chansend', 'chanrecv', 'chanselect', 'chantryselect', 'chanclose', 'chanlen', 'chancap', 'startGoroutine', 'plainPanic',
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
  const work: WorkItem[] = [];
  const mark = (fn: ir.Function | undefined, caller?: ir.Function): void => {
    if (!fn || live.has(fn)) return;
    live.add(fn);
    if (caller) from.set(fn, caller);
    if (fn.build) buildReached(fn);
    work.push({ fn });
    if (!hasBody(fn)) mark(definitionOf(fn, defs), fn);
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
    if (g.linked) use(g.linked, user);
    const refs = staticRefs(g.init);
    for (const target of refs.globals) use(target, user);
    for (const t of refs.boxed) box(t, user);
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
    if (sel && !sel.viaInterface && typeKey(sel.fn.type) === typeKey(m.type)) {
      mark(byObj.get(sel.fn), caller);
      // A value method called through a nil pointer panics with its name (interfaces.ts's dispatcher).
      if (nilWrapperPanics(t, sel)) mark(byName.get('runtime.plainPanic'), caller);
    } else if (sel?.viaInterface) invoke(sel.fn, caller);
  };
  const invoke = (m: FuncObj, caller: ir.Function): void => {
    const k = methodKey(m);
    if (invoked.has(k)) return;
    invoked.set(k, m);
    for (const t of boxed.values()) dispatch(t, m, caller);
  };
  // With reflect linked, a value of any type a boxed type is made of (a field, an element) or of a pointer to one
  // can become an interface value (Value.Interface, Addr, New): those count as boxed too.
  let reflective = false;
  const wake = (key: string): void => {
    for (const w of waiting.get(key) ?? []) work.push(w);
    waiting.delete(key);
  };
  const addKind = (k: number): void => {
    if (kinds.has(`kind:${k}`)) return;
    kinds.add(`kind:${k}`);
    wake(`kind:${k}`);
  };
  const box = (t: Type, user: ir.Function): void => {
    const k = typeKey(t);
    if (t.underlying().kind === 'Interface') return addKind(reflectKind(t)); // a value reflect reads: its kind only
    if (boxed.has(k)) return;
    boxed.set(k, t);
    addKind(reflectKind(t));
    for (const m of invoked.values()) dispatch(t, m, user);
    wake(k);
    if (reflective) for (const c of madeOf(t)) box(c, user);
  };
  // Blocks are scanned along the CFG from the entry. The successor an `if` takes when a comma-ok assertion to a
  // concrete type succeeds waits until that type is boxed: until then the assertion always fails (fmt's printArg
  // then carries no float formatting in a program that never boxes a float). So does the branch taken when reflect's
  // Value.Kind() equals a kind no boxed type has (fmt's printValue): reflect only sees boxed types, the types they
  // are made of, and the pointer and slice types it makes at run time (whose kinds always count as present).
  const scanned = new Map<ir.Function, Set<ir.BasicBlock>>();
  const waiting = new Map<string, WorkItem[]>();
  const kinds = new Set<string>(ALWAYS_KINDS.map((k) => `kind:${k}`));
  const present = (key: string): boolean => boxed.has(key) || kinds.has(key);
  const scan = (fn: ir.Function, i: ir.Instruction): void => {
    for (const name of runtimeCallsOf(i)) mark(byName.get(name), fn);
    for (const v of operands(i)) if (v.kind === 'Global') use(v, fn);
    if (i.kind === 'Call' && i.callee.kind === 'Function') {
      if (!initFuncs.has(i.callee)) mark(i.callee, fn);
    } else if (i.kind === 'Panic' && i.x.type.underlying().kind === 'Interface') mark(byName.get('runtime.gopanic'), fn);
    else if (i.kind === 'MakeClosure' || i.kind === 'Go') mark(i.fn, fn);
    else if (i.kind === 'Invoke') invoke(i.method, fn);
    else if (i.kind === 'MakeInterface') box(i.x.type, fn);
  };
  while (work.length > 0) {
    const item = work.pop()!;
    const fn = item.fn;
    if (!reflective && REFLECT_PACKAGES.has(fn.pkg?.path ?? '')) {
      reflective = true;
      for (const t of [...boxed.values()]) for (const c of madeOf(t)) box(c, fn);
    }
    let seen = scanned.get(fn);
    if (!seen) scanned.set(fn, (seen = new Set()));
    const stack = item.blk ? [item.blk] : fn.blocks.slice(0, 1);
    while (stack.length > 0) {
      const blk = stack.pop()!;
      if (seen.has(blk)) continue;
      seen.add(blk);
      for (const i of blk.instrs) scan(fn, i);
      const key = guardKey(blk);
      if (key && !present(key)) {
        listOf(waiting, key).push({ fn, blk: blk.succs[0]! });
        stack.push(blk.succs[1]!);
      } else stack.push(...blk.succs);
    }
  }
  // Assertions to types never boxed fail, and no reflect value has a kind no boxed type has: those branches go, with
  // the blocks only they reached.
  for (const fn of live) {
    let folded = false;
    for (const blk of fn.blocks) {
      const key = guardKey(blk);
      if (key && !present(key) && scanned.get(fn)?.has(blk)) {
        foldIf(blk, 1);
        folded = true;
      }
    }
    if (folded) removeUnreachableBlocks(fn);
  }
  prog.boxedTypes = [...boxed.values()];

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

/** WorkItem is a function to scan from its entry, or from one block (a branch that waited for a boxed type). */
interface WorkItem {
  fn: ir.Function;
  blk?: ir.BasicBlock;
}

/** REFLECT_PACKAGES make interface values of the types a descriptor describes. */
const REFLECT_PACKAGES = new Set(['reflect', 'internal/reflectlite']);

/** ALWAYS_KINDS are the reflect kinds a Value may have whatever is boxed: Invalid, and Pointer and Slice (made at run time). */
const ALWAYS_KINDS = [0, 22, 23];

/** KIND_OF are the functions whose result is a reflect.Kind read from a value's descriptor. */
const KIND_OF = new Set(['internal/reflectlite.Value.Kind', 'reflect.Value.Kind']);

/**
 * guardKey returns what the branch taken by blk's `if` waits for: `T`'s type key when the condition is a comma-ok
 * assertion's success to concrete type T, `kind:K` when it is `v.Kind() == K` for a reflect value v.
 */
function guardKey(blk: ir.BasicBlock): string | undefined {
  const last = blk.instrs[blk.instrs.length - 1];
  if (last?.kind !== 'If') return undefined;
  const c = last.cond;
  if (c.kind === 'Extract' && c.index === 1 && c.tuple.kind === 'TypeAssert' && c.tuple.commaOk) {
    const t = c.tuple.assertedType;
    return t.underlying().kind === 'Interface' ? undefined : typeKey(t);
  }
  if (c.kind === 'BinOp' && c.op === '==' && c.y.kind === 'Const' && c.y.value?.kind === 'int') {
    const x = c.x;
    if (x.kind === 'Call' && x.callee.kind === 'Function' && KIND_OF.has(x.callee.qualifiedName)) return `kind:${c.y.value.value}`;
  }
  return undefined;
}

/** reflectKind returns reflect's Kind number of a type (0 for none). */
function reflectKind(t: Type): number {
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return BASIC_KINDS[u.name] ?? 0;
    case 'Array':
      return 17;
    case 'Chan':
      return 18;
    case 'Signature':
      return 19;
    case 'Interface':
      return 20;
    case 'Map':
      return 21;
    case 'Pointer':
      return 22;
    case 'Slice':
      return 23;
    case 'Struct':
      return 25;
    default:
      return 0;
  }
}

const BASIC_KINDS: Record<string, number> = {
  bool: 1, int: 2, int8: 3, int16: 4, int32: 5, int64: 6, uint: 7, uint8: 8, uint16: 9, uint32: 10, uint64: 11,
  uintptr: 12, float32: 13, float64: 14, complex64: 15, complex128: 16, string: 24, 'unsafe.Pointer': 26, byte: 8, rune: 5,
};

/**
 * madeOf lists the types reflect can reach from a value of type t: what it points to, and its fields, elements, keys
 * with a pointer to each (Addr). An interface among them is a value of kind Interface to reflect (its dynamic types
 * are boxed elsewhere).
 */
function madeOf(t: Type): Type[] {
  const u = t.underlying();
  const withAddr = (p: Type): Type[] => (['Pointer', 'Interface'].includes(p.underlying().kind) ? [p] : [p, new Pointer(p)]);
  switch (u.kind) {
    case 'Pointer':
      return [u.elem];
    case 'Struct':
      return u.fields.map((f) => f.type).flatMap(withAddr);
    case 'Array':
    case 'Slice':
    case 'Chan':
      return withAddr(u.elem);
    case 'Map':
      return [u.key, u.elem].flatMap(withAddr);
    default:
      return [];
  }
}

function listOf<K, V>(m: Map<K, V[]>, k: K): V[] {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  return l;
}

/**
 * staticRefs returns what a static value refers to: the package variables it points to, and the dynamic types of the
 * interfaces in it (boxed by it).
 */
function staticRefs(
  v: ir.StaticValue | undefined,
  out: { globals: ir.Global[]; boxed: Type[] } = { globals: [], boxed: [] },
): { globals: ir.Global[]; boxed: Type[] } {
  if (!v || v.kind === 'Const') return out;
  if (v.kind === 'StaticAddr') out.globals.push(v.global);
  else if (v.kind === 'StaticSlice') out.globals.push(v.array);
  else if (v.kind === 'StaticIface') {
    out.boxed.push(v.dynType);
    staticRefs(v.value, out);
  } else for (const e of v.elems) staticRefs(e, out);
  return out;
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
