// Deep expressions: the checker must handle left-deep chains of binary operators of any length without JS recursion
// proportional to their length (time/tzdata's tzdata.go is one string constant of ~20,000 `"..." +` terms, which
// once ended in "Maximum call stack size exceeded"). Each test checks a generated 50,000-term chain.

import { describe, expect, it } from 'vitest';
import type * as ast from '../syntax/ast.ts';
import { exprString } from './exprstring.ts';
import { checkSource } from './testutil.ts';

const N = 50_000;

/** chain joins n copies of term with op. */
const chain = (term: (i: number) => string, op: string, n = N): string => Array.from({ length: n }, (_, i) => term(i)).join(op);

/** initOf returns the initializer of the package-level `const`/`var` declaration named name. */
function initOf(files: ast.File[], name: string): ast.Expr {
  for (const d of files[0]!.decls) {
    if (d.kind !== 'GenDecl') continue;
    for (const s of d.specs) {
      if (s.kind === 'ValueSpec' && s.names[0]?.name === name) return s.values[0]!;
    }
  }
  throw new Error(`no declaration of ${name}`);
}

describe('deep expressions', () => {
  it('a 50,000-term constant string concatenation folds to one value (time/tzdata)', () => {
    const r = checkSource(`package main\nconst S = ${chain((i) => `"${i % 10}"`, ' +\n\t')}\nvar _ = S\nfunc main() {}\n`);
    expect(r.errors).toEqual([]);
    const tv = r.info.types.get(initOf(r.files, 'S'))!;
    expect(tv.type.toString()).toBe('untyped string');
    expect(tv.value).toEqual({ kind: 'string', value: '0123456789'.repeat(N / 10) });
  });

  it('a 50,000-term non-constant int sum has type int at every level', () => {
    const r = checkSource(`package main\nfunc f(x int) int { return ${chain(() => 'x', ' + ')} }\nfunc main() { _ = f(1) }\n`);
    expect(r.errors).toEqual([]);
    let e: ast.Expr | undefined;
    for (const d of r.files[0]!.decls) {
      if (d.kind === 'FuncDecl' && d.name.name === 'f') {
        const ret = d.body!.list[0]!;
        if (ret.kind === 'ReturnStmt') e = ret.results[0];
      }
    }
    let depth = 0;
    while (e && e.kind === 'BinaryExpr') {
      expect(r.info.types.get(e)?.type.toString()).toBe('int');
      e = e.x;
      depth++;
    }
    expect(depth).toBe(N - 1);
  });

  it('a 50,000-term untyped non-constant chain (1<<s + 1<<s ...) takes its type from the context', () => {
    const r = checkSource(`package main\nvar s uint = 3\nvar v int64 = ${chain(() => '1<<s', ' + ')}\nfunc main() {}\n`);
    expect(r.errors).toEqual([]);
    let e = initOf(r.files, 'v');
    let depth = 0;
    while (e.kind === 'BinaryExpr' && e.op === '+') {
      expect(r.info.types.get(e)?.type.toString()).toBe('int64');
      e = e.x;
      depth++;
    }
    expect(depth).toBe(N - 1);
    expect(r.info.types.get(e)?.type.toString()).toBe('int64');
  });

  it('an error at the end of a 50,000-term chain quotes the whole chain', () => {
    const r = checkSource(`package main\nfunc f(x int, y string) int { return ${chain(() => 'x', ' + ')} + y }\nfunc main() {}\n`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^main\.go:2:38: invalid operation: x \+ x \+ .* \+ x \+ y \(mismatched types int and string\)$/);
    expect(r.errors[0]!.length).toBeGreaterThan(4 * N);
  });

  it('exprString renders a 50,000-term chain left to right', () => {
    const r = checkSource(`package main\nconst C = ${chain((i) => String(i), ' - ')}\nfunc main() {}\n`);
    expect(r.errors).toEqual([]);
    expect(exprString(initOf(r.files, 'C'))).toBe(chain((i) => String(i), ' - '));
  });
});
