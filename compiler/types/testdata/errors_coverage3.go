// Coverage cases (declarations and types): expectations for message templates of the checker not exercised
// elsewhere (see messages.test.ts). Every marked line is rejected by gc too.

package main

import (
	"nosuchpkg" /* ERROR "could not import nosuchpkg \(package not found\)" */
	"unsafe"
)

type T struct{ x int }

func (T) m() {}

type G[P any] struct{ p P }

type A[ /* ERROR "generic type cannot be alias" */ P any] = int
type R[P any] P /* ERROR "cannot use a type parameter as RHS in type declaration" */

func (G /* ERROR "got 2 arguments but 1 type parameters" */ [P, Q]) m2() {}
func (G[* /* ERROR "receiver type parameter \*P must be an identifier" */P /* ERROR "undefined: P" */]) m3() {}
func (error /* ERROR "cannot define new methods on non-local type error" */) m4() {}
func () /* ERROR "method has no receiver" */ m6() {}
func ( /* ERROR "method has multiple receivers" */ a, b T) m7() {}

var v int

type V v /* ERROR "v \(variable of type int\) is not a type" */
type W unsafe /* ERROR "unsafe\.Offsetof \(built-in\) is not a type" */.Offsetof
type X T /* ERROR "T\.m \(value of type func\(T\)\) is not a type" */.m
type Z func(... /* ERROR "can only use \.\.\. with final parameter in list" */int, int)
type C[P any, Q P /* ERROR "cannot use a type parameter as constraint" */] struct{}
type E interface{ ~ /* ERROR "invalid use of ~ \(underlying type of T is struct\{x int\}\)" */ T }
type F int /* ERROR "int is not a generic type" */[int]
type H G /* ERROR "got 2 arguments but 1 type parameters" */ [int, int]

var arr [... /* ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)" */]int

type K struct {
	a int
	a /* ERROR "a redeclared" */ string
}

var ga /* ERROR "initialization loop for ga\n\t.*ga refers to\n\t.*gb refers to\n\t.*ga" */ = gb
var gb = ga

func init /* ERROR "missing function body" */ ()

func gen1[T any](a, b T)         {}
func gen2[T any](a []T)          {}
func gen3[S ~[]E, E any](s S)    {}

func generics() {
	var i int
	var s string
	gen1(i, s /* ERROR "type string of s does not match inferred type int for T" */)
	gen2(i /* ERROR "type int of i does not match \[\]T \(cannot infer T\)" */)
	var m map[int]int
	gen3( /* ERROR "S does not match ~\[\]E" */ m)
	_ = unsafe.Sizeof(i)
	_ = new(1 /* ERROR "1 is not a type" */)
}
