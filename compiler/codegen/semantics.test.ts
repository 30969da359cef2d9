// Go-semantics tests for codegen: hand-built IR programs run natively on the host (x86-64) and their output and exit
// status are compared with what gc prints for the equivalent Go program (checked by hand against `go run`).

import { describe, expect, it } from 'vitest';
import { generateModule } from './codegen.ts';
import { hostTarget, runHost, sizesFor, verify } from './testdata/harness.ts';
import { B, Kit, NoPos, Typ, bool, int, str } from './testdata/irkit.ts';
import { Named, Pointer, ArrayType, Struct } from '../types/types.ts';
import { newVar } from '../types/objects.ts';
import type { TypeName } from '../types/objects.ts';
import type * as ir from '../../ir/ir.ts';
import type { Type } from '../types/types.ts';

function run(k: Kit, optimize = true): { stdout: string; status: number | null } {
  const mod = generateModule(k.prog, hostTarget);
  expect(verify(mod)).toBe('');
  return runHost(mod, optimize);
}

/** binFunc makes main.<name>(x, y T) T { return x op y } so that operands are not constants. */
function binFunc(k: Kit, name: string, op: ir.BinOpKind, t: Type, yt: Type = t): ir.Function {
  const f = k.func(name, [['x', t], ['y', yt]], [t]);
  f.ret(f.bin(op, f.param(0), f.param(1), t));
  return f.fn;
}

function namedType(name: string, underlying: Type): Named {
  const obj = { kind: 'TypeName', name, pos: NoPos, pkg: { path: 'main', name: 'main' }, type: undefined, isAlias: false } as unknown as TypeName;
  const n = new Named(obj);
  n.underlyingType = underlying;
  return n;
}

describe('integer semantics', () => {
  it('divides and takes remainders like Go, including MinInt / -1', () => {
    for (const optimize of [false, true]) {
      const k = new Kit(sizesFor(hostTarget));
      const div = binFunc(k, 'div', '/', Typ.int64);
      const rem = binFunc(k, 'rem', '%', Typ.int64);
      const udiv = binFunc(k, 'udiv', '/', Typ.uint8);
      const m = k.func('main');
      const min = int(-(2n ** 63n), Typ.int64);
      m.println(m.call(div, int(-7, Typ.int64), int(2, Typ.int64)), m.call(rem, int(-7, Typ.int64), int(3, Typ.int64)));
      m.println(m.call(div, min, int(-1, Typ.int64)), m.call(rem, min, int(-1, Typ.int64)));
      m.println(m.call(udiv, int(250, Typ.uint8), int(7, Typ.uint8)));
      m.println(int(2n ** 64n - 1n, Typ.uint64), int(-128, Typ.int8), int(255, Typ.uint8));
      m.println(m.call(div, int(1, Typ.int64), int(0, Typ.int64)));
      m.ret();
      const r = run(k, optimize);
      expect(r.stdout).toBe(
        '-3 -1\n-9223372036854775808 0\n35\n18446744073709551615 -128 255\npanic: runtime error: integer divide by zero\n',
      );
      expect(r.status).toBe(2);
    }
  });

  it('shifts with Go semantics for large and negative counts', () => {
    const k = new Kit(sizesFor(hostTarget));
    const shl = binFunc(k, 'shl', '<<', Typ.int32, Typ.uint);
    const shr = binFunc(k, 'shr', '>>', Typ.int32, Typ.uint8);
    const ushr = binFunc(k, 'ushr', '>>', Typ.uint16, Typ.int64);
    const sshl = binFunc(k, 'sshl', '<<', Typ.int, Typ.int);
    const m = k.func('main');
    m.println(m.call(shl, int(1, Typ.int32), int(4, Typ.uint)), m.call(shl, int(1, Typ.int32), int(32, Typ.uint)), m.call(shl, int(1, Typ.int32), int(1000, Typ.uint)));
    m.println(m.call(shr, int(-8, Typ.int32), int(1, Typ.uint8)), m.call(shr, int(-8, Typ.int32), int(200, Typ.uint8)), m.call(shr, int(8, Typ.int32), int(40, Typ.uint8)));
    m.println(m.call(ushr, int(0x8000, Typ.uint16), int(15, Typ.int64)), m.call(ushr, int(0x8000, Typ.uint16), int(16, Typ.int64)));
    m.println(m.bin('<<', int(3, Typ.int8), int(9, Typ.uint), Typ.int8), m.bin('>>', int(-3, Typ.int8), int(9, Typ.uint), Typ.int8));
    m.println(m.call(sshl, int(1), int(-1)));
    m.ret();
    const r = run(k);
    expect(r.stdout).toBe('16 0 0\n-4 -1 0\n1 0\n0 -1\npanic: runtime error: negative shift amount\n');
    expect(r.status).toBe(2);
  });

  it('loops with phis and returns several results', () => {
    const k = new Kit(sizesFor(hostTarget));
    // func sum(n int) (int, int) { s := 0; for i := 1; i <= n; i++ { s += i }; return s, n }
    const sum = k.func('sum', [['n', Typ.int]], [Typ.int, Typ.int]);
    const loop = sum.block('loop');
    const body = sum.block('body');
    const done = sum.block('done');
    B.emitJump(sum.cur, loop);
    const i = B.emitPhi(loop, [], Typ.int, 'i');
    const s = B.emitPhi(loop, [], Typ.int, 's');
    sum.at(loop);
    B.emitIf(loop, sum.bin('<=', i, sum.param(0)), body, done);
    sum.at(body);
    const s2 = sum.bin('+', s, i);
    const i2 = sum.bin('+', i, int(1));
    B.emitJump(body, loop);
    i.edges = [int(1), i2];
    s.edges = [int(0), s2];
    sum.at(done).ret(s, sum.param(0));
    const m = k.func('main');
    const t = m.call(sum.fn, int(10));
    m.println(B.emitExtract(m.cur, t, 0, NoPos), B.emitExtract(m.cur, t, 1, NoPos));
    m.ret();
    expect(run(k).stdout).toBe('55 10\n');
  });
});

