// Tests of the IR reference interpreter on hand-built IR: simultaneous phi reads (a swap loop), wrapping arithmetic,
// and Go run-time panics (division by zero, index out of range) with gc's messages and exit code 2.

import { describe, expect, it } from 'vitest';
import { FileSet, NoPos } from '../compiler/syntax/source.ts';
import { Sizes } from '../compiler/types/sizes.ts';
import { ArrayType, Typ } from '../compiler/types/types.ts';
import * as b from './builder.ts';
import { interpret } from './interp.ts';

function mainFn() {
  const prog = b.newProgram(new FileSet(), new Sizes(2, 4, 1)); // AVR-like: 32-bit int
  const pkg = b.newPackage(prog, 'main', 'main');
  b.emitReturn(b.newBlock(pkg.init, 'entry'), []);
  const fn = b.newFunction(pkg, 'main', 'main.main', b.signatureOf([], []), NoPos);
  const println = (blk: ReturnType<typeof b.newBlock>, args: Parameters<typeof b.emitCall>[2]) =>
    b.emitCall(blk, b.builtinValue('println'), args, b.signatureOf([], []).results, NoPos);
  return { prog, fn, println };
}

describe('interpret', () => {
  it('reads phi edges simultaneously (swap in a loop) and wraps int at the target width', () => {
    const { prog, fn, println } = mainFn();
    const [entry, loop, body, done] = ['entry', 'loop', 'body', 'done'].map((c) => b.newBlock(fn, c)) as ReturnType<typeof b.newBlock>[];
    b.emitJump(entry!, loop!);
    const x = b.emitPhi(loop!, [], Typ.int, 'x');
    const y = b.emitPhi(loop!, [], Typ.int, 'y');
    const i = b.emitPhi(loop!, [], Typ.int, 'i');
    const c = b.emitBinOp(loop!, '<', i, b.constInt(Typ.int, 3), Typ.bool, NoPos);
    b.emitIf(loop!, c, body!, done!);
    const i1 = b.emitBinOp(body!, '+', i, b.constInt(Typ.int, 1), Typ.int, NoPos);
    b.emitJump(body!, loop!);
    for (const [phi, init, next] of [[x, 1, y], [y, 2, x], [i, 0, i1]] as const) {
      phi.edges = [b.constInt(Typ.int, init), next];
      for (const e of phi.edges) e.referrers.push(phi);
    }
    const big = b.emitBinOp(done!, '*', b.constInt(Typ.int, 0x40000000), b.constInt(Typ.int, 4), Typ.int, NoPos);
    println(done!, [x, y, big]);
    b.emitReturn(done!, []);
    expect(interpret(prog)).toEqual({ output: '2 1 0\n', exitCode: 0 });
  });

  it('panics on division by zero and out-of-range indexes with gc messages', () => {
    const { prog, fn, println } = mainFn();
    const e = b.newBlock(fn, 'entry');
    const a = b.emitAlloc(e, new ArrayType(Typ.int, 3), false, 'a', NoPos);
    const p = b.emitIndexAddr(e, a, b.constInt(Typ.int, 5), NoPos);
    println(e, [b.emitLoad(e, p, NoPos)]);
    b.emitReturn(e, []);
    expect(interpret(prog)).toEqual({ output: 'panic: runtime error: index out of range [5] with length 3\n', exitCode: 2 });

    const m2 = mainFn();
    const e2 = b.newBlock(m2.fn, 'entry');
    const d = b.emitBinOp(e2, '/', b.constInt(Typ.int, 1), b.constInt(Typ.int, 0), Typ.int, NoPos);
    m2.println(e2, [d]);
    b.emitReturn(e2, []);
    expect(interpret(m2.prog)).toEqual({ output: 'panic: runtime error: integer divide by zero\n', exitCode: 2 });
  });
});
