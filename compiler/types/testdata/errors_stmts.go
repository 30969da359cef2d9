package main

func f1(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func f2(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func f3(x int) int {
	switch x {
	case 1:
		return 1
	}
} /* ERROR "missing return" */

func f4(x int) int {
L:
	for {
		if x > 0 {
			break L
		}
	}
} /* ERROR "missing return" */

func f5() int {
	panic("x")
}

func f6(x int) int {
	for {
		switch x {
		case 1:
			break // breaks the switch, not the loop
		}
	}
}

func f7(x int) (r int) {
	if x > 0 {
		r = 1
	}
	return
}

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough /* ERROR "fallthrough statement out of place" */
		}
	default:
		fallthrough /* ERROR "cannot fallthrough final case in switch" */
	}
M:
	if x > 0 {
		break M /* ERROR "invalid break label M" */
	}
	for {
		continue M /* ERROR "invalid continue label M" */
	}
	x /* ERROR "x == 2 \(untyped bool value\) is not used" */ == 2
	var s string
	s /* ERROR "cannot assign to s\[0\] \(value of type byte\)" */ [0] = 'a'
	var i interface{} = x
	switch v /* ERROR "declared and not used: v" */ := i.(type) {
	case int, string:
	}
	switch w := i.(type) {
	case int:
		_ = w + 1
	case string:
		_ = w + "a"
	case nil:
	}
	switch i.(type) {
	case int:
	case int /* ERROR "duplicate case int in type switch" */ :
	}
	_ = x /* ERROR "invalid operation: x \(variable of type int\) is not an interface" */ .(int)
	var ch chan int
	ch <- "s" /* ERROR "cannot use \"s\" \(untyped string constant\) as int value in send" */
	switch x {
	case 1, 2:
	case 2 /* ERROR "duplicate case 2 \(constant of type int\) in expression switch\n\t.*errors_stmts.go:97:10: previous case" */ :
	case "a" /* ERROR "cannot convert \"a\" \(untyped string constant\) to int" */ :
	}
	goto N /* ERROR "label N not defined" */
	for j := 0; j < 3; j++ {
		if j == 1 {
			continue
		}
		_ = f1(j) + f2(j) + f3(j) + f4(j) + f5() + f6(j) + f7(j)
	}
	for k, v := range "héllo" {
		var r rune = v
		var n int = k
		_, _ = r, n
	}
	arr := [3]string{"a", "b", "c"}
	for k := range arr {
		_ = arr[k]
	}
	var z int
	for z = range arr {
	}
	_ = z
	len /* ERROR "len\(arr\) \(constant 3 of type int\) is not used" */ (arr)
	{
		x := "shadow"
		_ = x
	}
	if y := x * 2; y > 3 {
	} else if y > 1 {
	}
	_ = ch
}

func byteCases(b uint8) {
	switch b {
	case uint8(0):
	case byte /* ERROR "duplicate case byte\(0\) \(constant 0 of type byte\) in expression switch" */ (0):
	}
}

// x++ and x-- need a numeric operand (gc 1.19; GOROOT test/fixedbugs/issue12525.go).
func incDec[P ~int | ~string](b bool, s string, p P, f float64) {
	b /* ERROR "invalid operation: b\+\+ \(non-numeric type bool\)" */ ++
	s /* ERROR "invalid operation: s-- \(non-numeric type string\)" */ --
	p /* ERROR "invalid operation: p\+\+ \(non-numeric type P\)" */ ++
	f++
}

// A switch tag must be comparable, and a case comparable to it (gc 1.19; GOROOT test/switch3.go).
func switchComparable(m, m1 map[int]int, f func(), ar [2]func(), i interface{}) {
	switch m {
	case nil:
	case m1 /* ERROR "invalid case m1 in switch on m \(map can only be compared to nil\)" */:
	}
	switch i {
	case f /* ERROR "invalid case f in switch on i \(func can only be compared to nil\)" */:
	}
	switch ar /* ERROR "cannot switch on ar \(variable of type \[2\]func\(\)\) \(\[2\]func\(\) is not comparable\)" */ {
	case ar:
	}
}

// Typed cases of another type (gc 1.19: mismatched types, at the case).
func switchMismatch(x int, s string) {
	switch {
	case x /* ERROR "invalid case x in switch on true \(mismatched types int and bool\)" */ :
	}
	switch x {
	case s /* ERROR "invalid case s in switch on x \(mismatched types string and int\)" */ :
	}
}

// A built-in named as a statement must be called (gc 1.19; GOROOT test/used.go).
func builtinStmt() {
	cap /* ERROR "cap \(built-in\) must be called" */
	( /* ERROR "\(len\) \(built-in\) must be called" */ len)
}
