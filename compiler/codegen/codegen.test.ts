// Tests for codegen on hand-built IR: every module must pass `opt-14 -passes=verify`, compile with llc-14 for the
// three targets, and host programs must run natively with gc's output and exit codes.

import { describe, expect, it } from 'vitest';
import { generateModule } from './codegen.ts';
import { avrTarget, armTarget, hostTarget, llcObject, runHost, runHostWithStartup, sizesFor, verify } from './testdata/harness.ts';
import { B, Kit, NoPos, Typ, bool, int, str } from './testdata/irkit.ts';
import { ArrayType } from '../types/types.ts';
import type { CodegenTarget } from './codegen.ts';
import { DiagnosticSink } from '../diag.ts';

function hello(t: CodegenTarget): Kit {
  const k = new Kit(sizesFor(t));
  const m = k.func('main');
  m.println(str('hello'), int(42), bool(true), int(-7, Typ.int8));
  m.ret();
  return k;
}

describe('codegen basics', () => {
  it('emits a verified module with main.main and the C entry', () => {
    const mod = generateModule(hello(hostTarget).prog, hostTarget);
    const text = mod.print();
    expect(verify(mod)).toBe('');
    expect(text).toContain('define internal void @main.main()');
    expect(text).toMatch(/define void @main\(\)[^]*call void @main.init\(\)[^]*call void @main.main\(\)/);
    expect(text).toContain('nounwind');
  });

  it('runs hello world natively with gc println format', () => {
    const r = runHost(generateModule(hello(hostTarget).prog, hostTarget));
    expect(r.stdout).toBe('hello 42 true -7\n');
    expect(r.status).toBe(0);
  });

  it('runs with the real host startup code and linker script (targets/host.s, host.ld)', () => {
    const r = runHostWithStartup(generateModule(hello(hostTarget).prog, hostTarget));
    expect(r.stdout).toBe('hello 42 true -7\n');
    expect(r.status).toBe(0);
  });

  for (const t of [avrTarget, armTarget]) {
    it(`compiles hello world for ${t.triple}`, () => {
      const mod = generateModule(hello(t).prog, t);
      expect(verify(mod)).toBe('');
      if (t === avrTarget) expect(mod.print()).toContain('addrspace(1)');
      expect(() => llcObject(mod, t)).not.toThrow();
    });
  }
});

describe('symbols and diagnostics', () => {
  it('declares bodyless functions, exports //export names, names globals, runs inits in order', () => {
    const k = new Kit(sizesFor(armTarget));
    const lib = B.newPackage(k.prog, 'example.com/lib', 'lib');
    B.emitReturn(B.newBlock(lib.init, 'entry'), []);
    k.prog.packages.reverse(); // lib first, main last: the order @main must follow
    const ext = k.external('main.hook', [['x', Typ.int32]], [Typ.uint8]);
    const cb = k.func('cb');
    cb.fn.directives.push({ name: 'export', args: 'on_event' });
    cb.ret();
    k.global('counter', Typ.int);
    const m = k.func('main');
    m.call(ext, int(1, Typ.int32));
    m.ret();
    const mod = generateModule(k.prog, armTarget);
    const text = mod.print();
    expect(verify(mod)).toBe('');
    expect(text).toContain('declare i8 @main.hook(i32)');
    expect(text).toContain('define void @on_event()');
    expect(text).toContain('@main.counter = internal global i32 0');
    expect(text).toMatch(/call void @"example.com\/lib.init"\(\)\s+call void @main.init\(\)\s+call void @main.main\(\)/);
  });

  it('reports unsupported constructs as diagnostics instead of throwing', () => {
    const k = new Kit(sizesFor(hostTarget));
    const m = k.func('main');
    m.println(B.constOf(new ArrayType(Typ.int, 2), undefined));
    m.bin('+', bool(true), bool(false));
    m.ret();
    const sink = new DiagnosticSink(k.prog.fset);
    const mod = generateModule(k.prog, hostTarget, sink);
    expect(sink.list.map((d) => d.message)).toEqual([
      'not yet supported: printing a value of type [2]int',
      'not yet supported: operator + on bool',
    ]);
    expect(verify(mod)).toBe('');
    expect(() => generateModule(k.prog, hostTarget)).toThrow(/not yet supported: printing a value of type \[2\]int/);
  });
});
