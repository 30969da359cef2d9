package main

const c byte = 255

type T struct{ a int }

func (T) M()  {}
func (*T) P() {}

func f() (int, int) { return 1, 2 }
func one() int       { return 1 }

func main() {
	var bb byte = 256 /* ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)" */
	var u8 uint8 = 256 /* ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)" */
	_, _ = bb, u8
	_ = rune(1 /* ERROR "cannot convert 1 << 40 \(untyped int constant 1099511627776\) to type rune" */ << 40)
	_ = byte(256 /* ERROR "cannot convert 256 \(untyped int constant\) to type byte" */)
	_ = c /* ERROR "c \+ 1 \(constant 256 of type byte\) overflows byte" */ + 1
	var x int = "s" /* ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration" */
	x = f /* ERROR "assignment mismatch: 1 variable but f returns 2 values" */ ()
	var a, b int = 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */
	_, _ = a, b
	_ = x.y /* ERROR "x.y undefined \(type int has no field or method y\)" */
	x := /* ERROR "no new variables on left side of :=" */ 3
	break /* ERROR "break is not in a loop, switch, or select" */
	continue /* ERROR "continue is not in a loop" */
L /* ERROR "label L defined and not used" */ :
	for {
		continue M /* ERROR "continue label not defined: M" */
	}
	var s []int
	_ = s[-1 /* ERROR "invalid argument: index -1 \(constant of type int\) must not be negative" */]
	_ = 1 << -1 /* ERROR "invalid operation: negative shift count -1 \(untyped int constant\)" */
	var q float64
	_ = q /* ERROR "invalid operation: shifted operand q \(variable of type float64\) must be integer" */ << 2
	_ = x == "a" /* ERROR "invalid operation: x == \"a\" \(mismatched types int and untyped string\)" */
	_ = T{1, 2 /* ERROR "too many values in T{…}" */}
	_ = T{b /* ERROR "unknown field 'b' in struct literal of type T" */ : 1}
	f(1 /* ERROR "too many arguments in call to f\n\thave \(number\)\n\twant \(\)" */)
	var i8 int8 = -129 /* ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)" */
	_ = i8
	_ = 5 / 0 /* ERROR "invalid operation: division by zero" */
	var u uint8 = 300 /* ERROR "cannot use 300 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)" */
	_ = u
	y /* ERROR "declared and not used: y" */ := 1
	var arr [3]int
	_ = arr[5 /* ERROR "invalid argument: index 5 out of bounds \[0:3\]" */]
	_ = undefinedthing /* ERROR "undefined: undefinedthing" */
	_ = 1 /* ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment to _ identifier \(overflows\)" */ << 70
	_ = "a" /* ERROR "invalid operation: \"a\" \* 2 \(mismatched types untyped string and untyped int\)" */ * 2
	_ = ! /* ERROR "invalid operation: operator ! not defined on x \(variable of type int\)" */ x
	var p *int = & /* ERROR "cannot use &s \(value of type \*\[\]int\) as type \*int in variable declaration" */ s
	_ = p
	var str string = x /* ERROR "cannot use x \(variable of type int\) as type string in variable declaration" */
	str = x /* ERROR "cannot use x \(variable of type int\) as type string in assignment" */
	_ = x /* ERROR "invalid operation: x \+ str \(mismatched types int and string\)" */ + str
	a1, b1 := one /* ERROR "assignment mismatch: 2 variables but one returns 1 value" */ ()
	_, _ = a1, b1
	var z int
	var z /* ERROR "z redeclared in this block" */ int
	_ = z
}

func g() (int, string) {
	return 1 /* ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)" */
}

func h() int {
	for {
		break
	}
} /* ERROR "missing return" */

func k() {
	return 1 /* ERROR "too many return values" */
}

func m(a int, b string) {}

func calls() {
	m(1 /* ERROR "not enough arguments in call to m\n\thave \(number\)\n\twant \(int, string\)" */)
	m(1, 2 /* ERROR "cannot use 2 \(untyped int constant\) as string value in argument to m" */)
	m(1, "a", 3 /* ERROR "too many arguments in call to m" */)
}
