// Goroutine stack sizes from the call graph (TinyGo's "automatic stack size", on every target). Every `go` statement
// allocates the stack size held in the global `tsgo.stacksize.<start function>` (codegen/chans.ts), initialised to
// the target's default-stack-size or -stack-size. After linking, this step computes the worst-case stack of each
// start function and, where it can, writes it into the global in the ELF before any output is made from it.
//
// The frames are those the machine code really has: LLVM's stack-size section (llc -stack-size-section) for
// compiled functions, the pushes of the assembly and libgcc functions (callscan.ts). The edges are the union of the
// machine code's direct calls and tail jumps and of the Go-level call graph (passes/callgraph.ts), which resolves the
// calls through registers: a function the optimiser inlined keeps its callees there, at the cost of counting its
// frame too. Defer runners are made exact per caller: a return of F runs only F's deferred calls. A cycle through a
// panic's defer runners (a deferred call that panics) is counted once; those runners check the stack on entry, so a
// deeper nesting ends with `fatal error: stack overflow`, never silently. Any other cycle, or a call through a
// register that neither graph resolves, leaves the default size, and -print-stacks says why.
//
// A goroutine's stack holds the task record, the canary word, the deepest chain from the task's entry (plus one
// interrupt handler's chain, which runs on whatever stack is current) and, for the checked functions, the guard
// below the stack limit (runtime/stack.go). The start function's bound operands are allocated above it.

import * as fs from 'node:fs';
import type * as ir from '../../ir/ir.ts';
import { stackGuard } from '../../ir/layout.ts';
import { symbolName } from '../../ir/linkname.ts';
import { buildCallGraph, DEFER_RUNNERS } from '../../passes/callgraph.ts';
import { EM_ARM, EM_AVR, EM_X86_64, elfSections, elfSymbols, parseElf, sectionBytes, STT_FUNC, type ElfFile, type ElfSymbol } from '../run/elf.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { scanAVR, scanObjdumpX86, scanThumb, type Scan } from './callscan.ts';
import { runTool } from './tools.ts';

/** StackReport is the stack chosen for one goroutine start function. */
export interface StackReport {
  /** name is the start function as the user wrote it (the function its go wrapper calls). */
  name: string;
  size: number;
  /** how says where the size comes from. */
  how: string;
  /** computed is set when the size comes from the call graph. */
  computed?: boolean;
  /** global is the variable holding a goroutine's stack size (codegen/chans.ts). */
  global?: string;
}

/** Arch is what the analysis needs to know about an instruction set. */
interface Arch {
  /** scan decodes one function; disassembled, when set, says the whole program's disassembly is read instead. */
  scan(code: Uint8Array, start: number, data: [number, number][]): Scan;
  disassembled?: (objdump: string) => Map<number, Scan>;
  /** returnAddress is what a call pushes (0 where the return address is in a register the callee saves). */
  returnAddress: number;
  /** interruptEntry is what the hardware pushes when it takes an interrupt. */
  interruptEntry: number;
  /** isHandler recognises an interrupt handler's symbol. */
  isHandler(name: string): boolean;
  /** redZone is what a leaf function may use below the stack pointer without moving it. */
  redZone?: number;
}

const ARCHES: Record<number, Arch> = {
  [EM_AVR]: { scan: scanAVR, returnAddress: 2, interruptEntry: 2, isHandler: (n) => /^__vector_\d+$/.test(n) },
  [EM_ARM]: {
    scan: scanThumb,
    returnAddress: 0,
    interruptEntry: 36, // eight words and the alignment word
    isHandler: (n) => /_Handler$/.test(n) && n !== 'Reset_Handler',
  },
  [EM_X86_64]: {
    scan: () => ({ calls: [], indirect: true, pushed: 0 }), // a function objdump did not show: unknown
    disassembled: scanObjdumpX86,
    returnAddress: 8,
    interruptEntry: 0, // the host program handles no signals
    isHandler: () => false,
    redZone: 128,
  },
};

/**
 * OVERFLOW_REPORT are what a failed stack check calls (runtime/stack.go): the assembly moves to the main stack's top
 * first, so the report's calls are not on the overflowing stack.
 */
