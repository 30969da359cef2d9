// The stack a program really uses on AVR, for checking the sizes computed from the call graph (compiler/build/
// stacks.ts; scripts/stackwatch.ts and the tests): the program runs in avr8js one instruction at a time while the
// stack pointer is watched, per goroutine.

import * as fs from 'node:fs';
import { avrInstruction } from 'avr8js';
import { createAvrMachine } from './avr.ts';
import { elfSections, elfSymbols, flashImage, parseElf } from './elf.ts';

/**
 * watchAvrStacks runs an AVR ELF and returns the bytes each stack used at its deepest: the main goroutine's as "main.main",
 * a goroutine's under its start function's name (which -print-stacks uses too), counting the task record and canary
 * below it as the computed size does.
 */
export function watchAvrStacks(elfPath: string, maxCycles: number): Map<string, number> {
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
  while (cpu.cycles < maxCycles) {
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
    if (used > (deepest.get(name) ?? 0)) deepest.set(name, used);
  }
  return deepest;
}

/** startFunction names the function at a code address (a goroutine's function value points at it). */
function startFunction(byAddress: Map<number, string>, address: number): string {
  return byAddress.get(address) ?? `?0x${address.toString(16)}`;
}
