// Tests for codegen on hand-built IR: every module must pass `opt-14 -passes=verify`, compile with llc-14 for the
// three targets, and host programs must run natively with gc's output and exit codes.

import { describe, expect, it } from 'vitest';
import { generateModule } from './codegen.ts';
import { avrTarget, armTarget, hostTarget, llcObject, runHost, sizesFor, verify } from './testdata/harness.ts';
import { B, Kit, NoPos, Typ, bool, int, str } from './testdata/irkit.ts';
import type { CodegenTarget } from './codegen.ts';

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

  for (const t of [avrTarget, armTarget]) {
    it(`compiles hello world for ${t.triple}`, () => {
      const mod = generateModule(hello(t).prog, t);
      expect(verify(mod)).toBe('');
      if (t === avrTarget) expect(mod.print()).toContain('addrspace(1)');
      expect(() => llcObject(mod, t)).not.toThrow();
    });
  }
});