const OVERFLOW_REPORT = ['tsgo_stackOverflow', 'runtime.stackOverflow'];

/** ENTRY is the program's entry function (the C `main` the startup code calls). */
const ENTRY = 'main';
/** MAIN names the main goroutine in the reports. */
const MAIN = 'main.main';
/** TASK_ENTRY is where a goroutine starts running (runtime.taskStart, exported to the assembly under this name). */
const TASK_ENTRY = 'tsgo_taskStart';

/** MachineFunction is a function symbol of the linked program. */
interface MachineFunction {
  name: string;
  frame: number;
  calls: string[];
  indirect: boolean;
}

/** StackPlan is the stacks of a linked program. */
export interface StackPlan {
  /** main is the main goroutine's stack: its need, when computed, else the linker's main stack. */
  main: StackReport;
  /** goroutines has one report per goroutine start function, in name order. */
  goroutines: StackReport[];
}

/**
 * planStacks computes the stack of the main goroutine and of every goroutine start function of prog in the linked
 * ELF at elfPath. `fromFlag` says the goroutines' fallback size is -stack-size rather than the target's default.
 */
export async function planStacks(elfPath: string, prog: ir.Program, target: ResolvedTarget, fromFlag: boolean): Promise<StackPlan> {
  const elf = parseElf(new Uint8Array(fs.readFileSync(elfPath)), elfPath);
  const arch = ARCHES[elf.machine];
  if (!arch) return uncomputedStacks(prog, target, fromFlag, 'not computed for this architecture');
  const starts = goStarts(prog);
  const fallback = fromFlag ? '-stack-size' : "the target's default-stack-size";
  const disassembly = arch.disassembled?.((await runTool('llvm-objdump', ['-d', '--no-show-raw-insn', elfPath])).toString('latin1'));
  const analysis = new StackAnalysis(elf, arch, prog, disassembly);
  const ptr = target.ptrSize;
  const guard = stackGuard(ptr); // runtime/stack.go's
  const round = (n: number): number => Math.ceil(n / target.maxAlign) * target.maxAlign;
  const m = analysis.worstCase(ENTRY);
  const main: StackReport =
    typeof m === 'string'
      ? { name: MAIN, size: target.stackSize, how: `the target's stack-size: ${m}` }
      : { name: MAIN, size: round(arch.returnAddress + Math.max(m.depth, guard + m.checked)), how: 'computed from the call graph', computed: true };
  const task = taskSize(prog);
  const goroutines = starts.map((fn): StackReport => {
    const r = analysis.worstCase(TASK_ENTRY, symbolName(fn));
    if (typeof r === 'string') return { name: startName(fn), size: target.defaultStackSize, how: `${fallback}: ${r}` };
    const size = round(task + Math.max(ptr + r.depth, guard + r.checked));
    return { name: startName(fn), size, how: 'computed from the call graph', computed: true, global: `tsgo.stacksize.${fn.qualifiedName}` };
  });
  return { main, goroutines };
}

/** uncomputedStacks is the plan of a program whose stacks are not computed, and why. */
export function uncomputedStacks(prog: ir.Program, target: ResolvedTarget, fromFlag: boolean, why: string): StackPlan {
  const fallback = fromFlag ? '-stack-size' : "the target's default-stack-size";
  const main = target.stackSize > 0 ? `the target's stack-size; ${why}` : `the operating system's stack; ${why}`;
  return {
    main: { name: MAIN, size: target.stackSize, how: main },
    goroutines: goStarts(prog).map((fn) => ({ name: startName(fn), size: target.defaultStackSize, how: `${fallback}; ${why}` })),
  };
}

/** patchStacks writes the computed goroutine stack sizes into their globals' initial values in the ELF `bytes`. */
export function patchStacks(bytes: Uint8Array, plan: StackPlan, ptrSize: number): void {
  const elf = parseElf(bytes);
  const sections = elfSections(elf);
  const symbols = elfSymbols(elf, sections);
  for (const r of plan.goroutines) {
    const sym = r.global !== undefined ? symbols.find((s) => s.name === r.global) : undefined;
    const sec = sym ? sections[sym.section] : undefined;
    if (!sym || !sec || sec.type !== 1) continue;
    const off = sec.offset + (sym.value - sec.addr);
    for (let i = 0; i < ptrSize; i++) bytes[off + i] = Math.floor(r.size / 256 ** i) % 256;
  }
}

