// Coverage cases: at least one expectation for each message template of the checker (see messages.test.ts).

package main

import "unsafe"

type S struct{ a, b int }
type I interface{ M() }
type P *int

func two() (int, int) { return 1, 2 }
func (S) V()            {}
func (*S) Ptr()         {}

var m = map[string]S{}

func assigns() {
	m /* ERROR "cannot assign to struct field m\[\"k\"\]\.a in map" */["k"].a = 1
	var x, y int
	x, y = two()
	x += y
	_, _ = x, y
	var s []int
	s /* ERROR "non-name s\[0\] on left side of :=" */[0], s /* ERROR "non-name s\[0\] on left side of :=" */[0] := 1, 2
	z, z /* ERROR "z repeated on left side of :=" */ := 1, 2
	_ = z
	var nilv = nil /* ERROR "use of untyped nil in variable declaration" */
	_ = nilv
}

func shifts() {
	var f float64
	_ = 1 << f /* ERROR "invalid operation: shift count f \(variable of type float64\) must be integer" */
	_ = 1 << - /* ERROR "invalid operation: negative shift count -1 \(untyped int constant\)" */1
	_ = 1 << "s" /* ERROR "cannot convert \"s\" \(untyped string constant\) to uint" */
	var i int
	_ = i << 1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to uint" */
}

func builtins() {
	var i int
	var ch <-chan int
	_ = len(i /* ERROR "invalid argument: i \(variable of type int\) for len" */)
	_ = len() /* ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)" */
	_ = len(i, i) /* ERROR "invalid operation: too many arguments for len\(i, i\) \(expected 1, found 2\)" */
	_ = len(s...) /* ERROR "invalid operation: invalid use of \.\.\. with built-in len" */
	_ = make(int /* ERROR "invalid argument: cannot make int; type must be slice, map, or channel" */)
	_ = make /* ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1" */([]int)
	_ = append(nil /* ERROR "first argument to append must be a slice; have untyped nil" */, 1)
	_ = append(i /* ERROR "first argument to append must be a slice; have i \(variable of type int\)" */, 1)
	_ = copy(i /* ERROR "invalid argument: copy expects slice arguments; found i \(variable of type int\) and i \(variable of type int\)" */, i)
	delete(i /* ERROR "invalid argument: i \(variable of type int\) is not a map" */, 1)
	delete(map[int]int{}, nil /* ERROR "cannot use nil as int value in argument to delete" */)
	close(i /* ERROR "invalid operation: cannot close non-channel i \(variable of type int\)" */)
	close(ch /* ERROR "invalid operation: cannot close receive-only channel ch \(variable of type <-chan int\)" */)
	_ = unsafe.Add(i /* ERROR "cannot use i \(variable of type int\) as type unsafe\.Pointer in argument to unsafe\.Add" */, 1)
	_ = make([]int, 1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to int" */)
	_ = unsafe.Slice(i /* ERROR "invalid argument: i \(variable of type int\) is not a pointer" */, 1)
	_ = unsafe.String(i /* ERROR "cannot use i \(variable of type int\) as type \*byte in argument to unsafe\.String" */, 1)
	_ = unsafe.SliceData(i /* ERROR "invalid argument: i \(variable of type int\) is not a slice" */)
	_ = unsafe.StringData(i /* ERROR "cannot use i \(variable of type int\) as type string in argument to unsafe\.StringData" */)
	_ = unsafe.Slice(&i, 1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to int" */)
	_ = unsafe.Slice(&i, - /* ERROR "invalid argument: length -1 \(constant of type int\) must not be negative" */1)
	_ = complex(1 /* ERROR "invalid argument: arguments have type int32, expected floating-point" */, int32(1))
	_ = real(i /* ERROR "invalid argument: argument has type int, expected complex type" */)
	_ = i + 1.5 /* ERROR "1\.5 \(untyped float constant\) truncated to int" */
}

var s []int

func calls() {
	var i int
	i /* ERROR "invalid operation: cannot call non-function i \(variable of type int\)" */()
	_ = int() /* ERROR "missing argument in conversion to int" */
	_ = int(1, 2 /* ERROR "too many arguments in conversion to int" */)
	_ = int(s /* ERROR "invalid use of \.\.\. in conversion to int" */...)
	f := func(int) {}
	f(s...) /* ERROR "cannot use \.\.\. in call to non-variadic f" */
	g := func(...int) {}
	g /* ERROR "cannot use \.\.\. with 2-valued two\(\)" */ (two()...)
	_ = unsafe.foo /* ERROR "undefined: unsafe\.foo" */
	_ = S.Ptr /* ERROR "cannot call pointer method Ptr on S" */
	_ = nil /* ERROR "nil\.x undefined \(type untyped nil has no field or method x\)" */.x
	_ = I.N /* ERROR "I\.N undefined \(type I has no field or method N\)" */
}
