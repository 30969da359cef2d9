// //go:linkname through the front end, the pass pipeline and codegen: a push (a definition renamed to another
// package's symbol) and a pull (a bodyless declaration naming another package's function) become direct calls, the
// definition is kept exactly when a caller is reachable, and the LLVM module names the symbols as gc's linker does.

import { describe, expect, it } from 'vitest';
import { generateModule } from '../compiler/codegen/codegen.ts';
import { hostTarget } from '../compiler/codegen/testdata/harness.ts';
import { DiagnosticSink } from '../compiler/diag.ts';
import { buildPackages } from '../compiler/ssagen/testutil.ts';
import * as ir from '../ir/ir.ts';
import { symbolName } from '../ir/linkname.ts';
import { runPasses } from './pipeline.ts';

const RT = `package rt

import _ "unsafe"

// Push: lib declares sem without a body; this defines it.
//go:linkname lib_sem lib.sem
func lib_sem(p *uint32) { *p++ }

// Push with no caller anywhere: removed as dead.
//go:linkname lib_unused lib.unused
func lib_unused() int { return 1 }

func double(x int) int { return 2 * x }

// The variable lib pulls: its initializer runs in rt's.
var limit = double(21)
`;

const LIB = `package lib

import _ "unsafe"

func sem(p *uint32)

// Pull: calls of twice call rt.double.
//go:linkname twice rt.double
func twice(x int) int

// Pull of a variable: lib's limit is rt's.
//go:linkname limit rt.limit
var limit int

func Use() int {
	var n uint32
	sem(&n)
	return twice(int(n)) + limit
}
`;

const MAIN = `package main

import "lib"

func main() { println(lib.Use()) }
`;

async function build(rt = RT, lib = LIB): Promise<{ prog: ir.Program; errors: string[] }> {
  const built = await buildPackages([
    { path: 'rt', files: [{ name: 'rt.go', src: rt }] },
    { path: 'lib', files: [{ name: 'lib.go', src: lib }] },
    { path: 'main', files: [{ name: 'main.go', src: MAIN }] },
  ]);
  expect(built.checkErrors).toEqual([]);
  const sink = new DiagnosticSink(built.prog.fset);
  runPasses(built.prog, { maxStackAlloc: 256, validate: true }, sink);
  return { prog: built.prog, errors: sink.list.map((d) => d.message) };
}

const fn = (prog: ir.Program, q: string): ir.Function | undefined =>
  prog.packages.flatMap((p) => p.functions).find((f) => f.qualifiedName === q);

const callees = (f: ir.Function): string[] =>
  f.blocks.flatMap((blk) => blk.instrs).flatMap((i) => (i.kind === 'Call' && i.callee.kind === 'Function' ? [i.callee.qualifiedName] : []));

describe('//go:linkname', () => {
  it('names symbols: push renames a definition, pull names its target', async () => {
    const { prog } = await build();
    expect(symbolName(fn(prog, 'rt.lib_sem')!)).toBe('lib.sem');
    expect(symbolName(fn(prog, 'lib.twice')!)).toBe('rt.double');
    expect(symbolName(fn(prog, 'lib.sem')!)).toBe('lib.sem');
    expect(symbolName(fn(prog, 'rt.double')!)).toBe('rt.double');
  });

  it('turns calls of bodyless declarations into calls of their definitions', async () => {
    const { prog, errors } = await build();
    expect(errors).toEqual([]);
    expect(callees(fn(prog, 'lib.Use')!)).toEqual(['rt.lib_sem', 'rt.double']);
  });

  it('keeps a definition exactly when a caller is reachable', async () => {
    const { prog } = await build();
    expect(fn(prog, 'rt.lib_sem')).toBeDefined();
    expect(fn(prog, 'rt.lib_unused')).toBeUndefined();
    const unused = await build(RT, LIB.replace('sem(&n)', 'n = 3'));
    expect(fn(unused.prog, 'rt.lib_sem')).toBeUndefined();
  });

  it('lets escape analysis see through the link: &n does not escape', async () => {
    const { prog } = await build();
    const allocs = fn(prog, 'lib.Use')!.blocks.flatMap((blk) => blk.instrs).filter((i) => i.kind === 'Alloc');
    expect(allocs.map((a) => a.kind === 'Alloc' && a.heap)).toEqual([false]);
  });

  it('reports a definition of another type at the declaration', async () => {
    const { errors } = await build(RT, LIB.replace('func sem(p *uint32)', 'func sem(p *uint64)').replace('var n uint32', 'var n uint64'));
    expect(errors).toEqual(['//go:linkname: lib.sem has type func(*uint64) but its definition rt.lib_sem has type func(*uint32)']);
  });

  it("makes a variable's uses use the variable it names, and reports another type", async () => {
    const { prog, errors } = await build();
    expect(errors).toEqual([]);
    const globals = fn(prog, 'lib.Use')!.blocks.flatMap((blk) => blk.instrs).flatMap((i) => ir.operands(i)).filter((v) => v.kind === 'Global');
    expect(globals.map((g) => g.kind === 'Global' && g.qualifiedName)).toEqual(['rt.limit']);
    const mismatch = await build(RT, LIB.replace('var limit int', 'var limit int32').replace('+ limit', '+ int(limit)'));
    expect(mismatch.errors).toEqual(['//go:linkname: lib.limit has type int32 but rt.limit has type int']);
  });

  it('emits one LLVM function per symbol, the definition under the pushed name', async () => {
    const { prog } = await build();
    const text = generateModule(prog, hostTarget).print();
    expect(text).toMatch(/define internal void @lib\.sem\(/);
    expect(text).toMatch(/define internal \S+ @rt\.double\(/);
    expect(text).not.toMatch(/declare [^\n]*@(lib\.twice|rt\.lib_sem)\(/);
  });
});
