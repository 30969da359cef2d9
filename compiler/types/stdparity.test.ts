// Regression tests for differences from go/types found by the std-wide go/types differential
// (`npm run sweep:check -- gotypes`): one test per difference fixed, each on the smallest program that showed it.

import { describe, expect, it } from 'vitest';
import type * as ast from '../syntax/ast.ts';
import { dumpTypes } from './dump.ts';
import { checkSource } from './testutil.ts';

/** typeLines returns the dump's `T` lines for expressions of the given node kind. */
function typeLines(src: string, kind: ast.Expr['kind']): string[] {
  const r = checkSource(src);
  expect(r.errors).toEqual([]);
  return dumpTypes(r.files, r.info, r.fset).split('\n').filter((l) => l.includes(` T ${kind} `));
}

describe('go/types parity on std', () => {
  it('a method expression names its receiver parameter as go/types does (compress/flate, os/exec)', () => {
    const lines = typeLines(`package main
type T struct{}
func (t *T) A(x int) int { return x }
func (*T) B(x int) int { return x }
func (t *T) C() (int, error) { return 0, nil }
var a, b, c = (*T).A, (*T).B, (*T).C
func main() {}
`, 'SelectorExpr');
    expect(lines).toEqual([
      '6:15-6:21 T SelectorExpr value func(t *main.T, x int) int',
      '6:23-6:29 T SelectorExpr value func(_ *main.T, x int) int',
      '6:31-6:37 T SelectorExpr value func(*main.T) (int, error)',
    ]);
  });

  it('the selector of unsafe.Offsetof is a value unless its base is a variable or reached indirectly (syscall/dirent.go)', () => {
    const lines = typeLines(`package main
import "unsafe"
type U struct{ a int8; b int64 }
var u U
var p = &u
var x, y, z = unsafe.Offsetof(U{}.b), unsafe.Offsetof(u.b), unsafe.Offsetof(p.b)
func main() {}
`, 'SelectorExpr').filter((l) => !l.includes('Offsetof'));
    expect(lines).toEqual([
      '6:31-6:36 T SelectorExpr value int64',
      '6:55-6:58 T SelectorExpr variable int64',
      '6:77-6:80 T SelectorExpr variable int64',
    ]);
  });
});
