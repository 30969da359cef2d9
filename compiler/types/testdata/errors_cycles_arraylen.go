// Declaration cycles through array lengths, in gc's words: a composite literal of a type still being declared is an
// `illegal cycle in type declaration`; a cycle through both a defined type and a constant or variable is `invalid
// recursive type T` when the type is declared first and `illegal cycle in declaration of n` otherwise; a cycle of
// values only is an initialization loop; a name that is not a constant is rejected as an array length before it is
// resolved, so it makes no cycle.

package main

import "unsafe"

type T [len(T /* ERROR "illegal cycle in type declaration" */ {})]int
type U [unsafe.Sizeof(U /* ERROR "illegal cycle in type declaration" */ {})]int
type V struct{ a [unsafe.Sizeof(V /* ERROR "illegal cycle in type declaration" */ {})]int }

type W /* ERROR "invalid recursive type W\n\t.*: W refers to\n\t.*: w refers to\n\t.*: W$" */ [len(w)]int

var w W

const n /* ERROR "illegal cycle in declaration of n\n\t.*: n refers to\n\t.*: N refers to\n\t.*: n$" */ = unsafe.Sizeof(N{})

type N [n]int

type A /* ERROR "invalid recursive type A\n\t.*: A refers to\n\t.*: a refers to\n\t.*: A$" */ = [len(a)]int

var a A

const m /* ERROR "initialization loop for m\n\t.*: m refers to\n\t.*: z refers to\n\t.*: m$" */ = len(z)

var z [m]int

var v = 3

type S [v /* ERROR "invalid array length v" */]int

var y /* ERROR "initialization loop for y" */ [cap(y)]int

func f() {
	type L [unsafe.Sizeof(L /* ERROR "illegal cycle in type declaration" */ {})]int
	var _ L
}

func main() {}
