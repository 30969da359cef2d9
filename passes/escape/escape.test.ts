// Escape analysis + heap-to-stack + report on hand-built IR: one test per case in notes/allocs.md that fits the IR,
// asserting which Allocs stay on the heap and the reason and position each one is reported with.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../compiler/diag.ts';
import { Pointer, Typ, ArrayType, Struct } from '../../compiler/types/types.ts';
import { newVar } from '../../compiler/types/objects.ts';
import { NoPos } from '../../compiler/syntax/source.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { reportAllocs } from '../allocs.ts';
import { runPasses } from '../pipeline.ts';
import { newFixture, ptrInt, type Fixture } from '../test/fixture.ts';
import { summaryString } from './summary_types.ts';
import { analyzeEscapes } from './escape.ts';

function run(f: Fixture, maxStackAlloc = 256): string[] {
  const sink = new DiagnosticSink(f.prog.fset);
  runPasses(f.prog, { maxStackAlloc, validate: true }, sink);
  expect(sink.list.map((d) => d.message)).toEqual([]);
  return reportAllocs(f.prog, /./, f.cwd);
}

/** sinkFn makes `func sink(p *int) { global = p }` (its parameter leaks to the heap). */
function sinkFn(f: Fixture, global: ir.Global): ir.Function {
  const { fn, entry } = f.func('sink', [['p', ptrInt]], []);
  b.emitStore(entry, global, fn.params[0]!, f.at(50));
  b.emitReturn(entry, []);
  return fn;
}

/** idFn makes `func id(p *int) *int { return p }`. */
function idFn(f: Fixture): ir.Function {
  const { fn, entry } = f.func('id', [['p', ptrInt]], [ptrInt]);
  b.emitReturn(entry, [fn.params[0]!], f.at(60));
  return fn;
}

