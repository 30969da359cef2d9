// Code generation entry point: one IR Program → one LLVM module, in named steps: set the data layout and triple
// (before any function exists: AVR code lives in address space 1), create the globals (zero-initialized, named by
// qualifiedName), create every function (named by qualifiedName; bodyless ones become external declarations,
// implemented in assembly or glue IR), lower every body, link the inline assembly's glue (asm.ts), emit the interrupt
// vectors (interrupts.ts), and emit the C entry `void main()` that runs each package's initializer in program order
// and then main.main. Functions are named by their symbol (ir/linkname.ts: `//export`
// and `//go:linkname` rename them). Defined Go functions and globals get internal linkage so that the optimiser drops
// whatever is unused (a hello world must fit in well under 1 KiB of AVR flash); `main`, functions marked
// `//export NAME` and declarations stay external.

import type { NoHeapSite } from './heapsites.ts';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { CompileError, DiagnosticSink } from '../diag.ts';
import { lowerStatic } from './consts.ts';
import { Codegen } from './context.ts';
import type { CodegenTarget } from './context.ts';
import { FnCtx } from './func.ts';
import { linkGlue } from './glue.ts';
import { createInterruptVectors } from './interrupts.ts';
import { finishInlineAsm } from './asm.ts';
import { finishMaps } from './maps.ts';
import { linkStaticStackBounds, staticStackBound } from './stack.ts';
import { exportName, symbolName } from '../../ir/linkname.ts';

export type { CodegenTarget } from './context.ts';

/** GeneratedModule is the result of code generation: print the textual IR, or write bitcode for opt/llc. */
export interface GeneratedModule {
  /** noHeapSites are the heap allocation sites of a -gc=none build, by symbol number (heapsites.ts). */
  noHeapSites?: readonly NoHeapSite[];
  print(): string;
  writeBitcode(path: string): void;
  dispose?(): void;
}

/**
 * generateModule lowers a whole program to one LLVM module. Unsupported constructs are reported to sink as
 * "not yet supported: ..." and lowering goes on, so that all problems are reported in one run: the caller checks
 * sink.hasErrors. Without a sink, errors are thrown as one CompileError carrying the formatted messages.
 */
export function generateModule(prog: ir.Program, target: CodegenTarget, sink?: DiagnosticSink): GeneratedModule {
  const diags = sink ?? new DiagnosticSink(prog.fset);
  const before = diags.errorCount;
  const g = new Codegen(prog, target, diags);
  linkGlue(g);
  if (target.baremetal) linkStaticStackBounds(g);
  createGlobals(g);
  const bodies = createFunctions(g);
  for (const [fn, sym] of bodies) {
    new FnCtx(g, fn, sym).lower();
    // A broken function is a bug in codegen, never the user's: name it here rather than let opt-14 fail later.
    // (verifyFunction returns true when broken and prints LLVM's reason to the process's stderr.)
    if (llvm.verifyFunction(sym.fn)) {
      diags.error(fn.pos, `internal compiler error: invalid LLVM IR generated for function ${fn.qualifiedName}`);
    }
  }
  g.ifaces.finish();
  g.descs.ext?.finish();
  finishMaps(g);
  finishInlineAsm(g);
  createInterruptVectors(g);
  createEntry(g);
  if (!sink && diags.errorCount > before) throw new CompileError(diags.list.map((d) => diags.format(d)).join('\n'));
  // Two things the bindings cannot express are edited into the textual IR: LLVM gives every global larger than 16
  // bytes without an explicit alignment a 16-byte alignment, which on AVR (constant data is copied to RAM) is RAM
  // lost, so AVR globals get `align 1`; functions marked //go:noinline get LLVM's noinline attribute, and those marked
  // //go:inline (TinyGo's directive, used by runtime/volatile's register methods: out of line, each would carry a nil
  // check whose panic message costs AVR RAM) and the interrupt vectors' entries (interrupts.ts) get alwaysinline.
  const marked = (directive: string): string[] =>
    allFunctions(prog).filter((fn) => fn.directives.some((d) => d.name === directive)).map(symbolName);
  const noinline = marked('go:noinline');
  const inline = [...marked('go:inline'), ...g.alwaysInline];
  const edited = g.target.maxAlign === 1 || noinline.length > 0 || inline.length > 0;
  const print = (): string => {
    let text = g.module.print();
    if (g.target.maxAlign === 1) text = alignGlobals(text, 1);
    if (noinline.length > 0) text = markFunctions(text, noinline, 'noinline');
    return inline.length > 0 ? markFunctions(text, inline, 'alwaysinline') : text;
  };
  return {
    noHeapSites: g.noHeapSites,
    print,
    writeBitcode: (file: string) => {
      if (edited) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-ll-'));
        try {
          const ll = path.join(dir, 'edited.ll');
          fs.writeFileSync(ll, print());
          llvm.WriteBitcodeToFile(llvm.parseIRFile(ll, new llvm.SMDiagnostic(), g.ctx), file);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      } else llvm.WriteBitcodeToFile(g.module, file);
      if (!fs.existsSync(file)) throw new Error(`internal error: bitcode not written to ${file}`);
    },
  };
}

