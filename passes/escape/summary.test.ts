// Parameter summaries (the interprocedural half of escape analysis) on hand-built IR: the leak levels computed for
// the usual shapes, multi-result calls read through Extract, and the call graph's component order.

import { describe, expect, it } from 'vitest';
import { NoPos } from '../../compiler/syntax/source.ts';
import { Pointer, Tuple, Typ } from '../../compiler/types/types.ts';
import * as b from '../../ir/builder.ts';
import { newFixture, ptrInt } from '../test/fixture.ts';
import { analyzeEscapes } from './escape.ts';
import { callGraphSCCs, programFunctions } from './summary.ts';
import { summaryString } from './summary_types.ts';

describe('parameter summaries', () => {
  it('computes leak levels like gc', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    const ppInt = new Pointer(ptrInt);
    const id = f.func('id', [['p', ptrInt]], [ptrInt]);
    b.emitReturn(id.entry, [id.fn.params[0]!], NoPos);
    const sink = f.func('sink', [['p', ptrInt]], []);
    b.emitStore(sink.entry, global, sink.fn.params[0]!, NoPos);
    b.emitReturn(sink.entry, []);
    const get = f.func('get', [['pp', ppInt]], [ptrInt]);
    b.emitReturn(get.entry, [b.emitLoad(get.entry, get.fn.params[0]!, NoPos)], NoPos);
    const cmp = f.func('cmp', [['p', ptrInt], ['q', ptrInt]], [Typ.bool]);
    b.emitReturn(cmp.entry, [b.emitBinOp(cmp.entry, '==', cmp.fn.params[0]!, cmp.fn.params[1]!, Typ.bool, NoPos)], NoPos);
    const res = analyzeEscapes(f.prog);
    const s = (fn: typeof id.fn) => summaryString(res.summaries.get(fn)!, fn.params.map((p) => p.name));
    expect(s(id.fn)).toBe('p: result0:0');
    expect(s(sink.fn)).toBe('p: heap:0');
    expect(s(get.fn)).toBe('pp: result0:1');
    expect(s(cmp.fn)).toBe('p: does not escape; q: does not escape');
  });

  it('reads multiple results through Extract', () => {
    const f = newFixture();
    const global = f.global('global', ptrInt);
    // func two(p, q *int) (*int, *int) { return q, p }
    const two = f.func('two', [['p', ptrInt], ['q', ptrInt]], [ptrInt, ptrInt]);
    b.emitReturn(two.entry, [two.fn.params[1]!, two.fn.params[0]!], NoPos);
    const { entry } = f.func('main', [], []);
    const x = b.emitAlloc(entry, Typ.int, true, 'x', f.at(3));
    const y = b.emitAlloc(entry, Typ.int, true, 'y', f.at(4));
    const c = f.call(entry, two.fn, [x, y], f.at(5));
    expect(c.type).toBeInstanceOf(Tuple);
    b.emitStore(entry, global, b.emitExtract(entry, c, 1, f.at(6)), f.at(6));
    f.println(entry, [b.emitLoad(entry, b.emitExtract(entry, c, 0, f.at(7)), f.at(7))]);
    b.emitReturn(entry, []);
    const res = analyzeEscapes(f.prog);
    expect(summaryString(res.summaries.get(two.fn)!, ['p', 'q'])).toBe('p: result1:0; q: result0:0');
    // result 1 is p = x, stored into the global; y only reaches the println.
    expect(x.escape).toEqual({ reason: 'escapes', pos: f.at(6) });
    expect(y.escape).toBeUndefined();
  });

  it('orders call-graph components callees first', () => {
    const f = newFixture();
    const leaf = f.func('leaf', [], []);
    b.emitReturn(leaf.entry, []);
    const a = f.func('a', [], []);
    const bb = f.func('b', [], []);
    f.call(a.entry, bb.fn, []);
    f.call(a.entry, leaf.fn, []);
    b.emitReturn(a.entry, []);
    f.call(bb.entry, a.fn, []);
    b.emitReturn(bb.entry, []);
    const main = f.func('main', [], []);
    f.call(main.entry, a.fn, []);
    b.emitReturn(main.entry, []);
    const order = callGraphSCCs(programFunctions(f.prog)).map((scc) => scc.map((fn) => fn.name).sort().join('+'));
    expect(order.filter((n) => n !== 'init')).toEqual(['leaf', 'a+b', 'main']);
  });
});