describe('escape analysis', () => {
  it('reports the allocs.md example exactly', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    const bar = f.func('bar', [['i', ptrInt]], []);
    f.println(bar.entry, [b.emitLoad(bar.entry, bar.fn.params[0]!, f.at(15))]);
    b.emitReturn(bar.entry, []);
    const foo = f.func('foo', [], []);
    const i = b.emitAlloc(foo.entry, Typ.int, true, 'i', f.at(6, 2));
    b.emitStore(foo.entry, i, b.constInt(Typ.int, 3), f.at(6, 4));
    b.emitStore(foo.entry, global, i, f.at(7, 9));
    b.emitReturn(foo.entry, []);
    const foo2 = f.func('foo2', [], []);
    const i2 = b.emitAlloc(foo2.entry, Typ.int, true, 'i', f.at(11, 2));
    f.call(foo2.entry, bar.fn, [i2], f.at(12, 5));
    b.emitReturn(foo2.entry, []);
    expect(run(f)).toEqual(['main.go:6:2: object allocated on the heap: escapes at line 7']);
    expect(i.heap).toBe(true);
    expect(i2.heap).toBe(false);
  });

  it('keeps a pointer passed through a function that only returns it', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    const id = idFn(f);
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    const p = f.call(entry, id, [x], f.at(4));
    f.println(entry, [b.emitLoad(entry, p, f.at(5))]);
    const y = b.emitAlloc(entry, Typ.int, true, 'y', f.at(6));
    const q = f.call(entry, id, [y], f.at(7));
    b.emitStore(entry, global, q, f.at(8));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:6:2: object allocated on the heap: escapes at line 8']);
    expect(x.heap).toBe(false);
  });

  it('follows pointers through phis', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    const build = (name: string, line: number, leak: boolean) => {
      const { fn, entry } = f.func(name, [['c', Typ.bool]], []);
      const then = b.newBlock(fn, 'then');
      const join = b.newBlock(fn, 'join');
      const a = b.emitAlloc(entry, Typ.int, true, 'a', f.at(line));
      b.emitIf(entry, fn.params[0]!, then, join);
      const bb = b.emitAlloc(then, Typ.int, true, 'b', f.at(line + 1));
      b.emitJump(then, join);
      const phi = b.emitPhi(join, [a, bb], ptrInt, 'p');
      const isNil = b.emitBinOp(join, '==', phi, b.zeroConst(ptrInt), Typ.bool, f.at(line + 2));
      f.println(join, [isNil, b.emitLoad(join, phi, f.at(line + 2))]);
      if (leak) b.emitStore(join, global, phi, f.at(line + 3));
      b.emitReturn(join, []);
    };
    build('local', 10, false);
    build('leaky', 20, true);
    expect(run(f)).toEqual([
      'main.go:20:2: object allocated on the heap: escapes at line 23',
      'main.go:21:2: object allocated on the heap: escapes at line 23',
    ]);
  });

  it('distinguishes a field of a local struct from a field of a global', () => {
    const f = newFixture();
    const S = new Struct([newVar('n', Typ.int, NoPos, undefined, { isField: true }), newVar('p', ptrInt, NoPos, undefined, { isField: true })]);
    const gs = f.global('gs', S);
    const { entry } = f.func('main', [], []);
    const s = b.emitAlloc(entry, S, true, 's', f.at(3));
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(4));
    b.emitStore(entry, b.emitFieldAddr(entry, s, 1, f.at(5)), x, f.at(5));
    const loaded = b.emitLoad(entry, b.emitFieldAddr(entry, s, 1, f.at(6)), f.at(6));
    f.println(entry, [b.emitLoad(entry, loaded, f.at(6))]);
    const y = b.emitAlloc(entry, Typ.int, true, 'y', f.at(7));
    b.emitStore(entry, b.emitFieldAddr(entry, gs, 1, f.at(8)), y, f.at(8, 7));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:7:2: object allocated on the heap: escapes at line 8']);
    expect([s.heap, x.heap]).toEqual([false, false]);
  });

  it('finds an object that escapes through a local object that escapes later', () => {
    const f = newFixture();
    const S = new Struct([newVar('p', ptrInt, NoPos, undefined, { isField: true })]);
    const global = f.global('global', new Pointer(S));
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    const s = b.emitAlloc(entry, S, true, 's', f.at(4));
    b.emitStore(entry, b.emitFieldAddr(entry, s, 0, f.at(5)), x, f.at(5));
    b.emitStore(entry, global, s, f.at(6));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual([
      'main.go:3:2: object allocated on the heap: escapes at line 5',
      'main.go:4:2: object allocated on the heap: escapes at line 6',
    ]);
  });

  it('makes returned pointers escape at the return', () => {
    const f = newFixture();
    const { entry } = f.func('newInt', [], [ptrInt]);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    b.emitReturn(entry, [x], f.at(4));
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at line 4']);
  });

  it('makes a pointer passed to a function that stores it escape at the call', () => {
    const f = newFixture();
    const sink = sinkFn(f, f.global('global', ptrInt));
    const { entry } = f.func('main', [], []);
    b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    f.call(entry, sink, [entry.instrs[0] as ir.Alloc], f.at(4, 6));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at line 4']);
  });

  it('leaks only the contents when a callee stores *p into a global', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    const ppInt = new Pointer(ptrInt);
    const leakDeref = f.func('leakDeref', [['pp', ppInt]], []);
    b.emitStore(leakDeref.entry, global, b.emitLoad(leakDeref.entry, leakDeref.fn.params[0]!, f.at(40)), f.at(40));
    b.emitReturn(leakDeref.entry, []);
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    const px = b.emitAlloc(entry, ptrInt, true, 'px', f.at(4));
    b.emitStore(entry, px, x, f.at(4));
    f.call(entry, leakDeref.fn, [px], f.at(5));
    b.emitReturn(entry, []);
    const res = analyzeEscapes(f.prog);
    expect(summaryString(res.summaries.get(leakDeref.fn)!, ['pp'])).toBe('pp: heap:1');
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at line 5']);
    expect(px.heap).toBe(false);
  });

  it('sends stores through unknown pointers to the heap', () => {
    const f = newFixture();
    const ppInt = new Pointer(ptrInt);
    const set = f.func('set', [['pp', ppInt], ['v', ptrInt]], []);
    b.emitStore(set.entry, set.fn.params[0]!, set.fn.params[1]!, f.at(30));
    b.emitReturn(set.entry, []);
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    const p = b.emitAlloc(entry, ptrInt, true, 'p', f.at(4));
    f.call(entry, set.fn, [p, x], f.at(5));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at line 5']);
    expect(p.heap).toBe(false);
  });

  it('solves recursion to a fixed point', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    // func walk(p *int, n int) { if n > 0 { walk(p, n-1) } }            — p does not escape
    // func hide(p *int, n int) { if n > 0 { hide(p, n-1) } else { global = p } } — p escapes
    const mk = (name: string, leak: boolean) => {
      const { fn, entry } = f.func(name, [['p', ptrInt], ['n', Typ.int]], []);
      const rec = b.newBlock(fn, 'rec');
      const done = b.newBlock(fn, 'done');
      b.emitIf(entry, b.emitBinOp(entry, '>', fn.params[1]!, b.constInt(Typ.int, 0), Typ.bool, NoPos), rec, done);
      f.call(rec, fn, [fn.params[0]!, b.emitBinOp(rec, '-', fn.params[1]!, b.constInt(Typ.int, 1), Typ.int, NoPos)], f.at(70));
      b.emitReturn(rec, []);
      if (leak) b.emitStore(done, global, fn.params[0]!, f.at(71));
      b.emitReturn(done, []);
      return fn;
    };
    const walk = mk('walk', false);
    const hide = mk('hide', true);
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    f.call(entry, walk, [x, b.constInt(Typ.int, 3)], f.at(4));
    const y = b.emitAlloc(entry, Typ.int, true, 'y', f.at(5));
    f.call(entry, hide, [y, b.constInt(Typ.int, 3)], f.at(6));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:5:2: object allocated on the heap: escapes at line 6']);
    expect(x.heap).toBe(false);
  });

  it('leaks arguments of external functions unless go:noescape', () => {
    const f = newFixture();
    const ext = b.newFunction(f.pkg, 'ext', 'main.ext', b.signatureOf([['p', ptrInt]], []), NoPos);
    const noesc = b.newFunction(f.pkg, 'noesc', 'main.noesc', b.signatureOf([['p', ptrInt]], []), NoPos);
    noesc.directives.push({ name: 'go:noescape', args: '' });
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    f.call(entry, ext, [x], f.at(4));
    const y = b.emitAlloc(entry, Typ.int, true, 'y', f.at(5));
    f.call(entry, noesc, [y], f.at(6));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at line 4']);
  });

  it('does not make a buffer escape when its address is converted to uintptr', () => {
    const f = newFixture();
    const reg = f.global('reg', Typ.uintptr);
    const { entry } = f.func('main', [], []);
    const buf = b.emitAlloc(entry, new ArrayType(Typ.uint8, 16), true, 'buf', f.at(3));
    const up = b.emitConvert(entry, b.emitConvert(entry, buf, Typ.UnsafePointer, f.at(4)), Typ.uintptr, f.at(4));
    b.emitStore(entry, reg, up, f.at(4));
    // unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + 1) stored in a global does escape.
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(5));
    const ux = b.emitConvert(entry, b.emitConvert(entry, x, Typ.UnsafePointer, f.at(6)), Typ.uintptr, f.at(6));
    const back = b.emitConvert(entry, b.emitBinOp(entry, '+', ux, b.constInt(Typ.uintptr, 1), Typ.uintptr, f.at(6)), Typ.UnsafePointer, f.at(6));
    b.emitStore(entry, f.global('gp', Typ.UnsafePointer), back, f.at(7));
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:5:2: object allocated on the heap: escapes at line 7']);
  });

  it('keeps objects larger than the maximum stack allocation on the heap', () => {
    const f = newFixture();
    const { entry } = f.func('main', [], []);
    const big = b.emitAlloc(entry, new ArrayType(Typ.uint8, 300), true, 'big', f.at(3));
    const small = b.emitAlloc(entry, new ArrayType(Typ.uint8, 200), true, 'small', f.at(4));
    f.println(entry, [b.emitLoad(entry, b.emitIndexAddr(entry, big, b.constInt(Typ.int, 0), NoPos), NoPos)]);
    b.emitReturn(entry, []);
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: object size 300 exceeds maximum stack allocation size 256']);
    expect(small.heap).toBe(false);
  });

  it('filters by function name and sorts by position', () => {
    const f = newFixture();
    const a = f.func('a', [], [ptrInt]);
    b.emitReturn(a.entry, [b.emitAlloc(a.entry, Typ.int, true, 'x', f.at(9))], f.at(10));
    const other = f.func('other', [], [ptrInt]);
    b.emitReturn(other.entry, [b.emitAlloc(other.entry, Typ.int, true, 'y', f.at(2))], NoPos);
    run(f);
    expect(reportAllocs(f.prog, /a$/, f.cwd)).toEqual(['main.go:9:2: object allocated on the heap: escapes at line 10']);
    expect(reportAllocs(f.prog, /./, '/elsewhere')).toEqual([
      `${f.cwd}/main.go:2:2: object allocated on the heap: escapes at unknown line`,
      `${f.cwd}/main.go:9:2: object allocated on the heap: escapes at line 10`,
    ]);
  });
});
