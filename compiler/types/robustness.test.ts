// Robustness of the checker on tricky declarations: recursive types through arrays, structs, generic instances and
// unsafe's Sizeof/Alignof/Offsetof of types still being declared, instantiation cycles, method values on incomplete
// types. Each invalid source must produce a positioned error (never an exception, which the checker reports as an
// "internal compiler error" at 1:1), with the expected message where given; each valid source must check cleanly.

import { describe, expect, it } from 'vitest';
import { checkSource } from './testutil.ts';

/** wrap makes a package main importing unsafe around declarations. */
function wrap(decls: string): string {
  return `package main\n\nimport "unsafe"\n\nvar _ = unsafe.Sizeof(0)\n\n${decls}\n\nfunc main() {}\n`;
}

/** INVALID lists declarations that must be rejected, with a pattern one of the errors must match (line:col: message). */
const INVALID: [string, RegExp][] = [
  ['type T [unsafe.Sizeof(*new(T))]int', /^7:6: invalid recursive type T\n/],
  ['type T [unsafe.Alignof(*new(T))]int', /^7:6: invalid recursive type T/],
  ['type T struct{ a int; b [unsafe.Offsetof(T{}.a)]int }', /^7:42: illegal cycle in type declaration/],
  ['type T struct{ a int; b [unsafe.Offsetof((*T)(nil).a)]int }', /^7:42: /],
  ['type A [unsafe.Sizeof(S{})]byte\ntype S struct{ a A }', /^7:6: invalid recursive type A\n.*A refers to\n.*S refers to/],
  ['type T [unsafe.Sizeof(f())]int\nfunc f() T { return T{} }', /^7:6: invalid recursive type T/],
  ['type A [unsafe.Sizeof(f())]int\nfunc f() B { return B{} }\ntype B struct{ f A }', /^7:6: invalid recursive type A/],
  ['var v any = 42\ntype T struct{ f [unsafe.Sizeof(v.(T))]int }', /^8:6: invalid recursive type T/],
  ['type T[P any] struct{ T[P] }\nfunc _() { _ = unsafe.Sizeof(T[int]{}) }', /invalid recursive type T/],
  ['type T struct{ T }\nfunc _() { var t T; _ = unsafe.Sizeof(t) }', /^7:6: invalid recursive type T/],
  ['type S[T any] struct{}\nconst c = unsafe.Sizeof(S[[c]byte]{})', /^8:7: initialization loop for c/],
  ['func g[T any](x T) { const _ = unsafe.Sizeof(x) }', /^7:32: unsafe.Sizeof\(x\) \(value of type uintptr\) is not constant/],
  ['type T struct{ f *[unsafe.Sizeof(T{})]int }', /^7:34: illegal cycle in type declaration/],
  ['type T [unsafe.Sizeof(T{})]int', /^7:23: illegal cycle in type declaration/],
  ['type T [len(T{})]int', /^7:13: illegal cycle in type declaration/],
  ['type T struct { a [unsafe.Sizeof(x)]int }\nvar x T', /^7:6: invalid recursive type T\n/],
  ['type A = [unsafe.Sizeof(*new(A))]int', /^7:6: invalid recursive type A/],
  ['type T [unsafe.Sizeof([1]T{})]int', /^7:6: invalid recursive type T/],
  ['type T [unsafe.Sizeof(struct{ x T }{})]int', /^7:6: invalid recursive type T/],
  ['type T map[[unsafe.Sizeof(T{})]int]int', /^7:27: illegal cycle in type declaration/],
  ['type U [unsafe.Sizeof(U(nil))]int', /^7:25: cannot convert nil to type U/],
  ['type G[P any] [unsafe.Sizeof(*new(G[P]))]int', /^7:6: invalid recursive type G/],
  ['type G[P any] struct{ x P }\ntype H G[[unsafe.Sizeof(*new(H))]int]', /^8:6: invalid recursive type H/],
  ['type T [unsafe.Sizeof(*new(T))]int\nvar _ = unsafe.Sizeof(T{})', /^7:6: invalid recursive type T/],
  ['func f() { type L [unsafe.Sizeof(*new(L))]int }', /^7:17: invalid recursive type L/],
  ['type A struct { f [len(B{}.f)]int }\ntype B struct { f [len(A{}.f)]int }', /^8:24: illegal cycle in type declaration/],
  ['type T [unsafe.Sizeof(x)]int\nvar x T', /^7:6: invalid recursive type T/],
  ['type T [unsafe.Sizeof(func() T { return T{} }())]int', /^7:6: invalid recursive type T/],
  ['type Rec[T any] struct { x Rec[T] }', /invalid recursive type Rec/],
  ['type Rec[T any] struct { x Rec[[]T] }', /invalid recursive type Rec/],
  ['type T [unsafe.Sizeof(T(nil))]int', /^7:/],
  ['type T [unsafe.Offsetof(T{}.x)]int', /^7:/],
  ['type T [unsafe.Sizeof(new(T).m)]int', /^7:/],
  ['type P *[unsafe.Sizeof(*P(nil))]int', /^7:6: invalid recursive type P\n/],
  ['type L[T any] struct { n *L[T]; a [unsafe.Sizeof(L[T]{})]int }', /^7:50: illegal cycle in type declaration$/],
  ['type I interface{ I }', /^7:6: invalid recursive type I\n/],
  ['type I interface{ J }\ntype J interface{ I }', /^7:6: invalid recursive type I\n.*I refers to\n.*J refers to/],
  ['type I interface{ ~int | I }', /^7:6: invalid recursive type I\n/],
  ['type E interface{ comparable; E }', /^7:6: invalid recursive type E\n/],
  ['type I interface { m(x [unsafe.Sizeof(I.m)]int) }', /^7:41: I.m undefined/],
  // Local types declared through themselves, and chains of defined types that never reach a type literal.
  ['func f() { type A = *A }', /^7:17: invalid recursive type A\n\t.*: A refers to\n\t.*: A$/],
  ['func f() { type B = []struct{ b B } }', /^7:17: invalid recursive type B\n/],
  ['func f() { type C C }', /^7:17: invalid recursive type C\n\t.*: C refers to\n\t.*: C$/],
  ['type a b\ntype b c\ntype c b', /^8:6: invalid recursive type b\n\t.*:8:6: b refers to\n\t.*:9:6: c refers to\n\t.*:8:6: b$/],
  ['type T0 T0', /^7:6: invalid recursive type T0\n\t.*: T0 refers to\n\t.*: T0$/],
];

