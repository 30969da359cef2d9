package main

// Errors in declarations of generic types and constraints, worded as gc 1.19 (types2) words them: union terms,
// embedded type parameters, recursive instances, receivers of generic types.

type List[T any] struct{ v T }

func (l List /* ERROR "cannot use generic type List\[T any\] without instantiation" */) M() {}

type E[T any] struct {
	T /* ERROR "embedded field type cannot be a \(pointer to a\) type parameter" */
}

type EP[T any] struct {
	* /* ERROR "embedded field type cannot be a \(pointer to a\) type parameter" */ T
}

type fmtStringer interface{ String() string }
type cmp interface{ comparable }

type U1 interface{ ~[]int | ~ /* ERROR "overlapping terms ~\[\]int and ~\[\]int" */ []int }
type U2 interface{ int | ~ /* ERROR "overlapping terms ~int and int" */ int }
type U3 interface{ comparable /* ERROR "cannot use comparable in union" */ | int }
type U4 interface{ fmtStringer /* ERROR "cannot use fmtStringer in union \(fmtStringer contains methods\)" */ | int }
type U5 interface{ cmp /* ERROR "cannot use cmp in union \(cmp embeds comparable\)" */ | int }
type U6 interface{ ~ /* ERROR "invalid use of ~ \(fmtStringer is an interface\)" */ fmtStringer }

// Distinct named types with one underlying type do not overlap; interface terms are not subject to the rule.
type OK1 interface{ ~int | string | myString }
type OK2 interface{ interface{ ~int } | int8 }
type myString string

type Rec[T any] struct{ x Rec /* ERROR "invalid recursive type Rec\n\t.*: Rec refers to\n\t.*: Rec$" */ [T] }
type Grow[T any] struct{ x Grow /* ERROR "invalid recursive type Grow" */ [[]T] }
type Arr[T any] struct{ a [2]Arr /* ERROR "invalid recursive type Arr" */ [T] }

// Recursion through pointers and slices, and nested instances of another generic type, are fine.
type Node[T any] struct {
	kids []Node[T]
	next *Node[[]T]
}
type M struct{ l List[List[int]] }

func sel[T ~int](x T) {
	x.m /* ERROR "x.m undefined \(type T has no field or method m\)" */ ()
}

func main() {}
