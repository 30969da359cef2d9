// The inline assembly pass on IR built by the real front end, with the validator after every step: each call of Asm
// and AsmFull becomes one InlineAsm with LLVM's template and constraints, the register map and its boxes are gone
// (nothing is left to allocate), and a map the pass cannot read leaves the call as it is, with an error.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../compiler/diag.ts';
import { buildPackages } from '../compiler/ssagen/testutil.ts';
import { printFunction } from '../ir/printer.ts';
import { isAllocSite } from '../ir/ir.ts';
import { runPasses } from './pipeline.ts';

/** DECLS are device/arm's and device/avr's declarations (src/device/*\/asm.go without the doc comments). */
const DECLS = 'func Asm(asm string)\nfunc AsmFull(asm string, regs map[string]interface{}) uintptr\n';

/** lower builds main (importing device/arm and device/avr) and runs the passes; it returns main.main and the errors. */
async function lower(main: string): Promise<{ text: string; errors: string[]; allocs: number }> {
  const built = await buildPackages([
    { path: 'device/arm', files: [{ name: 'arm.go', src: `package arm\n\n${DECLS}` }] },
    { path: 'device/avr', files: [{ name: 'avr.go', src: `package avr\n\n${DECLS}` }] },
    { path: 'main', files: [{ name: 'main.go', src: main }] },
  ]);
  expect(built.checkErrors).toEqual([]);
  const sink = new DiagnosticSink(built.prog.fset);
  runPasses(built.prog, { maxStackAlloc: 256, validate: true }, sink);
  const fn = built.prog.packages.find((p) => p.path === 'main')!.functions.find((f) => f.name === 'main')!;
  const allocs = fn.blocks.flatMap((b) => b.instrs).filter(isAllocSite).length;
  return { text: printFunction(fn), errors: sink.list.map((d) => sink.format(d)), allocs };
}

describe('inline assembly', () => {
  it('lowers Asm and AsmFull to InlineAsm and drops the register map', async () => {
    const { text, errors, allocs } = await lower(`package main

import (
	"device/arm"
	"device/avr"
)

func main() {
	arm.Asm("wfi $")
	var r uint32
	x := uint8(3)
	v := arm.AsmFull("adds {}, {x}, {x}\\nstr {}, {r} @ {r4}", map[string]interface{}{"x": x, "r": &r, "unused": 1})
	w := avr.AsmFull("mov {}, {k}", map[string]interface{}{"k": -200})
	println(v, w, arm.AsmFull("nop", nil))
}
`);
    expect(errors).toEqual([]);
    // The instructions with their type column (spacing and value numbers aside).
    const asm = text
      .split('\n')
      .filter((l) => l.includes(' = asm '))
      .map((l) => l.replace(/^\s*t\d+ = /, '').replace(/\bt\d+\b/g, 'tN').replace(/ {2,}/g, ' ').trim());
    expect(asm).toEqual([
      'asm "wfi $$" "~{memory}" () ()',
      'asm "adds ${0}, ${1}, ${1}\\nstr ${0}, ${2} @ {r4}" "=&r,r,*m,~{memory}" (3:uint8, tN) uintptr',
      'asm "mov ${0}, ${1}" "=&d,d,~{memory}" (-200:int16) uintptr',
      'asm "nop" "~{memory}" () uintptr',
    ]);
    expect(text).not.toMatch(/make map|make interface|\] = /);
    expect(allocs).toBe(1); // r, on the stack
    expect(text).toMatch(/local uint32 \(r\)/);
  });

  it('leaves a call whose map it cannot read, with an error at the call', async () => {
    const { text, errors } = await lower(`package main

import "device/arm"

func main() {
	m := map[string]interface{}{"x": 1}
	if len(m) > 0 {
		arm.AsmFull("movs {}, {x}", m)
	}
}
`);
    expect(errors).toEqual([
      'main.go:8:14: not yet supported: device/arm.AsmFull with a register map that is not a map literal used only by the call',
    ]);
    expect(text).toMatch(/device\/arm\.AsmFull\("movs \{\}, \{x\}":string, t\d+\)/);
  });
});
