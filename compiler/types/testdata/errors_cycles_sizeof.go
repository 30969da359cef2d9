// Sizes asked of types still being declared (gc 1.19 crashes on most of these; newer gc and go/types report an
// invalid recursive type): unsafe.Sizeof, Alignof and Offsetof of a value whose type contains, by value, a defined
// type whose declaration is being checked, directly or through other defined types, a call result or a type
// assertion. The size of a type parameter is not constant; a follow-on error on an invalid operand is not reported.

package main

import "unsafe"

type T1 /* ERROR "invalid recursive type T1\n\t.*: T1 refers to\n\t.*: T1$" */ [unsafe.Sizeof(*new(T1))]int

type T2 /* ERROR "invalid recursive type T2" */ [unsafe.Alignof(*new(T2))]int

type A3 /* ERROR "invalid recursive type A3\n\t.*: A3 refers to\n\t.*: S3 refers to\n\t.*: A3$" */ [unsafe.Sizeof(S3{})]byte

type S3 struct{ a A3 }

type T4 /* ERROR "invalid recursive type T4" */ [unsafe.Sizeof(f4())]int

func f4() T4 { return T4{} }

var v5 any = 42

type T5 /* ERROR "invalid recursive type T5" */ struct {
	f [unsafe.Sizeof(v5.(T5))]int
}

type T6 /* ERROR "invalid recursive type T6" */ [unsafe.Sizeof([1]T6{})]int

type T7 /* ERROR "invalid recursive type T7" */ [unsafe.Sizeof(struct{ x T7 }{})]int

type G8 /* ERROR "invalid recursive type G8" */ [P any] [unsafe.Sizeof(*new(G8[P]))]int

type G9[P any] struct{ x P }

type H9 /* ERROR "invalid recursive type H9" */ G9[[unsafe.Sizeof(*new(H9))]int]

type T10 struct {
	a int
	b [unsafe.Offsetof(T10 /* ERROR "illegal cycle in type declaration" */ {}.a)]int
}

type A11 struct {
	f [len(B11{}.f)]int
}

type B11 struct {
	f [len(A11 /* ERROR "illegal cycle in type declaration" */ {}.f)]int
}

func g12[T any](x T) {
	const _ = unsafe.Sizeof(x) /* ERROR "unsafe.Sizeof\(x\) \(value of type uintptr\) is not constant" */
	var _ uintptr = unsafe.Sizeof(x) + unsafe.Alignof(x)
	type S struct {
		a int
		b T
	}
	const _ = unsafe.Offsetof(S{}.a) /* ERROR "is not constant" */
}

func main() {
	local := func() {
		type L /* ERROR "invalid recursive type L" */ [unsafe.Sizeof(*new(L))]int
	}
	local()
	const _ = unsafe.Sizeof(T1{})
	const _ = unsafe.Sizeof(struct{ a, b int8 }{}) + unsafe.Offsetof(S3{}.a)
}

// Types containing themselves by value are reported as gc does: at the declaration of a defined type, at the
// instantiation of a generic one, from the element of the cycle first in the source.

type C1 /* ERROR "invalid recursive type C1\n\t.*:73:6: C1 refers to\n\t.*:77:6: D1 refers to\n\t.*:73:6: C1$" */ struct {
	d D1
}

type D1 struct {
	c C1
}

type E1 /* ERROR "invalid recursive type E1\n\t.*: E1 refers to\n\t.*: E1$" */ struct{ e [2]E1 }

type G1[T any] struct {
	x G2 /* ERROR "invalid recursive type G2\n\t.*:84:4: G2 refers to\n\t.*:88:4: G1 refers to\n\t.*:84:4: G2$" */ [T]
}

type G2[T any] struct {
	y G1[T]
}

type W[T any] struct{ a [3]W /* ERROR "invalid recursive type W" */ [*T] }
