package main

// Errors in generic code, worded as go/types and gc word them.

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair2[K comparable, V any](k K, v V) {}

func Zero[T any]() T {
	var z T
	return z
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func Cat[T any](a, b T) T {
	return a + /* ERROR "operator \+ not defined on a" */ b
}

func Less[T any](a, b T) bool {
	return a /* ERROR "invalid operation: a < b \(type parameter T is not comparable with <\)" */ < b
}

func main() {
	_ = Sum(1, 2.5) // Go 1.21: mixed untyped constants infer the larger kind
	_ = Sum( /* ERROR "string does not implement Number \(string missing in ~int \| ~float64\)" */ "a")
	_ = Sum[string /* ERROR "string does not implement Number \(string missing in ~int \| ~float64\)" */]()
	_ = Zero( /* ERROR "cannot infer T \(.*generics_errors.go:[0-9]+:[0-9]+\)" */ )
	_ = Zero[int]()
	_ = Zero[int, string /* ERROR "got 2 type arguments but want 1" */]()
	f := Zero /* ERROR "cannot use generic function Zero without instantiation" */
	_ = f
	var b Box[int]
	var s string = b /* ERROR "cannot use b\.Get\(\) \(value of type int\) as type string in variable declaration" */ .Get()
	_ = s
	var bad Box /* ERROR "cannot use generic type Box\[T any\] without instantiation" */
	_ = bad
	Pair2( /* ERROR "\[\]int does not implement comparable" */ []int{}, 1)
	_ = Show( /* ERROR "int does not implement Stringer \(missing String method\)" */ 1)
}

// Indexing a type parameter without a core type: every type in its set must index to the same element type.
type indexable[T interface{ []int | [5]int }] struct{ val T }

func (a indexable[T]) at() *int { return &a.val[2] }

func indexMixed[T interface{ []int | []string }](x T) {
	_ = x /* ERROR "cannot index x" */ [0]
}

func indexString[T interface{ ~string | ~[]byte }](x T) byte { return x[0] }

// gc 1.19: an interface does not satisfy comparable, and the predeclared any is written as any.
func cmpOnly[T comparable]() {}

var _ = cmpOnly[any /* ERROR "^any does not implement comparable$" */]
var _ = cmpOnly[interface{} /* ERROR "^interface\{\} does not implement comparable$" */]
var _ int = [ /* ERROR "cannot use \[\]any\{\} \(value of type \[\]any\) as type int in variable declaration" */ ]any{}

func pairOf[T, U any](t T, u U) {}

var _ = pairOf[ /* ERROR "cannot infer U \(.*generics_errors.go:[0-9]+:[0-9]+\)" */ int]
