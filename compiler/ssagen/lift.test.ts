// Tests of lift.ts on hand-built IR: phis at loop headers and if joins, pruning of dead phis, heap allocs and
// address-taken allocs left alone, unreachable blocks removed.

import { describe, expect, it } from 'vitest';
import { FileSet, NoPos } from '../syntax/source.ts';
import { Sizes } from '../types/sizes.ts';
import { Typ } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import { printFunction } from '../../ir/printer.ts';
import { validateFunction } from '../../ir/validate.ts';
import { lift } from './lift.ts';

function setup(params: [string, typeof Typ.int][] = [['n', Typ.int]]) {
  const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
  const pkg = b.newPackage(prog, 'main', 'main');
  const fn = b.newFunction(pkg, 'f', 'main.f', b.signatureOf(params, [Typ.int]), NoPos);
  return { fn };
}

describe('lift', () => {
  it('puts a phi at the loop header for `i := 0; for i < n { i++ }; return i`', () => {
    const { fn } = setup();
    const [entry, loop, body, done] = ['entry', 'for.loop', 'for.body', 'for.done'].map((c) => b.newBlock(fn, c)) as [
      ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>];
    const i = b.emitAlloc(entry, Typ.int, false, 'i', NoPos);
    b.emitStore(entry, i, b.constInt(Typ.int, 0), NoPos);
    b.emitJump(entry, loop);
    const c = b.emitBinOp(loop, '<', b.emitLoad(loop, i, NoPos), fn.params[0]!, Typ.bool, NoPos);
    b.emitIf(loop, c, body, done);
    b.emitStore(body, i, b.emitBinOp(body, '+', b.emitLoad(body, i, NoPos), b.constInt(Typ.int, 1), Typ.int, NoPos), NoPos);
    b.emitJump(body, loop);
    b.emitReturn(done, [b.emitLoad(done, i, NoPos)]);
    const dead = b.newBlock(fn, 'unreachable');
    b.emitUnreachable(dead);
    lift(fn);
    expect(validateFunction(fn)).toEqual([]);
    const out = printFunction(fn);
    expect(out).not.toContain('local');
    expect(out).not.toContain('unreachable');
    expect(out).toContain('t0 = phi [0: 0:int, 2: t2] #i');
    expect(out).toContain('t1 = t0 < n');
    expect(out).toContain('t2 = t0 + 1:int');
    expect(out).toContain('return t0');
  });

  it('merges an if/else into one phi and prunes a variable dead at the join', () => {
    const { fn } = setup();
    const [entry, then, els, done] = ['entry', 'if.then', 'if.else', 'if.done'].map((c) => b.newBlock(fn, c)) as [
      ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>];
    const x = b.emitAlloc(entry, Typ.int, false, 'x', NoPos);
    const y = b.emitAlloc(entry, Typ.int, false, 'y', NoPos); // stored on both arms, never read after: no phi
    const c = b.emitBinOp(entry, '>', fn.params[0]!, b.constInt(Typ.int, 0), Typ.bool, NoPos);
    b.emitIf(entry, c, then, els);
    b.emitStore(then, x, b.constInt(Typ.int, 1), NoPos);
    b.emitStore(then, y, b.constInt(Typ.int, 1), NoPos);
    b.emitJump(then, done);
    b.emitStore(els, y, b.constInt(Typ.int, 2), NoPos);
    b.emitJump(els, done);
    b.emitReturn(done, [b.emitLoad(done, x, NoPos)]);
    lift(fn);
    expect(validateFunction(fn)).toEqual([]);
    const out = printFunction(fn);
    expect(out).toContain('phi [1: 1:int, 2: 0:int] #x');
    expect(out).not.toContain('#y');
    expect(out.match(/phi/g)?.length).toBe(1);
  });

  it('leaves heap allocs and address-escaping allocs in memory', () => {
    const { fn } = setup();
    const entry = b.newBlock(fn, 'entry');
    const h = b.emitAlloc(entry, Typ.int, true, 'h', NoPos);
    b.emitStore(entry, h, b.constInt(Typ.int, 1), NoPos);
    const s = b.emitAlloc(entry, Typ.int, false, 's', NoPos);
    const p = b.emitAlloc(entry, s.type, false, 'p', NoPos);
    b.emitStore(entry, p, s, NoPos); // s's address is stored: not liftable
    const v = b.emitLoad(entry, h, NoPos);
    b.emitReturn(entry, [v]);
    lift(fn);
    expect(validateFunction(fn)).toEqual([]);
    const out = printFunction(fn);
    expect(out).toContain('new int (h)');
    expect(out).toContain('local int (s)');
    expect(out).not.toContain('(p)');
  });

  it('replaces trivial phis (all edges the same constant) by their value', () => {
    const { fn } = setup();
    const [entry, then, done] = ['entry', 'if.then', 'if.done'].map((c) => b.newBlock(fn, c)) as [
      ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>, ReturnType<typeof b.newBlock>];
    const x = b.emitAlloc(entry, Typ.int, false, 'x', NoPos);
    b.emitStore(entry, x, b.constInt(Typ.int, 5), NoPos);
    const c = b.emitBinOp(entry, '>', fn.params[0]!, b.constInt(Typ.int, 0), Typ.bool, NoPos);
    b.emitIf(entry, c, then, done);
    b.emitStore(then, x, b.constInt(Typ.int, 5), NoPos);
    b.emitJump(then, done);
    b.emitReturn(done, [b.emitLoad(done, x, NoPos)]);
    lift(fn);
    expect(validateFunction(fn)).toEqual([]);
    const out = printFunction(fn);
    expect(out).not.toContain('phi');
    expect(out).toContain('return 5:int');
  });
});
