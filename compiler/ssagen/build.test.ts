// Behavioural tests of the SSA builder beyond the golden files: the runtime package builds cleanly, allocation sites
// and stores carry the positions escape analysis reports, bodyless declarations are external, names are qualified,
// and unsupported constructs are diagnosed without exceptions.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as ir from '../../ir/ir.ts';
import { interpret } from '../../ir/interp.ts';
import { printFunction } from '../../ir/printer.ts';
import { validateProgram } from '../../ir/validate.ts';
import { newBuildContext } from '../loader/constraints.ts';
import { selectFiles } from '../loader/files.ts';
import { buildFromSource, buildPackages } from './testutil.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** runtimeSources reads the runtime's files for the host with the default choices (the garbage collector, tasks). */
function runtimeSources() {
  const dir = path.join(repo, 'runtime');
  return selectFiles(dir, newBuildContext('linux', 'amd64', ['scheduler.tasks', 'gc.conservative'])).files
    .sort()
    .map((f) => ({ name: f, src: fs.readFileSync(f) }));
}

function fnNamed(prog: ir.Program, qname: string): ir.Function {
  for (const p of prog.packages) for (const f of [p.init, ...p.functions]) if (f.qualifiedName === qname) return f;
  throw new Error(`no function ${qname}`);
}

function allInstrs(fn: ir.Function): ir.Instruction[] {
  return fn.blocks.flatMap((b) => b.instrs);
}