/** goStarts lists the functions go statements start, by name. */
function goStarts(prog: ir.Program): ir.Function[] {
  const starts = new Map<string, ir.Function>();
  for (const p of prog.packages)
    for (const fn of p.functions) for (const blk of fn.blocks) for (const i of blk.instrs) if (i.kind === 'Go') starts.set(i.fn.qualifiedName, i.fn);
  return [...starts.keys()].sort().map((k) => starts.get(k)!);
}

/** startName names a goroutine's start function as the user wrote it: the function its wrapper calls, when it has one. */
export function startName(fn: ir.Function): string {
  if (fn.synthetic !== 'goroutine start') return fn.qualifiedName;
  const calls = fn.blocks.flatMap((b) => b.instrs).filter((i): i is ir.Call => i.kind === 'Call' && i.callee.kind === 'Function');
  return calls.length === 1 ? (calls[0]!.callee as ir.Function).qualifiedName : fn.qualifiedName;
}

/** containing names the function whose code holds addr (a call to a label inside it), if any. */
function containing(funcs: { name: string; value: number; size: number }[], addr: number): string | undefined {
  let found: { name: string; value: number; size: number } | undefined;
  for (const f of funcs) if (f.value <= addr && (found === undefined || f.value >= found.value)) found = f;
  return found && (found.size === 0 || addr < found.value + found.size) ? found.name : undefined;
}

/** taskSize is the size of the runtime's task record, at the bottom of every goroutine stack. */
function taskSize(prog: ir.Program): number {
  const obj = prog.packages.find((p) => p.path === 'runtime')?.types?.scope.lookup('task');
  return obj?.kind === 'TypeName' ? prog.sizes.sizeof(obj.type) : 0;
}

/**
 * Depth is the worst case of a chain of calls: its bytes, and its bytes up to the deepest checked frame; cut is set
 * when a cycle through a defer runner was cut below, which makes the figure depend on the path that led there.
 */
interface Depth {
  depth: number;
  checked: number;
  cut?: boolean;
}

/** StackAnalysis holds the combined call graph of one linked program. */
class StackAnalysis {
  private readonly fns = new Map<string, MachineFunction>();
  private readonly edges = new Map<string, string[]>();
  private readonly unresolved = new Set<string>();
  private readonly checked = new Set<string>();
  private readonly symbols;
  private readonly memo = new Map<string, Depth | string>();

  constructor(
    private readonly elf: ElfFile,
    private readonly arch: Arch,
    prog: ir.Program,
    private readonly disassembly: Map<number, Scan> | undefined,
  ) {
    const sections = elfSections(elf);
    this.symbols = elfSymbols(elf, sections);
    this.readMachineCode(sections);
    this.addGoEdges(prog);
  }

