// Tests of the IR tooling: builder bookkeeping, the printer's forms, the validator's checks and the dominator tree.

import { describe, expect, it } from 'vitest';
import { FileSet, NoPos } from '../compiler/syntax/source.ts';
import { Sizes } from '../compiler/types/sizes.ts';
import { Pointer, Typ } from '../compiler/types/types.ts';
import * as b from './builder.ts';
import { buildDomTree } from './dom.ts';
import { printFunction, printProgram } from './printer.ts';
import { validateFunction, validateProgram } from './validate.ts';

function loopFunction() {
  const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
  const pkg = b.newPackage(prog, 'main', 'main');
  const fn = b.newFunction(pkg, 'sum', 'main.sum', b.signatureOf([['n', Typ.int]], [Typ.int]), NoPos);
  const entry = b.newBlock(fn, 'entry');
  const head = b.newBlock(fn, 'for.loop');
  const body = b.newBlock(fn, 'for.body');
  const done = b.newBlock(fn, 'for.done');
  b.emitJump(entry, head);
  const phi = b.emitPhi(head, [], Typ.int, 'i');
  const cond = b.emitBinOp(head, '<', phi, fn.params[0]!, Typ.bool, NoPos);
  b.emitIf(head, cond, body, done);
  const next = b.emitBinOp(body, '+', phi, b.constInt(Typ.int, 1), Typ.int, NoPos);
  b.emitJump(body, head);
  b.mapOperands(phi, () => phi); // no-op on an empty phi
  phi.edges = [b.constInt(Typ.int, 0), next];
  for (const e of phi.edges) e.referrers.push(phi);
  b.emitReturn(done, [phi]);
  return { prog, pkg, fn, entry, head, body, done, phi, next, cond };
}

describe('builder + printer', () => {
  it('prints a loop in go/ssa style', () => {
    const { fn } = loopFunction();
    expect(printFunction(fn)).toBe(
      [
        '# Name: main.sum',
        '# Package: main',
        'func sum(n int) int:',
        '0: entry  P:0 S:1',
        '\tjump 1',
        '1: for.loop  P:2 S:2',
        '\tt0 = phi [0: 0:int, 2: t2] #i'.padEnd(50) + ' int',
        '\tt1 = t0 < n'.padEnd(50) + ' bool',
        '\tif t1 goto 2 else 3',
        '2: for.body  P:1 S:1',
        '\tt2 = t0 + 1:int'.padEnd(50) + ' int',
        '\tjump 1',
        '3: for.done  P:1 S:0',
        '\treturn t0',
        '',
      ].join('\n'),
    );
    expect(validateFunction(fn)).toEqual([]);
  });

  it('keeps referrers exact through replaceAll and removeInstr', () => {
    const { fn, next, phi, body } = loopFunction();
    const c = b.constInt(Typ.int, 7);
    b.replaceAll(next, c);
    expect(next.referrers).toEqual([]);
    expect(phi.edges[1]).toBe(c);
    expect(c.referrers).toEqual([phi]);
    b.removeInstr(next);
    expect(body.instrs.map((i) => i.kind)).toEqual(['Jump']);
    expect(phi.referrers.includes(next)).toBe(false);
    expect(validateFunction(fn)).toEqual([]);
  });

  it('prints allocs, stores, fields, consts and globals', () => {
    const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
    const pkg = b.newPackage(prog, 'main', 'main');
    const g = b.newGlobal(pkg, 'global', new Pointer(Typ.int), NoPos);
    const fn = b.newFunction(pkg, 'foo', 'main.foo', b.signatureOf([], []), NoPos);
    const e = b.newBlock(fn, 'entry');
    const a = b.emitAlloc(e, Typ.int, true, 'i', NoPos);
    b.emitStore(e, a, b.constInt(Typ.int, 3), NoPos);
    b.emitStore(e, g, a, NoPos);
    const s = b.emitCall(e, b.builtinValue('println'), [b.constString('a"\n'), b.zeroConst(new Pointer(Typ.int))], b.signatureOf([], []).results, NoPos);
    expect(s.type.kind).toBe('Tuple');
    b.emitReturn(e, []);
    const out = printProgram(prog);
    expect(out).toContain('var main.global *int');
    expect(out).toContain('\tt0 = new int (i)'.padEnd(50) + ' *int');
    expect(out).toContain('\t*t0 = 3:int\n\t*main.global = t0\n');
    expect(out).toContain('t1 = println("a\\"\\n":string, nil:*int)');
    expect(out).toContain('# Synthetic: package initializer');
    // pkg.init has no blocks yet: external
    expect(validateProgram(prog)).toEqual([]);
  });
});

