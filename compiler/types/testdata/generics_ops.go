package main

// Operations on values of type-parameter type, worded as gc 1.19 (types2) words them: operations through the type
// set (len, cap, arithmetic, conversions, comparisons) and through the core type (slicing, range, make, append, copy).

type Num interface{ ~int | ~int8 | ~float64 }
type SB interface{ ~string | ~[]byte }
type IS interface{ ~int | ~string }

func lens[T interface{ ~[]int | ~string | ~map[int]int }](x T) int { return len(x) }
func caps[T interface{ ~[]int | ~[4]int }](x T) int                { return cap(x) }
func capBad[T interface{ ~[]int | ~string }](x T) int {
	return cap(x /* ERROR "invalid argument: x \(variable of type T constrained by interface\{~\[\]int\|~string\}\) for cap" */)
}

func sliceSB[T SB](x T) T { return x[1:2] }
func sliceMixed[T interface{ ~[]int | ~[]string }](x T) {
	_ = x /* ERROR "invalid operation: cannot slice x \(variable of type T constrained by interface\{~\[\]int\|~\[\]string\}\): T has no core type" */ [1:2]
	for range x /* ERROR "cannot range over x \(variable of type T constrained by interface\{~\[\]int\|~\[\]string\}\) \(T has no core type\)" */ {
	}
}

func rangeSendOnly[T ~chan<- int](x T) {
	for range x /* ERROR "cannot range over x .* \(receive from send-only channel\)" */ {
	}
}

func mkBad[T interface{ ~[]int | ~map[int]int }]() T { return make(T /* ERROR "invalid argument: cannot make T: no core type" */) }

func appendNoCore[T ~[]int | ~[]string](x T) {
	_ = append(x /* ERROR "first argument to append must be a slice; x \(variable of type T constrained by ~\[\]int\|~\[\]string\) has no core type" */, 1)
}

func appendCore[T ~map[int]int](x T) {
	_ = append(x /* ERROR "first argument to append must be a slice; x \(variable of type T constrained by ~map\[int\]int\) has core type map\[int\]int" */, 1)
}

func copyElems(b []byte, r []rune) {
	_ = copy(b /* ERROR "invalid argument: arguments to copy b \(variable of type \[\]u?int8|byte\) and r .* have different element types" */, r)
}

func cmpAny[T any](a, b T) bool {
	return a /* ERROR "invalid operation: a == b \(incomparable types in type set\)" */ == b
}

func cmpMixed[T ~int](a T, b int) bool {
	return a == b /* ERROR "invalid operation: a == b \(mismatched types T and int\)" */
}

func addMixed[T any](x T, y int) {
	_ = x /* ERROR "invalid operation: x \+ y \(mismatched types T and int\)" */ + y
}

func sub[T IS](a, b T) T { return a /* ERROR "invalid operation: operator - not defined on a \(variable of type T constrained by IS\)" */ - b }
func not[T IS](a T) T     { return ^a /* ERROR "invalid operation: operator \^ not defined on a \(variable of type T constrained by IS\)" */ }
func shl[T Num](a T) T    { return a /* ERROR "invalid operation: shifted operand a \(variable of type T constrained by Num\) must be integer" */ << 1 }

func k1[T Num]() T {
	return T(1000 /* ERROR "cannot convert 1000 \(untyped int value\) to type T:\n\tcannot convert 1000 \(untyped int constant\) to int8 \(in T\)" */)
}
func k2[T any]() T {
	return T(1 /* ERROR "cannot convert 1 \(untyped int value\) to type T:\n\tT does not contain specific types" */)
}
func k3[T Num]() T                 { return 1.5 /* ERROR "cannot use 1.5 \(untyped float constant\) as T value in return statement" */ }
func k4[T ~int | ~string](a T) any { return a + 3.5 /* ERROR "cannot convert 3.5 \(untyped float constant\) to T" */ }

func conv[T ~int | ~string, U ~[]int](x T) U {
	return U(x /* ERROR "cannot convert x \(variable of type T constrained by ~int\|~string\) to type U:\n\tcannot convert int \(in T\) to \[\]int \(in U\)" */)
}

func assign[T ~int | ~string](x T) {
	var i int = x /* ERROR "cannot use x \(variable of type T constrained by ~int\|~string\) as type int in variable declaration" */
	var p []int
	var q T = p /* ERROR "cannot use p \(variable of type \[\]int\) as type T in variable declaration:\n\tcannot assign \[\]int to int \(in T\)" */
	_, _ = i, q
}

func assert[T any](x T) {
	_ = x /* ERROR "invalid operation: cannot use type assertion on type parameter value x \(variable of type T constrained by any\)" */ .(int)
	switch x /* ERROR "cannot use type switch on type parameter value x \(variable of type T constrained by any\)" */ .(type) {
	case int:
	}
	switch any(x).(type) {
	case T, int:
	}
}

var v1 interface /* ERROR "cannot use type interface\{~int\} outside a type constraint: interface contains type constraints" */ { ~int }

func f1(x Num /* ERROR "cannot use type Num outside a type constraint: interface contains type constraints" */) {}

type S struct {
	f comparable /* ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable" */
}

var v2 [] /* ERROR "cannot use type interface\{int\|string\} outside a type constraint" */ interface{ int | string }
var v3 = make(map[string]SB /* ERROR "cannot use type SB outside a type constraint" */)

func main() {}