  /** readMachineCode builds the machine functions: frames from .stack_sizes (else pushes), calls by name. */
  private readMachineCode(sections: ReturnType<typeof elfSections>): void {
    // Functions: typed ones, and the untyped symbols with a size (libgcc's assembly for AVR declares only sizes).
    const isFunc = (s: ElfSymbol): boolean => s.section !== 0 && s.section < 0xff00 && (s.type === STT_FUNC || (s.type === 0 && s.size > 0));
    const funcs = this.symbols.filter(isFunc).map((s) => ({ ...s, value: this.code(s.value) }));
    funcs.sort((a, b) => a.value - b.value);
    const at = new Map<number, string>();
    for (const f of funcs) if (!at.has(f.value)) at.set(f.value, f.name);
    const data = this.dataRanges();
    const frames = this.stackSizes(sections);
    for (const [k, f] of funcs.entries()) {
      const sec = sections.find((s) => s.type === 1 && f.value >= s.addr && f.value < s.addr + s.size);
      if (!sec || this.fns.has(f.name)) continue;
      const next = funcs.slice(k + 1).find((g) => g.value > f.value)?.value ?? sec.addr + sec.size;
      const end = f.size > 0 ? f.value + f.size : Math.min(next, sec.addr + sec.size);
      const code = sectionBytes(this.elf, sec).subarray(f.value - sec.addr, end - sec.addr);
      const scan = this.disassembly ? (this.disassembly.get(f.value) ?? this.arch.scan(code, f.value, data)) : this.arch.scan(code, f.value, data);
      const targets = scan.calls.map((a) => this.code(a));
      const calls = targets.map((a) => at.get(a) ?? containing(funcs, a) ?? `?0x${a.toString(16)}`);
      // A call to a label of the function itself (libgcc's local subroutines) is not recursion: its pushes are
      // counted with the function's, and its return address is added.
      const local = calls.some((c, i) => c === f.name && targets[i] !== f.value);
      const frame = (frames.get(f.value) ?? scan.pushed) + (local ? this.arch.returnAddress : 0);
      this.fns.set(f.name, { name: f.name, frame, calls: calls.filter((c, i) => c !== f.name || targets[i] === f.value), indirect: scan.indirect });
      this.edges.set(f.name, [...this.fns.get(f.name)!.calls]);
    }
  }

  /** code turns a function's address into the address of its code (clearing the Thumb bit on ARM). */
  private code(address: number): number {
    return this.elf.machine === EM_ARM ? address & ~1 : address;
  }

  /** dataRanges returns the ranges of code sections that hold data, from ARM's `$d` mapping symbols. */
  private dataRanges(): [number, number][] {
    const marks = this.symbols.filter((s) => /^\$[adt](\.|$)/.test(s.name)).sort((a, b) => a.value - b.value);
    const out: [number, number][] = [];
    marks.forEach((m, i) => {
      if (m.name.startsWith('$d')) out.push([m.value, marks[i + 1]?.value ?? Number.MAX_SAFE_INTEGER]);
    });
    return out;
  }

  /** stackSizes reads LLVM's stack-size section: (function address, ULEB128 frame size) pairs. */
  private stackSizes(sections: ReturnType<typeof elfSections>): Map<number, number> {
    const out = new Map<number, number>();
    const sec = sections.find((s) => s.name === '.stack_sizes');
    if (!sec) return out;
    const b = sectionBytes(this.elf, sec);
    const width = this.elf.is64 ? 8 : 4;
    const addrSize = this.elf.machine === EM_AVR ? 2 : width;
    for (let p = 0; p + addrSize < b.length; ) {
      let addr = 0;
      for (let i = addrSize - 1; i >= 0; i--) addr = addr * 256 + b[p + i]!;
      p += addrSize;
      let size = 0;
      for (let shift = 1; p < b.length; shift *= 128) {
        const byte = b[p++]!;
        size += (byte & 0x7f) * shift;
        if ((byte & 0x80) === 0) break;
      }
      out.set(this.code(addr), size);
    }
    return out;
  }

  /** addGoEdges adds the Go-level call graph's edges, and specialises the return-path defer runner per caller. */
  private addGoEdges(prog: ir.Program): void {
    const graph = buildCallGraph(prog, false); // the machine code has the calls codegen made
    const rundefers = 'runtime.rundefers';
    const runner = this.fns.get(rundefers);
    for (const fn of graph.functions) {
      const name = symbolName(fn);
      if (fn.stackCheck) this.checked.add(name);
      if (graph.unresolved.has(fn)) this.unresolved.add(name);
      // A function called through a value is entered through its `f$value` wrapper (codegen/closures.ts), which may
      // hold the function inlined: both count.
      const goCallees = (graph.callees.get(fn) ?? []).map(symbolName).flatMap((c) => (this.fns.has(`${c}$value`) ? [c, `${c}$value`] : [c]));
      let out = [...(this.edges.get(name) ?? []), ...goCallees];
      const deferred = graph.deferred.get(fn);
      if (deferred && runner) {
        // A return runs this function's deferred calls only.
        const own = `${rundefers}@${name}`;
        this.fns.set(own, { ...runner, name: own, indirect: false });
        this.edges.set(own, [...runner.calls, ...deferred.map(symbolName)]);
        out = out.map((c) => (c === rundefers ? own : c));
      }
      this.edges.set(name, out);
    }
    // The program entry codegen makes (codegen.ts createEntry) calls every package initializer, then main.main.
    if (!graph.functions.some((f) => symbolName(f) === ENTRY)) {
      const inits = prog.packages.filter((p) => p.init.blocks.length > 0).map((p) => symbolName(p.init));
      this.edges.set(ENTRY, [...(this.edges.get(ENTRY) ?? []), ...inits, 'main.main']);
    }
    // The machine functions that call through a register: resolved only if the Go graph knows what they call.
    const known = new Set([ENTRY, ...graph.functions.map(symbolName)]);
    for (const f of this.fns.values()) if (f.indirect && !known.has(f.name) && !f.name.includes('@')) this.unresolved.add(f.name);
  }

