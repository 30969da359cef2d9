// Coverage cases (expressions and statements): expectations for message templates of the checker not exercised
// elsewhere (see messages.test.ts). Every marked line is rejected by gc too (clear, min and max are not in gc 1.19).

package main

import "unsafe"

func two() (int, int) { return 1, 2 }

type T struct{ x int }
type P struct{ *T }

func exprs() {
	const big = 1 << 500
	_ = big * /* ERROR "constant multiplication overflow" */ big
	_ = 1 << 1075 /* ERROR "invalid operation: invalid shift count 1075" */
	println(nil /* ERROR "use of untyped nil in argument to println" */)
	var p P
	_ = unsafe.Offsetof(p /* ERROR "invalid argument: field x is embedded via a pointer in P" */.x)
	var b byte
	var fl float64
	_ = unsafe.Slice(&b, fl /* ERROR "invalid argument: length fl \(variable of type float64\) must be integer" */)
	var i int
	var s []int
	clear(i /* ERROR "invalid argument: cannot clear i \(variable of type int\): argument must be \(or constrained by\) map or slice" */)
	_ = min(s /* ERROR "invalid argument: s \(variable of type \[\]int\) cannot be ordered" */)
	_ = max(1, "a" /* ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \"a\"\)" */)
	_ = T{1 /* ERROR "invalid field name 1 in struct literal" */: 2}
	_ = T{y /* ERROR "unknown field 'y' in struct literal of type T" */: { /* ERROR "invalid composite literal type: missing type" */}}
	_ = []int{i /* ERROR "index i must be integer constant" */: 1}
	_ = two /* ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context" */() + 1
	_ = s[fl /* ERROR "invalid argument: index fl \(variable of type float64\) must be integer" */]
	_ = s[uint64 /* ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int" */(1<<63)]
	var f float64 = 1 /* ERROR "invalid operation: 1 << i \(shift of type float64\)" */ << i
	_ = f
}

func stmts(ch chan int, y interface{}) int {
	for a, b /* ERROR "range over ch \(variable of type chan int\) permits only one iteration variable" */ := range ch {
		_, _ = a, b
	}
	switch {
	case 1 /* ERROR "cannot convert 1 \(untyped int constant\) to bool" */ :
	}
	select {
	case ch /* ERROR "select case must be receive, send or assign recv" */ /* ERROR "ch == nil \(untyped bool value\) is not used" */ == nil:
	}
	switch _ /* ERROR "no new variable on left side of :=" */ := y.(type) {
	}
	goto M /* ERROR "goto M jumps into block starting at" */
	{
	M:
	}
	goto N /* ERROR "goto N jumps over declaration of w at" */
	var w int
N:
	_ = w
L:
	goto L
L /* ERROR "label L already defined at errors_coverage4.go:58:1" */ :
	goto L
	return /* ERROR "not enough return values\n\thave \(\)\n\twant \(int\)" */
}