describe('memory, strings and panics', () => {
  it('indexes arrays with bounds checks', () => {
    const k = new Kit(sizesFor(hostTarget));
    const arrT = new ArrayType(Typ.int, 3);
    const get = k.func('get', [['i', Typ.int]], [Typ.int]);
    const a = B.emitAlloc(get.cur, arrT, false, 'a', NoPos);
    B.emitStore(get.cur, B.emitIndexAddr(get.cur, a, int(2), NoPos), int(7), NoPos);
    const v = B.emitLoad(get.cur, a, NoPos);
    get.ret(B.emitIndex(get.cur, v, get.param(0), NoPos));
    const m = k.func('main');
    m.println(m.call(get.fn, int(2)), m.call(get.fn, int(0)));
    m.println(m.call(get.fn, int(5)));
    m.ret();
    const r = run(k);
    expect(r.stdout).toBe('7 0\npanic: runtime error: index out of range [5] with length 3\n');
    expect(r.status).toBe(2);
  });

  it('uses globals, structs and heap allocations, and nil-checks loads', () => {
    const k = new Kit(sizesFor(hostTarget));
    const st = new Struct([newVar('a', Typ.int32, NoPos, undefined, { isField: true }), newVar('b', Typ.string, NoPos, undefined, { isField: true })]);
    const T = namedType('T', st);
    const g = k.global('g', new Pointer(T));
    const load = k.func('load', [['p', new Pointer(Typ.int)]], [Typ.int]);
    load.ret(B.emitLoad(load.cur, load.param(0), NoPos));
    const m = k.func('main');
    const p = B.emitAlloc(m.cur, T, true, 'x', NoPos);
    B.emitStore(m.cur, B.emitFieldAddr(m.cur, p, 0, NoPos), int(5, Typ.int32), NoPos);
    B.emitStore(m.cur, B.emitFieldAddr(m.cur, p, 1, NoPos), str('five'), NoPos);
    B.emitStore(m.cur, g, p, NoPos);
    const q = B.emitLoad(m.cur, g, NoPos);
    const val = B.emitLoad(m.cur, q, NoPos);
    m.println(B.emitField(m.cur, val, 0, NoPos), B.emitField(m.cur, val, 1, NoPos), B.emitLoad(m.cur, B.emitFieldAddr(m.cur, q, 0, NoPos), NoPos));
    m.println(B.constOf(new Pointer(Typ.int), undefined));
    m.println(m.call(load.fn, B.constOf(new Pointer(Typ.int), undefined)));
    m.ret();
    const r = run(k);
    expect(r.stdout).toBe('5 five 5\n0x0\npanic: runtime error: invalid memory address or nil pointer dereference\n');
    expect(r.status).toBe(2);
  });

  it('compares and indexes strings', () => {
    const k = new Kit(sizesFor(hostTarget));
    const m = k.func('main');
    const cmp = (op: ir.BinOpKind, a: string, b: string): ir.Value => m.bin(op, str(a), str(b));
    m.println(cmp('==', 'ab', 'ab'), cmp('!=', 'ab', 'ab'), cmp('<', 'ab', 'b'), cmp('<=', 'b', 'ab'), cmp('>', 'abc', 'ab'), cmp('>=', '', ''));
    const e = k.func('e2', [['s', Typ.string]], [Typ.bool]);
    e.ret(e.bin('==', e.param(0), str('x')));
    m.println(m.call(e.fn, str('x')), m.call(e.fn, str('y')));
    const idx = k.func('idx', [['s', Typ.string], ['i', Typ.int]], [Typ.uint8]);
    idx.ret(B.emitIndex(idx.cur, idx.param(0), idx.param(1), NoPos));
    const len = B.emitCall(m.cur, B.builtinValue('len'), [str('h\xc3\xa9llo')], Typ.int, NoPos);
    m.println(m.call(idx.fn, str('ABC'), int(1)), len);
    m.println(m.call(idx.fn, str('ABC'), int(-1)));
    m.ret();
    const r = run(k);
    expect(r.stdout).toBe('true false true false true true\ntrue false\n66 6\npanic: runtime error: index out of range [-1]\n');
    expect(r.status).toBe(2);
  });

  it('panics with strings and named values like gc', () => {
    const cases: [ir.Value, string][] = [
      [str('boom'), 'panic: boom\n'],
      [B.constOf(namedType('E', Typ.int), { kind: 'int', value: 42n }), 'panic: main.E(42)\n'],
      [B.constOf(namedType('S', Typ.string), { kind: 'string', value: 'x' }), 'panic: main.S("x")\n'],
      [int(-3), 'panic: -3\n'],
      [bool(true), 'panic: true\n'],
    ];
    for (const [v, want] of cases) {
      const k = new Kit(sizesFor(hostTarget));
      const m = k.func('main');
      m.println(str('before'));
      B.emitPanic(m.cur, v, NoPos);
      const r = run(k);
      expect(r.stdout).toBe('before\n' + want);
      expect(r.status).toBe(2);
    }
  });
});

describe('untyped operands', () => {
  it('gives untyped nil and untyped constants the type of the slot they flow into', () => {
    const k = new Kit(sizesFor(hostTarget));
    const pint = new Pointer(Typ.int);
    const g = k.global('p', pint);
    const isNil = k.func('isNil', [['q', pint]], [Typ.bool]);
    isNil.ret(isNil.bin('==', isNil.param(0), B.constOf(Typ.UntypedNil, undefined)));
    const m = k.func('main');
    B.emitStore(m.cur, g, B.constOf(Typ.UntypedNil, undefined), NoPos);
    const a = B.emitAlloc(m.cur, Typ.int, true, 'a', NoPos);
    m.println(m.call(isNil.fn, B.emitLoad(m.cur, g, NoPos)), m.call(isNil.fn, a), m.bin('+', int(2, Typ.UntypedInt), int(40, Typ.int16), Typ.int16));
    m.ret();
    expect(run(k).stdout).toBe('true false 42\n');
  });
});
