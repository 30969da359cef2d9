// float32 arithmetic and comparisons, and float64 <-> float32 conversions, on chosen operands: the special values
// against each other (hashed per operation), then rounding ties, subnormal edges and overflow one by one. On AVR
// these are soft-float helper calls (runtime/softfloat*.go). Results are printed as bit patterns in hex; a NaN
// prints as "nan", since NaN payloads and signs are implementation-specific (SSE and Cortex-M's libgcc differ).
package main

import "unsafe"

const (
	one    = 0x3f800000
	max    = 0x7f7fffff
	minSub = 0x00000001 // 2^-149
	maxSub = 0x007fffff
	minNrm = 0x00800000 // 2^-126
	inf    = 0x7f800000
	half   = 0x3f000000
	two    = 0x40000000
	three  = 0x40400000
	negZ   = 0x80000000
)

var specials = [...]uint32{0, negZ, minSub, maxSub, minNrm, one, 0xbfc00000, 0x3dcccccd, 0x4b800001, max,
	0xff7fffff, inf, 0xff800000, 0x7fc00001}

type tcase struct {
	op   byte
	a, b uint32
}

var cases = [...]tcase{
	{'+', one, 0x33800000},        // 1 + 2^-24: tie, rounds to even (1)
	{'+', 0x3f800001, 0x33800000}, // (1+ulp) + ulp/2: tie, up
	{'+', one, 0x33800001},        // just above the tie
	{'+', 0x4b800000, one},        // 2^24 + 1: tie, stays
	{'+', 0x4b800000, three},      // 2^24 + 3: up to 2^24+4
	{'+', max, 0x73000000},        // max + ulp/2: +Inf
	{'+', max, 0x72ffffff},        // max
	{'+', maxSub, minSub},         // the smallest normal
	{'-', minNrm, minSub},         // the largest subnormal
	{'-', one, 0x3f7fffff},        // cancellation: 2^-24
	{'-', one, 0x33c00000},        // 1 - 1.5 ulp: tie, rounds to even
	{'+', negZ, negZ},             // -0
	{'-', negZ, 0},                // -0
	{'+', one, 0xbf800000},        // +0
	{'*', minNrm, half},           // subnormal, exact
	{'*', minSub, half},           // tie: 0
	{'*', 3, half},                // tie: 2 units
	{'*', maxSub, 0x3f800001},     // up into the smallest normal
	{'*', 0x3f800001, 0x3f800001},
	{'*', max, two},               // +Inf
	{'*', 0x1f800000, 0x1f800000}, // 2^-64 * 2^-64 = 2^-128: subnormal
	{'*', 0x7f000000, minSub},     // 2^127 * 2^-149
	{'*', 0x40490fdb, 0x402df854}, // pi * e
	{'/', one, three},
	{'/', one, 0x41200000}, // 1/10
	{'/', one, max},        // subnormal quotient
	{'/', minSub, two},     // tie: 0
	{'/', 3, two},          // tie: 2 units
	{'/', max, half},       // +Inf
	{'/', one, 0x3f800001},
	{'/', one, negZ}, // -Inf
	{'/', 0, 0},      // NaN
}

// narrows are float64 values converted to float32.
var narrows = [...]uint64{
	0x3ff0000010000000, // 1 + 2^-24: tie, rounds to 1
	0x3ff0000010000001, // just above: up
	0x3ff0000030000000, // 1 + 3*2^-24: tie, up to even
	0x47efffffe0000000, // the largest float32
	0x47effffff0000000, // largest + ulp/2: tie, +Inf
	0x47efffffefffffff, // just below: the largest
	0x36a0000000000000, // 2^-149: the smallest subnormal
	0x3690000000000000, // 2^-150: tie, 0
	0x3690000000000001, // just above: the smallest subnormal
	0x36a8000000000000, // 1.5 * 2^-149: tie, 2 units
	0x380fffffe0000000, // 2^-126 - 2^-150: tie, rounds up into the smallest normal
	0x3fb999999999999a, // 0.1
	0x7e37e43c8800759c, // 1e300: +Inf
	0x81d7e43c8800759c, // -1e-300: -0
	0x0000000000000001, // float64 subnormal: +0
	0x8000000000000000, // -0
	0xfff0000000000000, // -Inf
	0x7ff8000000000001, // NaN
}

func f32(b uint32) float32    { return *(*float32)(unsafe.Pointer(&b)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

var digits = [16]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"}

// show prints a bit pattern of n hex digits, or "nan".
func show(b uint64, n int) {
	if n == 8 && uint32(b)<<1 > inf<<1 || n == 16 && b<<1 > 0x7ff0000000000000<<1 {
		print("nan ")
		return
	}
	for i := n*4 - 4; i >= 0; i -= 4 {
		print(digits[b>>uint(i)&15])
	}
	print(" ")
}

func canon(b uint32) uint64 {
	if b<<1 > inf<<1 {
		return 0x7fc00000
	}
	return uint64(b)
}

func hash(h, v uint64) uint64 { return (h ^ v) * 0x100000001b3 }

func compares(x, y float32) uint64 {
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
	var add, sub, mul, div, cmp, ext uint64
	for i := 0; i < len(specials); i++ {
		for j := 0; j < len(specials); j++ {
			x, y := f32(specials[i]), f32(specials[j])
			add = hash(add, canon(bits32(x+y)))
			sub = hash(sub, canon(bits32(x-y)))
			mul = hash(mul, canon(bits32(x*y)))
			div = hash(div, canon(bits32(x/y)))
			cmp = hash(cmp, compares(x, y))
		}
		ext = hash(ext, bits64(float64(f32(specials[i]))))
	}
	println("matrix", add, sub, mul, div, cmp)

	for i := 0; i < len(cases); i++ {
		c := cases[i]
		x, y := f32(c.a), f32(c.b)
		var r float32
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
		show(uint64(bits32(r)), 8)
		if i%8 == 7 {
			println()
		}
	}
	println()

	// float64 -> float32, and back: widening is exact, so the round trip shows the narrowed value.
	for i := 0; i < len(narrows); i++ {
		n := float32(f64(narrows[i]))
		show(uint64(bits32(n)), 8)
		if i%8 == 7 {
			println()
		}
	}
	println()
	println("widen", ext, bits64(float64(f32(maxSub))), bits64(float64(f32(0x80000003))), bits64(float64(f32(max))))
	println(compares(f32(negZ), 0), compares(f32(minSub), f32(maxSub)), compares(f32(0x7fc00001), f32(one)))
}
