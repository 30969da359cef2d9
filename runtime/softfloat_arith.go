//go:build avr

// Soft float arithmetic: addition, subtraction, multiplication and division of unpacked values (see softfloat.go),
// and the libgcc entry points for float64 (__adddf3 ...) and float32 (__addsf3 ...). Each operation leaves its
// result in x, exact or with a sticky bit 0, for pack to round once.

package runtime

// add sets x to x+y, or to x−y when negY is set. The negation is applied after the NaN check, so a NaN y comes out
// with its own sign, as SSE's subsd gives it.
func add(x, y *unpacked, negY bool) {
	if pickNaN(x, y) {
		return
	}
	if negY {
		y.neg = !y.neg
	}
	if x.class == fpInf {
		if y.class == fpInf && x.neg != y.neg {
			setInvalid(x)
		}
		return
	}
	if y.class == fpZero {
		if x.class == fpZero {
			x.neg = x.neg && y.neg // −0 + −0 = −0; every other sum of zeros is +0
		}
		return
	}
	if x.class == fpZero || y.class == fpInf {
		*x = *y
		return
	}
	if x.exp < y.exp {
		t := *x
		*x = *y
		*y = t
	}
	// Align y with x. Both have their leading one at bit 62 and at least nine zero bits below their last
	// significant bit, so a sticky bit at bit 0 stays below the rounding position even after the one-bit shift
	// a cancellation may need.
	m := shiftRightSticky(y.mant, uint16(x.exp-y.exp))
	if x.neg == y.neg {
		m += x.mant
		if m >= 1<<63 {
			m = m>>1 | m&1
			x.exp++
		}
	} else {
		if x.mant >= m {
			m = x.mant - m
		} else {
			m -= x.mant
			x.neg = y.neg
		}
		if m == 0 {
			x.class = fpZero
			x.neg = false // an exact cancellation is +0 in round to nearest
			return
		}
	}
	x.mant = m
	normalize(x)
}

// mul sets x to x×y.
func mul(x, y *unpacked) {
	if pickNaN(x, y) {
		return
	}
	x.neg = x.neg != y.neg
	if x.class == fpInf || y.class == fpInf {
		if x.class == fpZero || y.class == fpZero {
			setInvalid(x)
			return
		}
		x.class = fpInf
		return
	}
	if x.class == fpZero || y.class == fpZero {
		x.class = fpZero
		return
	}
	// The product of the two 63-bit significands is below 2^126; its bits 62 and up (with a sticky bit for the
	// rest) are the significand of the result, with its leading one at bit 62 or 63.
	hi, lo := mul64(x.mant, y.mant)
	m := hi<<2 | lo>>62
	if lo<<2 != 0 {
		m |= 1
	}
	x.exp += y.exp
	if m >= 1<<63 {
		m = m>>1 | m&1
		x.exp++
	}
	x.mant = m
}

// mul64 returns the 128-bit product of a and b as its high and low 64 bits, from four 32×32-bit products (LLVM
// would call a 64×64-bit multiply for each; with the operands' low halves both zero, as for float32 significands,
// only one is needed).
func mul64(a, b uint64) (hi, lo uint64) {
	ah, al := a>>32, a&0xffffffff
	bh, bl := b>>32, b&0xffffffff
	hi = ah * bh
	if al|bl == 0 {
		return hi, 0
	}
	ll := al * bl
	lh := al * bh
	hl := ah * bl
	mid := ll>>32 + lh&0xffffffff + hl&0xffffffff
	lo = ll&0xffffffff | mid<<32
	hi += lh>>32 + hl>>32 + mid>>32
	return hi, lo
}

// div sets x to x/y by restoring division: the quotient's bits from bit 62 down to bit stop (1<<8 for float64: the
// 53-bit significand, a rounding bit and one more; 1<<37 for float32), then a sticky bit for the remainder.
func div(x, y *unpacked, stop uint64) {
	if pickNaN(x, y) {
		return
	}
	x.neg = x.neg != y.neg
	if x.class == fpInf || x.class == fpZero {
		if x.class == y.class {
			setInvalid(x) // ∞/∞, 0/0
		}
		return
	}
	if y.class == fpInf {
		x.class = fpZero
		return
	}
	if y.class == fpZero {
		x.class = fpInf
		return
	}
	r, d := x.mant, y.mant
	x.exp -= y.exp
	if r < d {
		r <<= 1 // now d <= r < 2d: the first quotient bit is a one
		x.exp--
	}
	var q uint64
	for bit := uint64(1) << 62; bit >= stop; bit >>= 1 {
		if r >= d {
			r -= d
			q |= bit
		}
		r <<= 1
	}
	if r != 0 {
		q |= 1
	}
	x.mant = q
}

// adddf3 returns a+b.
//
//export __adddf3
func adddf3(a, b uint64) uint64 {
	var x, y unpacked
	unpack64(&x, a)
	unpack64(&y, b)
	add(&x, &y, false)
	return pack64(&x)
}

// subdf3 returns a−b.
//
//export __subdf3
func subdf3(a, b uint64) uint64 {
	var x, y unpacked
	unpack64(&x, a)
	unpack64(&y, b)
	add(&x, &y, true)
	return pack64(&x)
}

// muldf3 returns a×b.
//
//export __muldf3
func muldf3(a, b uint64) uint64 {
	var x, y unpacked
	unpack64(&x, a)
	unpack64(&y, b)
	mul(&x, &y)
	return pack64(&x)
}

// divdf3 returns a/b.
//
//export __divdf3
func divdf3(a, b uint64) uint64 {
	var x, y unpacked
	unpack64(&x, a)
	unpack64(&y, b)
	div(&x, &y, 1<<8)
	return pack64(&x)
}

// addsf3 returns a+b.
//
//export __addsf3
func addsf3(a, b uint32) uint32 {
	var x, y unpacked
	unpack32(&x, a)
	unpack32(&y, b)
	add(&x, &y, false)
	return pack32(&x)
}

// subsf3 returns a−b.
//
//export __subsf3
func subsf3(a, b uint32) uint32 {
	var x, y unpacked
	unpack32(&x, a)
	unpack32(&y, b)
	add(&x, &y, true)
	return pack32(&x)
}

// mulsf3 returns a×b.
//
//export __mulsf3
func mulsf3(a, b uint32) uint32 {
	var x, y unpacked
	unpack32(&x, a)
	unpack32(&y, b)
	mul(&x, &y)
	return pack32(&x)
}

// divsf3 returns a/b.
//
//export __divsf3
func divsf3(a, b uint32) uint32 {
	var x, y unpacked
	unpack32(&x, a)
	unpack32(&y, b)
	div(&x, &y, 1<<37)
	return pack32(&x)
}
