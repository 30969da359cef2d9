// The driver: the one module that knows every phase. build() runs them in order — target, load (parse + check),
// the entry point (package main declares func main), SSA, passes, allocation report, codegen, link, output — timing
// each, and turns the diagnostics of a failed phase into printed `file:line:col: message` lines and a CompileError.
// Nothing is written to the output path until the whole build has succeeded (outputs are renamed into place
// atomically).

import { CONDITIONAL_RUNTIME } from '../../passes/reachable.ts';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateModule, type CodegenTarget, type GeneratedModule } from '../codegen/codegen.ts';
import { NO_HEAP_PREFIX } from '../codegen/heapsites.ts';
import { runtimeFuncs } from '../codegen/runtimecalls.ts';
import { assertNever, CompileError, DiagnosticSink, UserError } from '../diag.ts';
import { newBuildContext } from '../loader/constraints.ts';
import { blameDiagnostics } from '../loader/blame.ts';
import { loadProgram, loadTestProgram, type LoadContext, type LoadedPackage, type TestTarget } from '../loader/loader.ts';
import { generateTestMain, type TestFlags } from './testmain.ts';
import { buildProgram } from '../ssagen/build.ts';
import { FileSet } from '../syntax/source.ts';
import { loadTarget, type ResolvedTarget } from '../target/target.ts';
import { Sizes } from '../types/sizes.ts';
import type * as ir from '../../ir/ir.ts';
import { printProgram } from '../../ir/printer.ts';
import { runPasses } from '../../passes/pipeline.ts';
import type { VectorRange } from '../../passes/interrupts.ts';
import { allocReason, reportAllocs } from '../../passes/allocs.ts';
import { compileObject, linkObject, linkProgram, MemoryOverflow, objectFile, type LinkOptions, type OptLevel } from './link.ts';
import { checkMainFunc } from './mainfunc.ts';
import { reportOverflow } from './oversize.ts';
import { outputFormat, writeFileAtomic, writeOutput } from './output.ts';
import { RegexpError, translateRegexp } from './regexp.ts';
import { checkSize, formatSize, measureSize } from './size.ts';
import { patchStacks, planStacks, uncomputedStacks, type StackPlan } from './stacks.ts';
import { ToolFailure } from './tools.ts';
import { verifyIR } from './verify.ts';

/** BuildOptions are the driver's inputs, as the CLI and the tests give them. */
export interface BuildOptions {
  /** inputs are a directory or a list of .go files (empty: the current directory). */
  inputs: string[];
  /** target is a target name or a path to a target JSON file. */
  target: string;
  /** output is the file to write; its extension picks the format. Undefined: `<name>.elf` (build) or a temp file (run). */
  output?: string;
  optLevel: OptLevel;
  /** printAllocs is the -print-allocs regexp, in Go syntax (regexp.ts translates it). */
  printAllocs?: string;
  size: 'none' | 'short' | 'full';
  tags: string[];
  /** gc and scheduler override the target's defaults (-gc=, -scheduler=). */
  gc?: ResolvedTarget['gc'];
  scheduler?: ResolvedTarget['scheduler'];
  /** stackSize overrides the target's default goroutine stack size in bytes (-stack-size=). */
  stackSize?: number;
  /** printStacks asks for the stack size of every goroutine start function (-print-stacks). */
  printStacks?: boolean;
  dumpSSA?: boolean;
  dumpLL?: boolean;
  keepWork?: boolean;
  /** stderr receives diagnostics, the allocation report and size output (default: process.stderr / stdout). */
  stderr?: (s: string) => void;
  stdout?: (s: string) => void;
  /** cwd is the directory paths in messages are relative to (default: process.cwd()). */
  cwd?: string;
  /** test builds the test program of a package instead of inputs (`tsgo test`, testcmd.ts). */
  test?: { target: TestTarget; flags: TestFlags };
}

/** BuildResult describes a finished build. */
export interface BuildResult {
  /** target is the target built for, with the main stack the linked program has. */
  target: ResolvedTarget;
  /** outputPath is the file written. */
  outputPath: string;
  /** allocs are the -print-allocs lines (also printed). */
  allocs: string[];
  /** timings holds milliseconds per phase, in pipeline order. */
  timings: Record<string, number>;
  /** stacks are the program's stack sizes (for a linked output). */
  stacks?: StackPlan;
}

