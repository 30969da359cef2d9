// Generics in the checker's model: canonical instances, substituted fields and methods, Info.instances with inferred
// type arguments, and type sets of constraint literals.

import { describe, expect, it } from 'vitest';
import { checkSource } from './testutil.ts';
import type { Named } from './types.ts';
import { typeString } from './types.ts';

const src = `package main

type List[T any] struct {
	head *List[T]
	v    T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{head: l, v: v} }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

var a List[int]
var b List[int]
var c = a.Push(1)
var d = Map([]int{1}, func(i int) string { return "" })
var e = Max(1, 2.5)

// A type defined from comparable is as comparable.
type C comparable

func Eq[T C](a, b T) bool { return a == b }

var f = Eq(1, 2)

// Inference through the core type of the caller's type parameter: S is T, E comes from T's core type []E.
func SetEq[S ~[]E, E comparable](x, y S) bool { return len(x) == len(y) && (len(x) == 0 || x[0] == y[0]) }

func Same[E comparable, T []E](a, b T) bool { return SetEq(a, b) }

var g = Same([]int{1}, []int{1})
`;

describe('generics', () => {
  const r = checkSource(src);
  const lookupType = (name: string) => r.pkg.scope.lookup(name)!.type;

  it('checks cleanly', () => {
    expect(r.errors).toEqual([]);
  });

  it('makes instances canonical: same type arguments, same Named', () => {
    const ta = lookupType('a') as Named;
    expect(ta.kind).toBe('Named');
    expect(ta).toBe(lookupType('b'));
    expect(typeString(ta)).toBe('main.List[int]');
    expect(ta.origin).toBe(r.pkg.scope.lookup('List')!.type);
  });

  it('substitutes fields and methods of instances', () => {
    const ta = lookupType('a') as Named;
    const u = ta.underlying();
    expect(u.kind === 'Struct' && u.fields.map((f) => typeString(f.type))).toEqual(['*main.List[int]', 'int']);
    expect(typeString(lookupType('c'))).toBe('*main.List[int]');
  });

  it('records inferred instances in Info.instances', () => {
    const got = [...r.info.instances].map(([id, inst]) => `${id.name}[${inst.typeArgs.map((t) => typeString(t)).join(', ')}] ${typeString(inst.type)}`);
    expect(got).toContain('Map[int, string] func([]int, func(int) string) []string');
    expect(got).toContain('Max[float64] func(float64, float64) float64');
    expect(got).toContain('List[int] main.List[int]');
    expect(typeString(lookupType('d'))).toBe('[]string');
    expect(typeString(lookupType('e'))).toBe('float64');
  });
});
