// Allocations inside loops: one stack slot per frame is only correct when no earlier iteration's object can still be
// reached when the Alloc runs again. These tests build the loop shapes by hand and check the verdicts.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../compiler/diag.ts';
import { NoPos } from '../../compiler/syntax/source.ts';
import { newVar } from '../../compiler/types/objects.ts';
import { Struct, Typ } from '../../compiler/types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { reportAllocs } from '../allocs.ts';
import { runPasses } from '../pipeline.ts';
import { newFixture, ptrInt, type Fixture } from '../test/fixture.ts';

/** loop builds `for i := 0; i < n; i++ { body }` in main and calls body(f, blocks) to fill the body block. */
function loop(f: Fixture, body: (l: { fn: ir.Function; entry: ir.BasicBlock; head: ir.BasicBlock; body: ir.BasicBlock; done: ir.BasicBlock; i: ir.Phi }) => ir.BasicBlock) {
  const { fn, entry } = f.func('main', [['n', Typ.int]], []);
  const head = b.newBlock(fn, 'for.loop');
  const bodyB = b.newBlock(fn, 'for.body');
  const done = b.newBlock(fn, 'for.done');
  const i = b.emitPhi(head, [], Typ.int, 'i');
  const l = { fn, entry, head, body: bodyB, done, i };
  b.emitIf(head, b.emitBinOp(head, '<', i, fn.params[0]!, Typ.bool, NoPos), bodyB, done);
  const latch = body(l);
  const next = b.emitBinOp(latch, '+', i, b.constInt(Typ.int, 1), Typ.int, NoPos);
  b.emitJump(latch, head);
  setEdges(i, [b.constInt(Typ.int, 0), next]);
  b.emitReturn(done, []);
  return l;
}

/** setEdges fills a phi created empty (its operands did not exist yet), keeping referrers exact. */
function setEdges(phi: ir.Phi, edges: ir.Value[]): void {
  phi.edges = edges;
  for (const e of edges) e.referrers.push(phi);
}

function run(f: Fixture): string[] {
  const sink = new DiagnosticSink(f.prog.fset);
  runPasses(f.prog, { maxStackAlloc: 256, validate: true }, sink);
  expect(sink.list.map((d) => d.message)).toEqual([]);
  return reportAllocs(f.prog, /./, f.cwd);
}

describe('allocations in loops', () => {
  it('moves a per-iteration object that dies within the iteration to the stack', () => {
    const f = newFixture();
    let p!: ir.Alloc;
    loop(f, (l) => {
      b.emitJump(l.entry, l.head);
      p = b.emitAlloc(l.body, Typ.int, true, 'p', f.at(3));
      b.emitStore(l.body, p, l.i, f.at(4));
      f.println(l.body, [b.emitLoad(l.body, p, f.at(5))]);
      return l.body;
    });
    expect(run(f)).toEqual([]);
    expect(p.heap).toBe(false);
  });

  it('keeps an object carried to the next iteration by a phi on the heap', () => {
    const f = newFixture();
    loop(f, (l) => {
      b.emitJump(l.entry, l.head);
      // var last *int; for ... { p := new(int); if last != nil { println(*last) }; last = p }
      const last = b.emitPhi(l.head, [], ptrInt, 'last');
      const p = b.emitAlloc(l.body, Typ.int, true, 'p', f.at(3));
      const show = b.newBlock(l.fn, 'show');
      const latch = b.newBlock(l.fn, 'latch');
      b.emitIf(l.body, b.emitBinOp(l.body, '!=', last, b.zeroConst(ptrInt), Typ.bool, NoPos), show, latch);
      f.println(show, [b.emitLoad(show, last, f.at(4))]);
      b.emitJump(show, latch);
      setEdges(last, [b.zeroConst(ptrInt), p]);
      return latch;
    });
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at unknown line']);
  });

  it('keeps an object stored into memory that outlives the iteration on the heap', () => {
    const f = newFixture();
    const S = new Struct([newVar('p', ptrInt, NoPos, undefined, { isField: true })]);
    let s!: ir.Alloc;
    loop(f, (l) => {
      s = b.emitAlloc(l.entry, S, true, 's', f.at(2));
      b.emitJump(l.entry, l.head);
      const x = b.emitAlloc(l.body, Typ.int, true, 'x', f.at(3));
      b.emitStore(l.body, b.emitFieldAddr(l.body, s, 0, f.at(4)), x, f.at(4));
      return l.body;
    });
    expect(run(f)).toEqual(['main.go:3:2: object allocated on the heap: escapes at unknown line']);
    expect(s.heap).toBe(false);
  });

  it('accepts a phi that merges objects of the same iteration', () => {
    const f = newFixture();
    const allocs: ir.Alloc[] = [];
    loop(f, (l) => {
      b.emitJump(l.entry, l.head);
      // p := &a; if i > 2 { p = &b }; println(*p)   — a and b declared in the loop body
      const a = b.emitAlloc(l.body, Typ.int, true, 'a', f.at(3));
      const then = b.newBlock(l.fn, 'then');
      const join = b.newBlock(l.fn, 'join');
      b.emitIf(l.body, b.emitBinOp(l.body, '>', l.i, b.constInt(Typ.int, 2), Typ.bool, NoPos), then, join);
      const bb = b.emitAlloc(then, Typ.int, true, 'b', f.at(4));
      b.emitJump(then, join);
      const p = b.emitPhi(join, [a, bb], ptrInt, 'p');
      f.println(join, [b.emitLoad(join, p, f.at(5))]);
      allocs.push(a, bb);
      return join;
    });
    expect(run(f)).toEqual([]);
    expect(allocs.map((a) => a.heap)).toEqual([false, false]);
  });

  it('reuses the slot when only the last object is used after the loop', () => {
    const f = newFixture();
    // var last *int; for ... { last = new(int) }; println(*last) — the header phi holds the previous iteration's
    // object when the Alloc runs again, but it is redefined before any use, so the old object is dead: one slot.
    const l = loop(f, (l) => {
      b.emitJump(l.entry, l.head);
      const last = b.emitPhi(l.head, [], ptrInt, 'last');
      const p = b.emitAlloc(l.body, Typ.int, true, 'p', f.at(3));
      setEdges(last, [b.zeroConst(ptrInt), p]);
      return l.body;
    });
    const last = l.head.instrs.find((i) => i.kind === 'Phi' && i.comment === 'last') as ir.Phi;
    const ret = l.done.instrs.pop()!;
    f.println(l.done, [b.emitLoad(l.done, last, f.at(6))]);
    l.done.instrs.push(ret);
    expect(run(f)).toEqual([]);
  });
});
