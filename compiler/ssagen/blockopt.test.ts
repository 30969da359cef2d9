// Tests of blockopt.ts on hand-built IR: jump threading through empty blocks, fusion of straight-line blocks (with a
// trivial phi replaced by its edge), no threading into a block with phis, and removal of unreachable blocks.

import { describe, expect, it } from 'vitest';
import { FileSet, NoPos } from '../syntax/source.ts';
import { Sizes } from '../types/sizes.ts';
import { Typ } from '../types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { printFunction } from '../../ir/printer.ts';
import { validateFunction } from '../../ir/validate.ts';
import { optimizeBlocks } from './blockopt.ts';

function fnWithBlocks(...names: string[]): { fn: ir.Function; blocks: ir.BasicBlock[] } {
  const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
  const pkg = b.newPackage(prog, 'main', 'main');
  const fn = b.newFunction(pkg, 'f', 'main.f', b.signatureOf([['c', Typ.bool]], [Typ.int]), NoPos);
  return { fn, blocks: names.map((n) => b.newBlock(fn, n)) };
}

describe('optimizeBlocks', () => {
  it('threads jumps through empty blocks and fuses straight-line code', () => {
    const { fn, blocks } = fnWithBlocks('entry', 'empty', 'then', 'else', 'done', 'dead');
    const [entry, empty, then, els, done, dead] = blocks as [ir.BasicBlock, ir.BasicBlock, ir.BasicBlock, ir.BasicBlock, ir.BasicBlock, ir.BasicBlock];
    b.emitJump(entry, empty);
    b.emitIf(empty, fn.params[0]!, then, els);
    b.emitCall(then, b.builtinValue('println'), [b.constInt(Typ.int, 1)], b.signatureOf([], []).results, NoPos);
    b.emitJump(then, done);
    b.emitCall(els, b.builtinValue('println'), [b.constInt(Typ.int, 2)], b.signatureOf([], []).results, NoPos);
    const one = b.newBlock(fn, 'only-jump');
    b.emitJump(els, one);
    b.emitJump(one, done);
    b.emitReturn(done, [b.constInt(Typ.int, 1)]);
    b.emitJump(dead, done);
    optimizeBlocks(fn);
    expect(validateFunction(fn)).toEqual([]);
    // entry+empty fused; then/else jump straight to done (only-jump threaded); dead removed.
    expect(fn.blocks.map((x) => x.comment)).toEqual(['entry', 'then', 'else', 'done']);
    expect(fn.blocks[0]!.instrs.map((i) => i.kind)).toEqual(['If']);
    expect(fn.blocks[2]!.succs.map((s) => s.comment)).toEqual(['done']);
    expect(fn.blocks[3]!.preds.map((p) => p.comment).sort()).toEqual(['else', 'then']);
  });

  it('keeps jump-only blocks that feed a phi, and replaces a fused block\'s trivial phi', () => {
    const { fn, blocks } = fnWithBlocks('entry', 'then', 'join', 'tail');
    const [entry, then, join, tail] = blocks as [ir.BasicBlock, ir.BasicBlock, ir.BasicBlock, ir.BasicBlock];
    b.emitIf(entry, fn.params[0]!, then, join);
    b.emitJump(then, join);
    const phi = b.emitPhi(join, [b.constInt(Typ.int, 1), b.constInt(Typ.int, 2)], Typ.int, 'x');
    b.emitJump(join, tail);
    const t = b.emitPhi(tail, [phi], Typ.int, 'y');
    b.emitReturn(tail, [t]);
    optimizeBlocks(fn);
    expect(validateFunction(fn)).toEqual([]);
    expect(fn.blocks.map((x) => x.comment)).toEqual(['entry', 'then', 'join']);
    const text = printFunction(fn);
    expect(text).toContain('phi [0: 1:int, 1: 2:int] #x');
    expect(text).not.toContain('#y');
    expect(text).toContain(`return t${phi.id}`);
  });
});