describe('validate', () => {
  it('reports a missing terminator, bad phi arity and a mistyped store', () => {
    const { fn, head, done, phi } = loopFunction();
    done.instrs.pop(); // drop the return
    phi.edges.pop();
    const a = b.emitAlloc(done, Typ.int, false, 'x', NoPos);
    b.emitStore(done, a, b.constBool(true), NoPos);
    const errs = validateFunction(fn).join('\n');
    expect(errs).toMatch(/does not end in a terminator/);
    expect(errs).toMatch(/phi has 1 edges, block has 2 preds/);
    expect(errs).toMatch(/store of bool to \*int/);
    expect(head.preds.length).toBe(2);
  });

  it('reports asymmetric edges and a wrong successor count', () => {
    const { fn, body, entry } = loopFunction();
    body.succs.push(entry); // not mirrored in entry.preds, and Jump with 2 succs
    const errs = validateFunction(fn).join('\n');
    expect(errs).toMatch(/edge to 0 not mirrored/);
    expect(errs).toMatch(/Jump block has 2 successors, want 1/);
  });

  it('reports operands from another function', () => {
    const { fn, pkg, done } = loopFunction();
    const other = b.newFunction(pkg, 'g', 'main.g', b.signatureOf([['n', Typ.int]], [Typ.int]), NoPos);
    done.instrs.pop();
    b.emitReturn(done, [other.params[0]!]);
    expect(validateFunction(fn).join('\n')).toMatch(/parameter n of another function/);
  });
});

describe('dom', () => {
  it('computes idoms and frontiers of a loop and a diamond', () => {
    const { fn, entry, head, body, done } = loopFunction();
    const d = buildDomTree(fn);
    expect(d.idom[head.index]).toBe(entry);
    expect(d.idom[body.index]).toBe(head);
    expect(d.idom[done.index]).toBe(head);
    expect(d.frontier[body.index]).toEqual([head]);
    expect(d.frontier[head.index]).toEqual([head]);
    expect(d.dominates(head, done)).toBe(true);
    expect(d.dominates(body, done)).toBe(false);

    const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
    const pkg = b.newPackage(prog, 'main', 'main');
    const f2 = b.newFunction(pkg, 'f', 'main.f', b.signatureOf([['c', Typ.bool]], []), NoPos);
    const [e, t, f, j, dead] = ['entry', 'if.then', 'if.else', 'if.done', 'dead'].map((c) => b.newBlock(f2, c));
    b.emitIf(e!, f2.params[0]!, t!, f!);
    b.emitJump(t!, j!);
    b.emitJump(f!, j!);
    b.emitReturn(j!, []);
    b.emitJump(dead!, j!);
    const d2 = buildDomTree(f2);
    expect(d2.idom[j!.index]).toBe(e);
    expect(d2.frontier[t!.index]).toEqual([j]);
    expect(d2.frontier[f!.index]).toEqual([j]);
    expect(d2.reachable[dead!.index]).toBe(false);
    expect(d2.dominates(e!, dead!)).toBe(false);
    expect(d2.preorder.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('validate dominance', () => {
  it('reports a use that its definition does not dominate', () => {
    const prog = b.newProgram(new FileSet(), new Sizes(8, 8, 8));
    const pkg = b.newPackage(prog, 'main', 'main');
    const fn = b.newFunction(pkg, 'f', 'main.f', b.signatureOf([['c', Typ.bool]], [Typ.int]), NoPos);
    const [e, t, j] = ['entry', 'if.then', 'if.done'].map((c) => b.newBlock(fn, c));
    b.emitIf(e!, fn.params[0]!, t!, j!);
    const v = b.emitBinOp(t!, '+', b.constInt(Typ.int, 1), b.constInt(Typ.int, 2), Typ.int, NoPos);
    b.emitJump(t!, j!);
    b.emitReturn(j!, [v]);
    expect(validateFunction(fn).join('\n')).toMatch(/use of t0 not dominated by its definition/);
  });
});
