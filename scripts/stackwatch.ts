// `npm run stackwatch [-- FILE.go...]`: checks the stack sizes computed from the call graph (compiler/build/stacks.ts)
// against the stack the programs really use. Each program (default: every testdata/run program) is built for arduino
// and run in avr8js, one instruction at a time, watching the stack pointer: the deepest point of the main goroutine
// and of every goroutine (by its start function, read from the running task's record) must lie within what the
// build computed (-print-stacks). Prints one line per stack with the measured and computed bytes, and fails on any excess.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { avrInstruction } from 'avr8js';
import { build } from '../compiler/build/driver.ts';
import type { StackReport } from '../compiler/build/stacks.ts';
import { createAvrMachine } from '../compiler/run/avr.ts';
import { elfSections, elfSymbols, flashImage, parseElf } from '../compiler/run/elf.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUN_DIR = path.join(ROOT, 'testdata/run');
const MAX_CYCLES = 200_000_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-stackwatch-'));
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(RUN_DIR).filter((f) => f.endsWith('.go')).map((f) => path.join(RUN_DIR, f));

let failed = 0;
let checked = 0;
const ratios: number[] = [];
for (const file of files.sort()) {
  const output = path.join(work, 'watch.elf');
  let stacks;
  try {
    stacks = (await build({ inputs: [file], target: 'arduino', output, optLevel: 'z', size: 'none', tags: [], stderr: () => {} })).stacks;
  } catch {
    continue; // not buildable for arduino: gotest and the e2e tests say why
  }
  // Stacks by the function a task runs: the go statement's start function (its stack-size global's suffix).
  const plan = new Map<string, StackReport>();
  if (stacks?.main.computed) plan.set('main.main', stacks.main);
  for (const g of stacks?.goroutines ?? []) if (g.computed && g.global) plan.set(g.global.replace(/^tsgo\.stacksize\./, ''), g);
  const used = watch(output);
  for (const [name, bytes] of used) {
    const want = plan.get(name);
    if (!want) continue;
    checked++;
    ratios.push(bytes / want.size);
    const over = bytes > want.size;
    if (over) failed++;
    if (over || process.env['VERBOSE']) console.log(`${over ? 'OVER' : 'ok  '}  ${path.basename(file)}  ${name}  used ${bytes}  computed ${want.size}  (${want.name})`);
  }
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
console.log(`${checked} stacks checked, ${failed} over their computed size; used/computed median ${median.toFixed(2)}, max ${(ratios.at(-1) ?? 0).toFixed(2)}`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);

/**
 * watch runs an AVR ELF and returns the bytes each stack used at its deepest: the main goroutine's as "main.main",
 * a goroutine's under its start function's name (which -print-stacks uses too), counting the task record and canary
 * below it as the computed size does.
 */
function watch(elfPath: string): Map<string, number> {
  const elf = parseElf(new Uint8Array(fs.readFileSync(elfPath)));
  const symbols = elfSymbols(elf, elfSections(elf));
  const addr = (name: string): number => (symbols.find((s) => s.name === name)?.value ?? 0) & 0xffff;
  const byAddress = new Map(symbols.filter((s) => s.type === 2).map((s) => [s.value, s.name]));
  const { cpu } = createAvrMachine(flashImage(elf, 32768, 0x800000), 2048, 16e6);
  const current = addr('runtime.current');
  const mainTask = addr('runtime.mainTask');
  const top = addr('_stack_top');
  const mainBottom = addr('_heap_end');
  const deepest = new Map<string, number>();
  const ram = cpu.data;
  const word = (a: number): number => ram[a]! | (ram[a + 1]! << 8);
  // The task record (runtime/task.go): next, all, sp, stackBottom, stackTop, deferFrames, panics, fn (code, context).
  const TASK_STACK_BOTTOM = 6;
  const TASK_STACK_TOP = 8;
  const TASK_FN = 14;
  let halfWritten = false;
  while (cpu.cycles < MAX_CYCLES) {
    if (cpu.progMem[cpu.pc] === 0x9588 && !cpu.interruptsEnabled) break; // sleep with interrupts off: the end
    // From `out SPH` to `out SPL` the stack pointer is half written: sample outside those windows only.
    const op = cpu.progMem[cpu.pc]! & 0xfe0f;
    if (op === 0xbe0e) halfWritten = true;
    else if (op === 0xbe0d) halfWritten = false;
    avrInstruction(cpu);
    cpu.tick();
    if (halfWritten) continue;
    const sp = word(0x5d);
    const t = current === 0 ? mainTask : word(current);
    let name: string;
    let used: number;
    if (t === mainTask || t === 0) {
      if (sp < mainBottom) continue; // switching stacks
      name = 'main.main';
      used = top - 1 - sp;
    } else {
      const stackTop = word(t + TASK_STACK_TOP);
      if (sp >= stackTop || sp < t) continue; // switching stacks
      const startName = startFunction(byAddress, word(t + TASK_FN) * 2);
      name = startName;
      // What lies below the stack: the record and the canary, as the computed size counts them.
      used = stackTop - 1 - sp + (word(t + TASK_STACK_BOTTOM) - t) + 2;
    }
    if (used > (deepest.get(name) ?? 0)) {
      deepest.set(name, used);
      if (process.env['DEBUG_PC'] === name) console.log(name, used, 'pc 0x' + (cpu.pc * 2).toString(16), 'sp 0x' + sp.toString(16));
    }
  }
  return deepest;
}

/** startFunction names the function at a code address (a goroutine's function value points at it). */
function startFunction(byAddress: Map<number, string>, address: number): string {
  return byAddress.get(address) ?? `?0x${address.toString(16)}`;
}