/** alignGlobals gives every global variable definition of a module's text without an alignment `align n`. */
export function alignGlobals(text: string, n: number): string {
  return text.replace(/^(@[^\n]*? = (?:private |internal |external )?(?:unnamed_addr )?(?:global|constant) [^\n]*?)$/gm, (line) =>
    /, align \d+$/.test(line) || / = external /.test(line) ? line : `${line}, align ${n}`,
  );
}

/** markFunctions adds a function attribute (noinline, alwaysinline) to the definitions of the named functions in a module's text. */
export function markFunctions(text: string, names: string[], attr: string): string {
  const wanted = new Set(names);
  return text.replace(/^(define [^\n]*? @("(?:[^"\\]|\\.)*"|[-\w$.]+)\([^\n]*?)( #\d+)? \{$/gm, (line, head: string, sym: string, group = '') => {
    const name = sym.startsWith('"') ? sym.slice(1, -1).replace(/\\([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : sym;
    return wanted.has(name) ? `${head} ${attr}${group} {` : line;
  });
}

/** allFunctions lists every function of the program once: package functions, package initializers, the entry. */
function allFunctions(prog: ir.Program): ir.Function[] {
  const out: ir.Function[] = [];
  const seen = new Set<ir.Function>();
  const add = (f: ir.Function | undefined): void => {
    if (f && !seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const pkg of prog.packages) {
    for (const f of pkg.functions) add(f);
    if (pkg.init.blocks.length > 0) add(pkg.init);
  }
  if (prog.entry && prog.entry.blocks.length > 0 && prog.entry.qualifiedName === 'main') add(prog.entry);
  return out;
}

function createGlobals(g: Codegen): void {
  const glued = new Set<ir.Global>();
  for (const pkg of g.prog.packages) {
    for (const gl of pkg.globals) {
      const u = gl.type.underlying();
      const elem = u.kind === 'Pointer' ? u.elem : gl.type;
      const ty = g.llvmType(elem);
      const glue = staticStackBound(g, gl.qualifiedName);
      if (glue) {
        g.globals.set(gl, glue);
        glued.add(gl);
        continue;
      }
      const gv = new llvm.GlobalVariable(
        g.module,
        ty,
        false,
        llvm.GlobalValue.LinkageTypes.InternalLinkage,
        llvm.Constant.getNullValue(ty),
        gl.qualifiedName,
      );
      g.globals.set(gl, gv);
    }
  }
  // Initial values last: a static value may hold the address of any package variable. The stack bounds' glue
  // definitions keep theirs (computed from the linker script) over the runtime's host defaults.
  for (const pkg of g.prog.packages)
    for (const gl of pkg.globals)
      if (gl.init && !glued.has(gl)) (g.globals.get(gl) as llvm.GlobalVariable).setInitializer(lowerStatic(g, gl.init));
}

/**
 * createFunctions declares every function under its symbol (ir/linkname.ts) and returns those with a body to lower.
 * Definitions come first, so that a bodyless declaration of a symbol that a `//go:linkname` push defines resolves to
 * that definition; every function is also found under its qualified name, which is what calls look up.
 */
function createFunctions(g: Codegen): [ir.Function, ReturnType<Codegen['declareFunction']>][] {
  const bodies: [ir.Function, ReturnType<Codegen['declareFunction']>][] = [];
  const fns = allFunctions(g.prog);
  for (const fn of [...fns.filter((f) => f.blocks.length > 0), ...fns.filter((f) => f.blocks.length === 0)]) {
    const name = symbolName(fn);
    const exported = exportName(fn) !== undefined || fn === g.prog.entry;
    if (g.funcs.has(name) && fn.blocks.length > 0) continue; // a second definition of a symbol: the first one wins
    const type = g.types.functionType(fn.signature, fn.hasContext);
    const sym = g.declareFunction(name, type, fn.signature.results.length === 0, fn.blocks.length > 0 && !exported);
    if (!g.funcs.has(fn.qualifiedName)) g.funcs.set(fn.qualifiedName, sym);
    if (fn.blocks.length > 0) bodies.push([fn, sym]);
  }
  return bodies;
}

/**
 * createEntry emits `void main()`: on the host the main stack's limit for the stack checks (when the program has
 * any, see passes/stackcheck.ts; on the boards it is static, stack.ts), every package initializer in order, then
 * main.main (unless the IR has one).
 */
function createEntry(g: Codegen): void {
  if (g.funcs.has('main')) return;
  const sym = g.declareFunction('main', llvm.FunctionType.get(g.types.voidType, [], false), true, false);
  const b = g.builder;
  b.SetInsertPoint(llvm.BasicBlock.Create(g.ctx, 'entry', sym.fn));
  const initStack = g.target.baremetal ? undefined : g.funcs.get('runtime.initStackLimit');
  if (initStack) b.CreateCall(initStack.fn, []);
  for (const pkg of g.prog.packages) {
    const init = g.funcs.get(pkg.init.qualifiedName);
    if (init && pkg.init.blocks.length > 0) b.CreateCall(init.fn, []);
  }
  const mainMain = g.funcs.get('main.main');
  if (mainMain) b.CreateCall(mainMain.fn, []);
  b.CreateRetVoid();
}