/** build compiles a program for a target and writes the requested output. */
export async function build(opts: BuildOptions): Promise<BuildResult> {
  const stderr = opts.stderr ?? ((s: string) => process.stderr.write(s));
  const stdout = opts.stdout ?? ((s: string) => process.stdout.write(s));
  const cwd = opts.cwd ?? process.cwd();
  const timings: Record<string, number> = {};
  const time = <T>(phase: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + performance.now() - t0;
    }
  };
  const timeAsync = async <T>(phase: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + performance.now() - t0;
    }
  };

  const target = time('target', () => withOverrides(loadTarget(opts.target), opts));
  const filter = compileFilter(opts.printAllocs);
  const outputName = opts.output ?? defaultOutputName(opts.inputs);
  const format = outputFormat(outputName);
  const output = path.resolve(cwd, outputName);
  if (format === 'uf2' && target.uf2FamilyId === undefined) {
    throw new UserError(`cannot write ${outputName}: target ${target.name} has no UF2 boot loader (no uf2-family-id in its target file)`);
  }
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const fail = (): never => {
    for (const d of sink.sorted()) stderr(sink.format(d, cwd) + '\n');
    throw new CompileError();
  };
  const sizes = new Sizes(target.ptrSize, target.intSize, target.maxAlign);
  const buildCtx = newBuildContext(target.goos, target.goarch, [...target.buildTags, ...opts.tags]);
  // The runtime's files for each choice are selected by TinyGo's tags: gc.conservative, scheduler.tasks, ...

  const loadCtx = { fset, sink, build: buildCtx, sizes, cwd };
  const packages = time('load', () => (opts.test ? loadTest(opts.test, loadCtx) : loadProgram(opts.inputs, loadCtx)));
  if (sink.hasErrors) fail();
  checkMainFunc(packages, sink);
  if (sink.hasErrors) fail();
  const prog = time('ssa', () => buildProgram({ fset, sizes, packages, cpuFrequency: target.cpuFrequency }, sink, { lazy: true }));
  if (sink.hasErrors) {
    blameDiagnostics(sink, packages);
    fail();
  }
  // gopanic is a root only where codegen calls it: for a reachable panic with an interface value (reachable.ts).
  // Every runtime function codegen may call is a root, except gopanic and those needed only by some instructions.
  const keep = Object.keys(runtimeFuncs)
    .map((n) => `runtime.${n}`)
    .filter((n) => n !== 'runtime.gopanic' && !CONDITIONAL_RUNTIME.includes(n));
  const vectorRange = interruptVectors(target);
  time('passes', () => runPasses(prog, { maxStackAlloc: target.maxStackAlloc, maxStackFrame: target.maxStackFrame, keep, vectorRange }, sink));
  if (target.scheduler === 'none') rejectGoStatements(prog, sink);
  if (sink.hasErrors) fail();
  // The user's packages: library allocations are reported at the user's calls that reach them.
  const userPackages = new Set(packages.filter((p) => p.origin !== 'goroot' && p.origin !== 'overlay').map((p) => p.pkg.path));
  const allocs = filter ? reportAllocs(prog, filter, cwd, userPackages) : [];
  for (const line of allocs) stderr(line + '\n');
  if (opts.dumpSSA) stdout(printProgram(prog));

  const module = time('codegen', () => generateModule(prog, codegenTarget(target), sink));
  if (sink.hasErrors) fail();
  if (opts.dumpLL) stdout(module.print());

  let stacks: StackPlan | undefined;
  let linkedTarget = target; // with the main stack the linked program has
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-build-'));
  try {
    const bc = path.join(workDir, 'main.bc');
    const tools = { target, input: bc, optLevel: opts.optLevel, workDir, timings };
    if (opts.printStacks && (format === 'll' || format === 'bc' || format === 'o')) {
      printStacks(uncomputedStacks(prog, target, opts.stackSize !== undefined, 'not computed: the output is not linked'), stdout);
    }
    switch (format) {
      case 'll':
        time('output', () => writeFileAtomic(output, module.print()));
        break;
      case 'bc':
        time('output', () => module.writeBitcode(bc));
        writeFileAtomic(output, fs.readFileSync(bc));
        break;
      case 'o': {
        time('bitcode', () => module.writeBitcode(bc));
        const obj = path.join(workDir, 'main.o');
        await timeAsync('link', () => explainInvalidIR(module, compileObject({ ...tools, output: obj })));
        writeFileAtomic(output, fs.readFileSync(obj));
        break;
      }
      case 'elf':
      case 'hex':
      case 'bin':
      case 'uf2': {
        time('bitcode', () => module.writeBitcode(bc));
        const elf = path.join(workDir, 'main.elf');
        const object = objectFile(tools);
        try {
          await timeAsync('link', () => explainInvalidIR(module, linkProgram({ ...tools, output: elf }).then(() => undefined)));
        } catch (e) {
          if (target.gc === 'none' && noHeapDiagnostics(e, prog, module, sink)) fail();
          if (e instanceof MemoryOverflow) await reportOverflow({ ...tools, output: elf }, object, target, opts.size, stdout, e);
          throw e;
        }
        const linked = await timeAsync('stacks', () => sizeStacks({ ...tools, output: elf }, object, prog, opts.stackSize !== undefined, opts.size, stdout));
        stacks = linked.plan;
        linkedTarget = linked.target;
        if (opts.printStacks) printStacks(stacks, stdout);
        // The report comes first, so that a program over the chip's sizes is shown before the overflow is named.
        const report = await timeAsync('size', () => measureSize(elf, opts.size === 'full'));
        if (opts.size !== 'none') stdout(formatSize(report, opts.size));
        checkSize(linked.target, report);
        await timeAsync('output', () => writeOutput(elf, output, format, target.uf2FamilyId));
        break;
      }
      default:
        assertNever(format, 'output format');
    }
  } finally {
    if (opts.keepWork) stderr(`WORK=${workDir}\n`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
  return { target: linkedTarget, outputPath: output, allocs, timings, ...(stacks ? { stacks } : {}) };
}

/** loadTest loads a package's test program, its generated main written to a temporary directory. */
function loadTest(test: NonNullable<BuildOptions['test']>, ctx: LoadContext): LoadedPackage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-testmain-'));
  try {
    return loadTestProgram(test.target, ctx, (pkg, xtest) => {
      const file = path.join(dir, '_testmain.go');
      fs.writeFileSync(file, generateTestMain(pkg, xtest, test.target.path, test.flags).source);
      return file;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * withOverrides applies the build flags that change a target's runtime choices, and adds the build tags that select
 * the runtime's files for them (TinyGo's names: `gc.conservative`, `gc.leaking`, `gc.none`, `scheduler.tasks`,
 * `scheduler.none`).
 */
export function withOverrides(t: ResolvedTarget, opts: Pick<BuildOptions, 'gc' | 'scheduler' | 'stackSize'>): ResolvedTarget {
  const gc = opts.gc ?? t.gc;
  const scheduler = opts.scheduler ?? t.scheduler;
  const defaultStackSize = opts.stackSize ?? t.defaultStackSize;
  const buildTags = [...t.buildTags.filter((tag) => !/^(gc|scheduler)\./.test(tag)), `gc.${gc}`, `scheduler.${scheduler}`];
  return { ...t, gc, scheduler, defaultStackSize, buildTags };
}

/**
 * sizeStacks computes the linked program's stacks (stacks.ts): when the main goroutine needs more than the target's
 * main stack, it links again with a main stack that large; then it writes the goroutines' sizes into the ELF.
 * Returns the plan and the target with the main stack the ELF has.
 */
async function sizeStacks(
  opts: LinkOptions,
  object: string,
  prog: ir.Program,
  fromFlag: boolean,
  size: BuildOptions['size'],
  stdout: (s: string) => void,
): Promise<{ plan: StackPlan; target: ResolvedTarget }> {
  let target = opts.target;
  const plan = await planStacks(opts.output, prog, target, fromFlag);
  if (plan.main.computed && target.stackSize > 0 && plan.main.size > target.stackSize) {
    target = { ...target, stackSize: plan.main.size };
    const note = `(the main goroutine needs ${plan.main.size} bytes of stack, computed from the call graph)`;
    try {
      await linkObject({ ...opts, target }, object);
    } catch (e) {
      if (e instanceof MemoryOverflow) await reportOverflow({ ...opts, target }, object, target, size, stdout, e, note);
      if (e instanceof UserError) throw new UserError(`${e.message}\n${note}`);
      throw e;
    }
  }
  const bytes = new Uint8Array(fs.readFileSync(opts.output));
  patchStacks(bytes, plan, target.ptrSize);
  fs.writeFileSync(opts.output, bytes);
  return { plan, target };
}

/** printStacks prints -print-stacks: the main goroutine, then one line per goroutine start function. */
function printStacks(plan: StackPlan, stdout: (s: string) => void): void {
  for (const s of [plan.main, ...plan.goroutines]) stdout(`${s.name}  ${s.size}  (${s.how})\n`);
}

/** rejectGoStatements reports every reachable go statement: with -scheduler=none no goroutine can start. */
function rejectGoStatements(prog: ir.Program, sink: DiagnosticSink): void {
  for (const p of prog.packages)
    for (const fn of p.functions)
      for (const blk of fn.blocks)
        for (const i of blk.instrs)
          if (i.kind === 'Go') sink.error(i.pos, 'go statement: goroutines need a scheduler, and this build has -scheduler=none');
}

/**
 * noHeapDiagnostics turns the undefined symbols of a -gc=none link (codegen/heapsites.ts) into one positioned error
 * per heap allocation left in the final code, and reports whether there were any. runtime.alloc alone undefined is
 * an allocation inside the runtime that no user site accounts for.
 */
function noHeapDiagnostics(e: unknown, prog: ir.Program, module: GeneratedModule, sink: DiagnosticSink): boolean {
  if (!(e instanceof UserError)) return false;
  const undefinedSymbols = [...e.message.matchAll(/undefined symbol: (\S+)/g)].map((m) => m[1]!);
  let found = false;
  for (const sym of undefinedSymbols) {
    if (!sym.startsWith(NO_HEAP_PREFIX)) continue;
    const site = module.noHeapSites?.[Number(sym.slice(NO_HEAP_PREFIX.length))];
    if (!site) continue;
    const reason = site.site ? allocReason(prog, site.site) : 'allocated by the runtime';
    sink.error(site.pos, `heap allocation with -gc=none: ${reason}`);
    found = true;
  }
  if (!found && undefinedSymbols.includes('runtime.alloc')) {
    const by = /undefined symbol: runtime\.alloc\s*\n>>> referenced by .*?\(([^)]+)\)/.exec(e.message)?.[1];
    throw new UserError(`heap allocation with -gc=none in the runtime${by ? ` (in ${by})` : ''}`);
  }
  return found;
}

/**
 * interruptVectors gives the interrupt numbers a target's startup code has vectors for: `__vector_1` to `__vector_25`
 * in targets/avr.s (the ATmega328P's table), `IRQ0_Handler` to `IRQ25_Handler` in targets/rp2040.s (the RP2040's 26
 * interrupts), `IRQ0_Handler` to `IRQ63_Handler` in targets/cortex-m.s; none on the host.
 */
export function interruptVectors(t: ResolvedTarget): VectorRange {
  if (t.llvmTarget.startsWith('avr')) return [1, 25];
  if (t.buildTags.includes('rp2040')) return [0, 25];
  return t.buildTags.includes('cortexm') ? [0, 63] : undefined;
}

/** codegenTarget extracts what codegen needs from a resolved target. */
export function codegenTarget(t: ResolvedTarget): CodegenTarget {
  return {
    triple: t.llvmTarget,
    cpu: t.cpu,
    features: t.features,
    dataLayout: t.dataLayout,
    ptrSize: t.ptrSize,
    intSize: t.intSize,
    addrSpaceFunctions: t.llvmTarget.startsWith('avr') ? 1 : 0,
    maxAlign: t.maxAlign,
    baremetal: t.buildTags.includes('baremetal'),
    defaultStackSize: t.defaultStackSize,
    gc: t.gc,
  };
}

/**
 * explainInvalidIR turns opt-14 rejecting the module (a codegen bug, not the user's) into an internal compiler error
 * that names the function holding the invalid IR.
 */
async function explainInvalidIR(module: GeneratedModule, step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (e) {
    if (e instanceof ToolFailure && e.tool === 'opt') {
      const why = verifyIR(module.print());
      if (why) throw new Error(why.replace(/^internal compiler error: /, ''));
    }
    throw e;
  }
}

/** compileFilter translates the -print-allocs pattern, written in Go's regexp syntax (as TinyGo takes it). */
function compileFilter(re: string | undefined): RegExp | undefined {
  if (re === undefined) return undefined;
  try {
    return translateRegexp(re);
  } catch (e) {
    if (!(e instanceof RegexpError)) throw e;
    throw new UserError(`tsgo: invalid -print-allocs regexp ${JSON.stringify(re)}: ${e.message}`);
  }
}

function defaultOutputName(inputs: string[]): string {
  const first = inputs[0] ?? '.';
  const base = first.endsWith('.go') ? path.basename(first, '.go') : path.basename(path.resolve(first));
  return base + '.elf';
}
