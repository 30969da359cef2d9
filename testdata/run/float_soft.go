// float64 arithmetic and comparisons on chosen operands: the special values against each other (hashed per
// operation), then rounding ties, subnormal edges, overflow and cancellation one by one. On AVR every operation here
// is a soft-float helper call (runtime/softfloat*.go). Results are printed as bit patterns in hex; a NaN prints as
// "nan", since NaN payloads and signs are implementation-specific (SSE and Cortex-M's libgcc differ).
package main

import "unsafe"

const (
	one    = 0x3ff0000000000000
	max    = 0x7fefffffffffffff // largest finite
	minSub = 0x0000000000000001 // smallest subnormal, 2^-1074
	maxSub = 0x000fffffffffffff
	minNrm = 0x0010000000000000 // smallest normal, 2^-1022
	inf    = 0x7ff0000000000000
	half   = 0x3fe0000000000000
	two    = 0x4000000000000000
	three  = 0x4008000000000000
	negZ   = 0x8000000000000000
)

// specials are the operands of the matrix: zeros, subnormals, normals, extremes, infinities and a NaN.
var specials = [...]uint64{0, negZ, minSub, maxSub, minNrm, one, 0xbff8000000000000, 0x3fb999999999999a,
	0x4340000000000001, max, 0xffefffffffffffff, inf, 0xfff0000000000000, 0x7ff8000000000001}

type tcase struct {
	op   byte
	a, b uint64
}

// cases are single operations on the edges of rounding, underflow and overflow.
var cases = [...]tcase{
	{'+', one, 0x3ca0000000000000},                // 1 + 2^-53: a tie, rounds to even (1)
	{'+', 0x3ff0000000000001, 0x3ca0000000000000}, // (1+ulp) + ulp/2: a tie, rounds up to even
	{'+', one, 0x3ca0000000000001},                // just above the tie: up
	{'+', one, 0x3c9fffffffffffff},                // just below the tie: down
	{'+', 0x4340000000000000, one},                // 2^53 + 1: tie, stays 2^53
	{'+', 0x4340000000000000, three},              // 2^53 + 3: tie, up to 2^53+4
	{'+', 0x4330000000000001, half},               // (2^52+1) + 0.5: tie, up to even
	{'+', max, 0x7c90000000000000},                // max + ulp/2: tie, rounds to +Inf
	{'+', max, 0x7c8fffffffffffff},                // max + a little less: max
	{'+', max, max},                               // overflow: +Inf
	{'+', minSub, minSub},                         // subnormal + subnormal
	{'+', maxSub, minSub},                         // carries into the smallest normal
	{'-', minNrm, minSub},                         // gradual underflow: the largest subnormal
	{'-', 0x0010000000000001, minNrm},             // two normals, subnormal difference
	{'-', one, 0x3fefffffffffffff},                // cancellation: 2^-53 exactly
	{'-', one, 0x3c90000000000000},                // 1 - 2^-54: tie below 1, rounds to 1
	{'-', one, 0x3ca8000000000000},                // 1 - 1.5 ulp: tie, rounds to even
	{'-', 0x400921fb54442d18, 0x400921fb54442d18}, // x - x = +0
	{'+', negZ, negZ},                             // -0 + -0 = -0
	{'+', 0, negZ},                                // +0 + -0 = +0
	{'-', negZ, 0},                                // -0 - +0 = -0
	{'+', one, 0xbff0000000000000},                // 1 + -1 = +0
	{'-', inf, inf},                               // invalid: NaN
	{'*', minNrm, half},                           // into the subnormals exactly
	{'*', minSub, half},                           // 2^-1075: tie, rounds to 0
	{'*', minSub, 0x3fe8000000000000},             // 0.75 of the smallest subnormal: up
	{'*', 3, half},                                // 1.5 subnormal units: tie, up to 2
	{'*', maxSub, 0x3ff0000000000001},             // rounds up into the smallest normal
	{'*', 0x3ff0000000000001, 0x3ff0000000000001}, // (1+ulp)^2
	{'*', 0x3fefffffffffffff, 0x3fefffffffffffff}, // (1-ulp/2)^2
	{'*', max, two},                               // overflow: +Inf
	{'*', 0xffefffffffffffff, 0x3ff0000000000001}, // overflow: -Inf
	{'*', max, half},                              // exact
	{'*', 0x2000000000000000, 0x2000000000000000}, // 2^-511 * 2^-511: the smallest normal
	{'*', 0x1ff0000000000000, 0x1ff0000000000000}, // 2^-1024: subnormal
	{'*', 0x1e60000000000000, 0x1e50000000000000}, // 2^-1075: tie, rounds to 0
	{'*', 0x1e60000000000001, 0x1e50000000000000}, // just above: the smallest subnormal
	{'*', 0x7fe0000000000000, minSub},             // 2^1023 * 2^-1074: a subnormal operand
	{'*', 0xc000000000000000, minSub},             // -2 * subnormal
	{'*', 0x400921fb54442d18, 0x4005bf0a8b145769}, // pi * e
	{'*', 0, inf},                                 // invalid: NaN
	{'/', one, three},                             // 1/3
	{'/', two, three},                             // 2/3
	{'/', one, 0x4024000000000000},                // 1/10
	{'/', one, max},                               // subnormal quotient
	{'/', minSub, two},                            // tie, rounds to 0
	{'/', 3, two},                                 // tie, rounds to even (2 units)
	{'/', minNrm, 0x4330000000000000},             // 2^-1022 / 2^52: the smallest subnormal
	{'/', max, half},                              // overflow: +Inf
	{'/', max, minSub},                            // overflow: +Inf
	{'/', minSub, max},                            // underflow: +0
	{'/', one, 0x3ff0000000000001},                // 1/(1+ulp)
	{'/', 0x4010000000000000, 0x3ff8000000000000}, // 4/1.5
	{'/', 0x400921fb54442d18, 0x400921fb54442d18}, // x/x = 1
	{'/', one, 0},                                 // +Inf
	{'/', one, negZ},                              // -Inf
	{'/', 0xbff0000000000000, 0},                  // -Inf
	{'/', 0, 0},                                   // invalid: NaN
	{'/', inf, 0xfff0000000000000},                // invalid: NaN
}