/**
 * UNSURE lists declarations whose verdict differs between gc 1.19 and go/types or later gc versions: only the absence
 * of an exception is asserted.
 */
const UNSURE: string[] = [
  // gc 1.19: `T.m undefined` (methods are collected after the type); go/types accepts the size of a method value.
  'type T [unsafe.Sizeof(T.m)]int\nfunc (T) m() {}',
  'type T struct{ a int }\nfunc (T) m([unsafe.Sizeof(T.m)]int) {}',
];

/** VALID lists declarations gc 1.19 accepts. */
const VALID: string[] = [
  'type T [unsafe.Sizeof(func(t T) {})]int',
  'type T []T\nvar _ = unsafe.Sizeof(T{})',
  'func g[T any](x T) { var _ uintptr = unsafe.Sizeof(x) + unsafe.Alignof(x) }',
  'type S struct{ a, b int8; c int64 }\nconst _ = unsafe.Offsetof(S{}.c) + unsafe.Sizeof(S{}) + unsafe.Alignof(S{}.c)',
  'type L[T any] struct{ next *L[T]; v T }\nfunc (l *L[_]) Len() int { return 0 }',
  // A pointer or interface type's kind is known before its element or methods are resolved (go/types' setDefType).
  'type P *[unsafe.Sizeof(P(nil))]int\nvar x P\nvar _ = len(*x)',
  'type I interface{ m() A }\ntype A [unsafe.Sizeof(I(nil))]int\nvar _ = A{}',
  'type I interface{ m([unsafe.Sizeof(*new(I))]int) }\ntype T struct{}\nfunc (T) m([16]int) {}\nvar _ I = T{}',
  'type P *Q\ntype Q P\nvar _ = unsafe.Sizeof(P(nil))',
  'type P *P\nvar _ P = new(P)',
  'func f() { type D *D; type E struct{ e *E }; var _ D = new(D); var _ = E{} }',
  // Each interface embeds the previous one twice: checking must stay linear (go/types testdata issue6977).
  'type T0 interface{ m() }\n' + Array.from({ length: 40 }, (_, i) => `type T${i + 1} interface{ T${i}; T${i} }`).join('\n'),
  // A constraint whose type set leads back to the type parameter (go/types assumes such a cycle comparable).
  'type C[P comparable] struct{ f P }\nfunc _[P C[C[P]]]() {}\nfunc _[P struct{ f C[C[P]] }]() {}',
  // unsafe.Add and unsafe.Slice spread a two-value call (fixedbugs/issue52590.go).
  'func pi() (unsafe.Pointer, int) { return nil, 0 }\nfunc bp() (*byte, int) { var b [4]byte; return &b[0], 1 }\n' +
    'var _ = unsafe.Add(pi())\nvar _ = unsafe.Slice(bp())',
];

describe('checker robustness', () => {
  for (const [decls, want] of INVALID) {
    it(`rejects ${JSON.stringify(decls)}`, () => {
      const r = checkSource(wrap(decls));
      const errs = r.errors.map((e) => e.replace(/^main\.go:/, ''));
      expect(errs.filter((e) => /internal/.test(e))).toEqual([]);
      expect(errs.length).toBeGreaterThan(0);
      expect(errs.some((e) => want.test(e)), errs.join('\n')).toBe(true);
    });
  }
  for (const decls of UNSURE) {
    it(`does not crash on ${JSON.stringify(decls)}`, () => {
      expect(checkSource(wrap(decls)).errors.filter((e) => /internal/.test(e))).toEqual([]);
    });
  }
  for (const decls of VALID) {
    it(`accepts ${JSON.stringify(decls)}`, () => {
      expect(checkSource(wrap(decls)).errors).toEqual([]);
    });
  }
});
