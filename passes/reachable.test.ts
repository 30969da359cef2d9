// Reachability as the first pass: bodies are built only when reached, a diagnostic raised while building a reached
// body names the chain of calls that reaches it, side-effect-free package initializers run only for used variables,
// and the branches of type switches and reflect-kind tests on types that are never boxed are folded away.

import { describe, expect, it } from 'vitest';
import { buildPackages } from '../compiler/ssagen/testutil.ts';
import type * as ir from '../ir/ir.ts';
import { removeUnreachable } from './reachable.ts';

const LIB = `package lib

var Table = map[string]int{"a": 1, "b": 2}
var Used = map[string]int{"c": 3}

func Helper() int { return Used["c"] }

func Unused() int { return Table["a"] }
`;

const MAIN = `package main

import "lib"

type small int
type big struct{ a, b int }

func describe(x any) int {
	switch v := x.(type) {
	case small:
		return int(v)
	case big:
		return heavy(v)
	}
	return 0
}

func heavy(b big) int { return b.a * b.b }

func chain() int { return lib.Helper() }

func main() {
	println(describe(small(3)), chain())
}
`;

async function program(): Promise<ir.Program> {
  const { prog, sink } = await buildPackages([{ path: 'lib', files: [{ name: 'lib.go', src: LIB }] }, { path: 'main', files: [{ name: 'main.go', src: MAIN }] }], { lazy: true });
  expect(sink.list).toEqual([]);
  return prog;
}

const fn = (prog: ir.Program, name: string): ir.Function | undefined =>
  prog.packages.flatMap((p) => p.functions).find((f) => f.qualifiedName === name);

describe('reachability', () => {
  it('builds only what main reaches, and drops the rest unbuilt', async () => {
    const prog = await program();
    expect(fn(prog, 'lib.Unused')?.build).toBeDefined(); // declared, not built
    removeUnreachable(prog, []);
    expect(fn(prog, 'main.chain')?.blocks.length).toBeGreaterThan(0);
    expect(fn(prog, 'lib.Helper')?.blocks.length).toBeGreaterThan(0);
    expect(fn(prog, 'lib.Unused')).toBeUndefined();
  });

  it('initializes only the package variables a reached function uses', async () => {
    const prog = await program();
    removeUnreachable(prog, []);
    expect(fn(prog, 'lib.init$Used')).toBeDefined();
    expect(fn(prog, 'lib.init$Table')).toBeUndefined();
    const lib = prog.packages.find((p) => p.path === 'lib')!;
    const called = lib.init.blocks.flatMap((b) => b.instrs).flatMap((i) => (i.kind === 'Call' && i.callee.kind === 'Function' ? [i.callee.name] : []));
    expect(called).toEqual(['init$Used']);
  });

  it('folds the case of a type that is never boxed, with what only it reached', async () => {
    const prog = await program();
    removeUnreachable(prog, []);
    expect(fn(prog, 'main.heavy')).toBeUndefined();
    expect(prog.boxedTypes?.map((t) => t.toString())).toEqual(['main.small']);
    const describe = fn(prog, 'main.describe')!;
    const asserted = describe.blocks.flatMap((b) => b.instrs).filter((i) => i.kind === 'TypeAssert');
    expect(asserted.length).toBe(2); // the assertions stay; the branch after big's success is gone
    expect(describe.blocks.flatMap((b) => b.instrs).some((i) => i.kind === 'Call' && i.callee.kind === 'Function' && i.callee.name === 'heavy')).toBe(false);
  });

  it('names the chain of calls that reaches a body whose building fails', async () => {
    const prog = await program();
    const helper = fn(prog, 'lib.Helper')!;
    const { sink } = await buildPackages([{ path: 'x', files: [{ name: 'x.go', src: 'package x' }] }]);
    const build = helper.build!;
    helper.build = () => {
      build();
      sink.error(helper.pos, 'not yet supported: something');
    };
    removeUnreachable(prog, [], sink);
    expect(sink.list.map((d) => d.message)).toEqual(['not yet supported: something\n\treached from main.main → main.chain → lib.Helper']);
  });
});