  /**
   * worstCase returns the worst case of the calls from entry, plus one interrupt handler's, or why it cannot be
   * computed; `start`, when given, is the only function entry calls through its function value (a goroutine's).
   */
  worstCase(entry: string, start?: string): Depth | string {
    const f = this.fns.get(entry);
    if (!f) return `the program has no ${entry}`;
    const saved = this.edges.get(entry)!;
    if (start !== undefined) this.edges.set(entry, [...f.calls, start]);
    this.memo.clear();
    try {
      const chain = this.depth(entry, []);
      if (typeof chain === 'string') return chain;
      const handlers = this.interrupts();
      if (typeof handlers === 'string') return handlers;
      const extra = handlers + (this.arch.redZone ?? 0);
      return { depth: chain.depth + extra, checked: chain.checked + extra };
    } finally {
      this.edges.set(entry, saved);
      this.memo.clear();
    }
  }

  /** interrupts returns the deepest interrupt handler chain, with what the hardware pushes on entry. */
  private interrupts(): number | string {
    let worst = 0;
    for (const f of this.fns.values()) {
      if (!this.arch.isHandler(f.name)) continue;
      const d = this.depth(f.name, []);
      if (typeof d === 'string') return `interrupt handler ${f.name}: ${d}`;
      worst = Math.max(worst, this.arch.interruptEntry + d.depth);
    }
    return worst;
  }

  /** depth is the worst case of the chains starting at fn (its frame included), or why there is none. */
  private depth(fn: string, path: string[]): Depth | string {
    const known = this.memo.get(fn);
    if (known !== undefined) return known;
    const m = this.fns.get(fn);
    if (fn.startsWith('?')) return `a call to ${fn.slice(1)}, which is not a function`;
    if (this.unresolved.has(fn)) return `${fn} calls a function through a value it cannot resolve`;
    const frame = m?.frame ?? 0; // a Go function the optimiser inlined everywhere has no frame of its own
    const here = [...path, fn];
    let deepest = 0;
    let checked = this.checked.has(fn) ? frame : 0;
    let cut = false;
    for (const callee of new Set(this.edges.get(fn) ?? [])) {
      if (OVERFLOW_REPORT.includes(callee)) continue;
      if (here.includes(callee)) {
        // A deferred call that panics enters the defer runners again: counted once (see the file comment).
        const cycle = [...here.slice(here.indexOf(callee)), callee];
        if (!cycle.some((f) => DEFER_RUNNERS.includes(f.split('@')[0]!))) return `recursion: ${cycle.join(' → ')}`;
        cut = true;
        continue;
      }
      const d = this.depth(callee, here);
      if (typeof d === 'string') return d;
      cut ||= d.cut === true;
      const ret = this.fns.has(callee) ? this.arch.returnAddress : 0;
      deepest = Math.max(deepest, ret + d.depth);
      checked = Math.max(checked, d.checked > 0 ? frame + ret + d.checked : 0);
    }
    const result = { depth: frame + deepest, checked, cut };
    if (!cut) this.memo.set(fn, result);
    return result;
  }
}