describe('buildProgram', () => {
  it('builds the runtime package and a main program without diagnostics', async () => {
    const main = 'package main\n\nfunc main() {\n\tprintln("hi", 1)\n}\n';
    const { prog, sink, checkErrors } = await buildPackages([
      { path: 'runtime', files: runtimeSources() },
      { path: 'main', files: [{ name: 'main.go', src: main }] },
    ]);
    expect(checkErrors).toEqual([]);
    expect(sink.list.map((d) => sink.format(d))).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    expect(prog.packages.map((p) => p.path)).toEqual(['runtime', 'main']);
    const putchar = fnNamed(prog, 'runtime.putchar');
    expect(putchar.blocks).toEqual([]); // bodyless: external
    const alloc = fnNamed(prog, 'runtime.alloc');
    expect(alloc.blocks.length).toBeGreaterThan(1);
    expect(prog.packages[1]!.init.qualifiedName).toBe('main.init');
  });

  it('gives allocation sites, stores and calls the positions escape analysis reports', async () => {
    const src = [
      'package main', //                              1
      '',
      'var global *int',
      '',
      'type T struct{ v int }',
      '',
      'func (t *T) Inc() { t.v++ }',
      '',
      'func foo() {',
      '\ti := 3', //                                   10
      '\tglobal = &i',
      '\tp := new(int)',
      '\tq := &T{v: 1}',
      '\tvar u T',
      '\tu.Inc()',
      '\tglobal = p',
      '\t_ = q',
      '}',
      '',
      'func main() { foo() }',
    ].join('\n');
    const { prog, sink } = await buildFromSource('pos.go', src);
    expect(sink.list).toEqual([]);
    const foo = fnNamed(prog, 'main.foo');
    const at = (p: number) => {
      const x = prog.fset.position(p);
      return `${x.line}:${x.column}`;
    };
    const allocs = allInstrs(foo).filter((i): i is ir.Alloc => i.kind === 'Alloc');
    expect(allocs.map((a) => [a.comment, a.heap, at(a.pos)])).toEqual([
      ['i', true, '10:2'],
      ['new', true, '12:10'],
      ['complit', true, '13:7'],
      ['u', true, '14:6'],
    ]);
    const stores = allInstrs(foo).filter((i): i is ir.Store => i.kind === 'Store' && i.addr.kind === 'Global');
    expect(stores.map((s) => at(s.pos).split(':')[0])).toEqual(['11', '16']);
    const call = allInstrs(foo).find((i): i is ir.Call => i.kind === 'Call')!;
    expect(call.callee.kind === 'Function' && call.callee.qualifiedName).toBe('(*main.T).Inc');
    expect(at(call.pos)).toBe('15:7');
  });

  it('lifts a loop variable into a phi and keeps value methods on copies', async () => {
    const src = [
      'package main',
      'type P struct{ x int }',
      'func (p P) Get() int { return p.x }',
      'func f(n int) int {',
      '\ts := 0',
      '\tfor i := 0; i < n; i++ {',
      '\t\ts += i',
      '\t}',
      '\tvar p P',
      '\treturn s + p.Get()',
      '}',
      'func main() { println(f(3)) }',
    ].join('\n');
    const { prog, sink } = await buildFromSource('lift.go', src);
    expect(sink.list).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    const text = printFunction(fnNamed(prog, 'main.f'));
    expect(text).toMatch(/phi \[0: 0:int, \d+: t\d+\] #s/);
    expect(text).toMatch(/phi \[0: 0:int, \d+: t\d+\] #i/);
    expect(text).toContain('main.P.Get(zero:main.P)');
    expect(text).not.toContain('local');
  });

  it('builds go and defer of the statement builtins, channel operations and select without diagnostics', async () => {
    const src = [
      'package main',
      'func g(xs ...int) {}',
      'func main() {',
      '\tch := make(chan int, 1)',
      '\tm := map[int]int{}',
      '\tdefer copy([]int{0}, []int{1})',
      '\tgo copy([]int{0}, []int{1})',
      '\tdefer delete(m, 1)',
      '\tgo println(1)',
      '\tdefer close(ch)',
      '\tgo g(1, 2)',
      '\tch <- 1',
      '\tselect {',
      '\tcase v, ok := <-ch:',
      '\t\tprintln(v, ok)',
      '\tcase ch <- 2:',
      '\tdefault:',
      '\t}',
      '}',
    ].join('\n');
    const { prog, sink } = await buildFromSource('stmts.go', src);
    expect(sink.sorted(0).map((d) => sink.format(d))).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    const kinds = new Set(fnNamed(prog, 'main.main').blocks.flatMap((blk) => blk.instrs.map((i) => i.kind)));
    for (const k of ['MakeChan', 'Send', 'Select', 'Go', 'Defer']) expect(kinds).toContain(k);
  });

  it('links packages: qualified functions, globals, types and methods, with inits in package order', async () => {
    const lib = [
      'package lib',
      'type Counter struct{ n int }',
      'func (c *Counter) Add(k int) int { c.n += k; return c.n }',
      'var Hits = 10',
      'func init() { Hits++ }',
      'func Twice(x int) int { return 2 * x }',
    ].join('\n');
    const main = [
      'package main',
      'import "example.com/lib"',
      'var c lib.Counter',
      'func main() {',
      '\tlib.Hits += lib.Twice(3)',
      '\tc.Add(4)',
      '\tprintln(lib.Hits, c.Add(1))',
      '}',
    ].join('\n');
    const { prog, sink, checkErrors } = await buildPackages([
      { path: 'example.com/lib', files: [{ name: 'lib.go', src: lib }] },
      { path: 'main', files: [{ name: 'main.go', src: main }] },
    ]);
    expect(checkErrors).toEqual([]);
    expect(sink.list).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    expect(fnNamed(prog, '(*example.com/lib.Counter).Add').blocks.length).toBeGreaterThan(0);
    expect(fnNamed(prog, 'example.com/lib.init#1').blocks.length).toBe(1);
    expect(interpret(prog)).toEqual({ output: '17 5\n', exitCode: 0 });
  });

  it('does not move a variable to the heap for a pointer method reached through an embedded pointer', async () => {
    const src = [
      'package main',
      'type P struct{ x int }',
      'func (p *P) Inc() { p.x++ }',
      'type W struct{ *P }',
      'type V struct{ P }',
      'func main() {',
      '\tw := W{&P{}}',
      '\tw.Inc()',
      '\tvar v V',
      '\tv.Inc()',
      '\tpx := &w.x',
      '\t*px = 5',
      '\tprintln(w.x, v.x)',
      '}',
    ].join('\n');
    const { prog, sink } = await buildFromSource('emb.go', src);
    expect(sink.list).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    const allocs = allInstrs(fnNamed(prog, 'main.main')).filter((i): i is ir.Alloc => i.kind === 'Alloc');
    expect(allocs.filter((a) => a.heap).map((a) => a.comment)).toEqual(['complit', 'v']);
    expect(interpret(prog)).toEqual({ output: '5 1\n', exitCode: 0 });
  });

  it('builds a 20,000-term left-deep chain without recursing per term', async () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'x' : 'g()')).join(' + ');
    const src = `package main\n\nvar n int\n\nfunc g() int { n++; return n }\n\nfunc f(x int) int { return ${terms} }\n\nfunc main() { println(f(1)) }\n`;
    const { prog, sink } = await buildFromSource('deep.go', src);
    expect(sink.list).toEqual([]);
    expect(validateProgram(prog)).toEqual([]);
    const adds = allInstrs(fnNamed(prog, 'main.f')).filter((i) => i.kind === 'BinOp');
    expect(adds.length).toBe(19_999);
    // g() is called 10,000 times (1 + 2 + ... + 10000), plus 10,000 times x = 1.
    expect(interpret(prog)).toEqual({ output: `${(10_000 * 10_001) / 2 + 10_000}\n`, exitCode: 0 });
  });
});
