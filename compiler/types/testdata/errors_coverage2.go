// Coverage cases: at least one expectation for each message template of the checker (see messages.test.ts).

package main

import (
	"unsafe"
	u /* ERROR "\"unsafe\" imported as u and not used" */ "unsafe"
)

type S struct{ a, b int }
type I interface{ M() }
type T int

func (T) m() {}

func lits() {
	_ = S{c /* ERROR "unknown field 'c' in struct literal of type S" */: 1}
	_ = S{1} /* ERROR "too few values in S{…}" */
	_ = map[int]int{1 /* ERROR "missing key in map literal" */}
	_ = map[int]int{1: 1, 1 /* ERROR "duplicate key 1 in map literal" */: 2}
	_ = T /* ERROR "invalid composite literal type T" */{}
	_ = []int{1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to int" */: 1}
	_ = []int{0: 1, 0: /* ERROR "duplicate index 0 in array or slice literal" */ 2}
	_ = string(1.5 /* ERROR "cannot convert 1\.5 \(untyped float constant\) to type string" */)
	_ = int8(1000 /* ERROR "cannot convert 1000 \(untyped int constant\) to type int8" */)
}

func (x unsafe /* ERROR "invalid receiver type unsafe\.Pointer" */.Pointer) bad() {}
func (x * /* ERROR "invalid receiver type I \(pointer or interface type\)" */I) bad2()            {}

const c1 [] /* ERROR "invalid constant type \[\]int" */int = nil
const (
	c2, c3 /* ERROR "missing init expr for const declaration" */ = 1
	c4     = 1, 2 /* ERROR "extra init expr" */
)

func exprs() {
	var i int
	var ch chan<- int
	_ = _ /* ERROR "cannot use _ as value" */
	_ = unsafe /* ERROR "use of package unsafe without selector" */
	_ = & /* ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)" */1
	_ = <- /* ERROR "invalid operation: cannot receive from non-channel i \(variable of type int\)" */i
	_ = <- /* ERROR "invalid operation: cannot receive from send-only channel ch \(variable of type chan<- int\)" */ch
	_ = * /* ERROR "invalid operation: cannot indirect nil" */nil
	_ = * /* ERROR "invalid operation: cannot indirect i \(variable of type int\)" */i
	_ = len /* ERROR "len \(built-in\) must be called" */
	_ = T /* ERROR "T \(type\) is not an expression" */
	_ = i /* ERROR "invalid operation: cannot index i \(variable of type int\)" */[0]
	_ = "abc"[0:1:2 /* ERROR "invalid operation: 3-index slice of string" */]
	_ = [ /* ERROR "invalid operation: \[3\]int\{\} \(value of type \[3\]int\) \(slice of unaddressable value\)" */3]int{}[1:2]
	_ = i /* ERROR "cannot slice i \(variable of type int\)" */[1:2]
	_ = s /* ERROR "invalid slice indices: 1 < 2" */[2:1]
	_ = s[1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to int" */]
	_ = s[1 /* ERROR "1 << 70 \(untyped int constant 1180591620717411303424\) overflows int" */<<70]
	var a [3]int
	_ = a[1, 2 /* ERROR "invalid operation: more than one index" */]
	for range i /* ERROR "cannot range over i \(variable of type int\)" */ {
	}
	for x, y := range ch /* ERROR "cannot range over ch \(variable of type chan<- int\)" */ {
		_, _ = x, y
	}
	ch <- 1
	i <- /* ERROR "invalid operation: cannot send to non-channel i \(variable of type int\)" */ 1
	var r <-chan int
	r <- /* ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)" */ 1
	go T /* ERROR "go requires function call, not conversion" */(1)
	defer len /* ERROR "defer discards result of len\(s\)" */(s)
	switch {
	default:
	default /* ERROR "multiple defaults in switch" */:
	}
	select {
	default:
	default /* ERROR "multiple defaults in select" */:
	}
	switch nil /* ERROR "use of untyped nil in switch expression" */ {
	}
	var e I
	switch e.(type) {
	default:
	default /* ERROR "multiple defaults in switch" */:
	}
	switch i /* ERROR "i \(variable of type int\) is not an interface" */.(type) {
	}
	switch x := e; x.(type) {
	}
	switch v /* ERROR "declared and not used: v" */ := e.(type) {
	case T /* ERROR "impossible type switch case: T\n\te \(variable of type I\) cannot have dynamic type T \(missing M method\)\n\t\thave m\(\)\n\t\twant M\(\)" */:
	}
	_ = e /* ERROR "impossible type assertion: e\.\(T\)" */ .(T)
	var p *I
	_ = p
	_ = ~ /* ERROR "cannot use ~ outside of interface or type constraint" */i
}

var s []int

type E struct {
	* /* ERROR "embedded field type cannot be a pointer to an interface" */I
	unsafe.Pointer
}

type M map[[] /* ERROR "invalid map key type \[\]int" */int]int
type A [i /* ERROR "invalid array length i" */]int
type A2 [(i) /* ERROR "array length \(i\) \(variable of type int\) must be constant" */]int
type A3 [undef /* ERROR "undeclared name undef for array length" */]int

var i int

type B [1.5 /* ERROR "array length 1\.5 \(untyped float constant\) must be integer" */]int
type C [- /* ERROR "invalid array length -1 \(untyped int constant\)" */1]int
type B2 [float64 /* ERROR "array length float64\(2\) \(constant 2 of type float64\) must be integer" */ (2)]int
type B3 [(1 << 65) /* ERROR "array length \(1 << 65\) \(untyped int constant 36893488147419103232\) must be integer" */]int

func (S) a /* ERROR "field and method with the same name a" */() {}

func init /* ERROR "func init must have no arguments and no return values" */() int { return 0 }
func noBody()

func main() {}