func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

var digits = [16]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"}

// show prints a bit pattern in hex, or "nan".
func show(b uint64) {
	if b<<1 > inf<<1 {
		print("nan")
		return
	}
	for i := 60; i >= 0; i -= 4 {
		print(digits[b>>uint(i)&15])
	}
}

// canon replaces any NaN by one value, for hashing.
func canon(b uint64) uint64 {
	if b<<1 > inf<<1 {
		return 0x7ff8000000000000
	}
	return b
}

func hash(h, v uint64) uint64 { return (h ^ v) * 0x100000001b3 }

// compares packs the six comparison operators and four negated ones (lowered as unordered predicates).
func compares(x, y float64) uint64 {
	var r uint64
	if x == y {
		r |= 1
	}
	if x != y {
		r |= 2
	}
	if x < y {
		r |= 4
	}
	if x <= y {
		r |= 8
	}
	if x > y {
		r |= 16
	}
	if x >= y {
		r |= 32
	}
	if !(x < y) {
		r |= 64
	}
	if !(x <= y) {
		r |= 128
	}
	if !(x > y) {
		r |= 256
	}
	if !(x >= y) {
		r |= 512
	}
	return r
}

func main() {
	var add, sub, mul, div, cmp uint64
	for i := 0; i < len(specials); i++ {
		for j := 0; j < len(specials); j++ {
			x, y := f64(specials[i]), f64(specials[j])
			add = hash(add, canon(bits64(x+y)))
			sub = hash(sub, canon(bits64(x-y)))
			mul = hash(mul, canon(bits64(x*y)))
			div = hash(div, canon(bits64(x/y)))
			cmp = hash(cmp, compares(x, y))
		}
	}
	println("matrix", add, sub, mul, div, cmp)

	for i := 0; i < len(cases); i++ {
		c := cases[i]
		x, y := f64(c.a), f64(c.b)
		var r float64
		switch c.op {
		case '+':
			r = x + y
		case '-':
			r = x - y
		case '*':
			r = x * y
		case '/':
			r = x / y
		}
		print(i, " ")
		show(bits64(r))
		println()
	}

	// Comparisons one by one: equal zeros, neighbours, NaN against itself.
	println(compares(0, f64(negZ)), compares(f64(minSub), 0), compares(f64(max), f64(inf)),
		compares(f64(0xbff0000000000001), f64(0xbff0000000000000)), compares(f64(0x7ff8000000000001), f64(0x7ff8000000000001)))

	// Negation flips the sign bit only.
	for i := 0; i < 6; i++ {
		show(bits64(-f64(specials[i])))
		print(" ")
	}
	println()
}
