// Size report and memory checks for a linked ELF: `-size=short` prints TinyGo's one-line summary
// (`   code    data     bss |   flash     ram`), `-size=full` adds every allocated section and the sized symbols, largest
// first. Sections are classified by name: code and constants (.text, .rodata, vector tables) live in flash, .data lives
// in flash (its load image) and in RAM, .bss/.noinit only in RAM. The check against the target's flash and RAM sizes
// (RAM includes the main stack the linker script reserves) turns an overflow into a UserError naming the overflow;
// a program too large to link at all is measured by oversize.ts, so the report and the overflow are printed anyway.

import { UserError } from '../diag.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { runTool } from './tools.ts';

/** SectionKind classifies an allocated section for the size report. */
export type SectionKind = 'code' | 'data' | 'bss';

/** SizeSection is one allocated section of the ELF. */
export interface SizeSection {
  name: string;
  size: number;
  addr: number;
  kind: SectionKind;
}

/** SizeSymbol is one symbol with a size (from the ELF symbol table). */
export interface SizeSymbol {
  name: string;
  size: number;
  /** type is nm's letter: T/t code, D/d data, B/b bss, R/r read-only data. */
  type: string;
}

/** SizeReport holds the sizes of a linked program, in bytes. */
export interface SizeReport {
  code: number;
  data: number;
  bss: number;
  /** flash is code + data (the load image of .data lives in flash). */
  flash: number;
  /** ram is data + bss (the heap and the main stack are not included). */
  ram: number;
  sections: SizeSection[];
  /** symbols is filled only when measureSize was asked for detail. */
  symbols: SizeSymbol[];
}

/** sectionKind classifies a section by name, or returns undefined for sections that are not part of the image. */
export function sectionKind(name: string): SectionKind | undefined {
  if (/^\.(data|tdata|sdata)(\.|$)/.test(name)) return 'data';
  if (/^\.(bss|tbss|sbss|noinit|stack|heap)(\.|$)/.test(name)) return 'bss';
  if (/^\.(text|rodata|boot2|vectors|isr_vector|progmem|init|fini|init_array|fini_array)(\.|$)/.test(name)) return 'code';
  return undefined;
}

/** measureSize reads the section sizes of an ELF (llvm-size -A) and, with detail, its sized symbols (llvm-nm). */
export async function measureSize(elfPath: string, detail = false): Promise<SizeReport> {
  const text = (await runTool('llvm-size', ['-A', '-d', elfPath])).toString('utf8');
  const sections: SizeSection[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (!m) continue;
    const kind = sectionKind(m[1]!);
    if (kind === undefined) continue;
    sections.push({ name: m[1]!, size: Number(m[2]), addr: Number(m[3]), kind });
  }
  const sum = (k: SectionKind): number => sections.filter((s) => s.kind === k).reduce((a, s) => a + s.size, 0);
  const code = sum('code');
  const data = sum('data');
  const bss = sum('bss');
  const symbols: SizeSymbol[] = [];
  if (detail) {
    const nm = (await runTool('llvm-nm', ['--print-size', '--size-sort', '--radix=d', elfPath])).toString('utf8');
    for (const line of nm.split('\n')) {
      const m = /^\d+\s+(\d+)\s+(\S)\s+(.+)$/.exec(line);
      if (!m || Number(m[1]) === 0) continue;
      symbols.push({ name: m[3]!, size: Number(m[1]), type: m[2]! });
    }
    symbols.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  }
  return { code, data, bss, flash: code + data, ram: data + bss, sections, symbols };
}

const pad = (v: number | string, w: number): string => String(v).padStart(w);

/** formatSize renders the report: `short` is TinyGo's two-line table, `full` adds sections and symbols. */
export function formatSize(r: SizeReport, mode: 'short' | 'full'): string {
  const lines = [
    `   code    data     bss |   flash     ram`,
    `${pad(r.code, 7)} ${pad(r.data, 7)} ${pad(r.bss, 7)} | ${pad(r.flash, 7)} ${pad(r.ram, 7)}`,
  ];
  if (mode === 'full') {
    lines.push('', 'sections:', `   size  kind  address  name`);
    for (const s of r.sections) {
      lines.push(`${pad(s.size, 7)}  ${s.kind.padEnd(4)}  ${s.addr.toString(16).padStart(7, '0')}  ${s.name}`);
    }
    if (r.symbols.length > 0) {
      lines.push('', 'symbols (largest first):', `   size  type  name`);
      for (const s of r.symbols) lines.push(`${pad(s.size, 7)}  ${s.type.padEnd(4)}  ${s.name}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * checkSize throws a UserError when the program does not fit the target: flash (code + data) over flash-size, or RAM
 * (data + bss + the main stack) over ram-size, saying by how much, e.g. `tsgo: program too large for arduino: flash
 * overflowed by 234 bytes (33002 of 32768)`. Targets without sizes (the host) are not checked.
 */
export function checkSize(target: ResolvedTarget, r: SizeReport): void {
  const problems: string[] = [];
  if (target.flashSize !== undefined && r.flash > target.flashSize) {
    problems.push(`flash overflowed by ${r.flash - target.flashSize} bytes (${r.flash} of ${target.flashSize})`);
  }
  const ram = r.ram + target.stackSize;
  if (target.ramSize !== undefined && ram > target.ramSize) {
    problems.push(
      `RAM overflowed by ${ram - target.ramSize} bytes (${ram} of ${target.ramSize}: ${r.data} data + ${r.bss} bss + ` +
        `${target.stackSize} stack)`,
    );
  }
  if (problems.length > 0) throw new UserError(`tsgo: program too large for ${target.name}: ${problems.join('; ')}`);
}
