//go:build avr

// Soft float arithmetic: addition, subtraction, multiplication and division of unpacked values (see softfloat.go),
// and the libgcc entry points for float64 (__adddf3 ...) and float32 (__addsf3 ...). Each operation leaves its
// result in x, exact or with a sticky bit 0, for pack to round once.

package runtime

import "unsafe"

// The operations below leave a finite result unnormalized (round normalizes it) but exact, or with bits below its
// last place (at least two of them) standing for what was dropped: a sticky bit.

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
	// a has the larger exponent; b is aligned with it. Both significands have at least eight zero bits below their
	// last place, so the sticky bit a long alignment shift leaves in bit 0 stays below the rounding position even
	// when a cancellation moves the leading one down by a bit (a longer cancellation needs a distance of 0 or 1,
	// which is exact).
	a, b := x, y
	if x.exp < y.exp {
		a, b = y, x
	}
	m := shiftRightSticky(b.mant, uint16(a.exp-b.exp))
	neg := a.neg
	if a.neg == b.neg {
		m += a.mant // may carry into bit 63
	} else if a.mant >= m {
		m = a.mant - m
	} else {
		m -= a.mant
		neg = b.neg
	}
	x.exp = a.exp // a may be y: x's fields are written only now
	x.neg = neg
	if m == 0 {
		x.class = fpZero
		x.neg = false // an exact cancellation is +0 in round to nearest
		return
	}
	x.mant = m
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
	// The product of two significands in [2^60, 2^61) is in [2^120, 2^122): its high 64 bits have their leading one
	// at bit 56 or 57, and the low 64 bits only matter as a sticky bit.
	mulSignificands(&x.mant, &y.mant)
	x.exp += y.exp + 4
}

// mulSignificands sets *a to the high 64 bits of the 128-bit product *a × *b, with bit 0 set when the low 64 bits
// are not all zero. It is schoolbook multiplication by bytes, as AVR multiplies 8×8 bits in hardware (a 64-bit
// multiplication is a libgcc call), and skips the zero bytes at the bottom of both operands: a float64 significand
// has one, a float32 one four.
func mulSignificands(a, b *uint64) {
	ab := (*[8]byte)(unsafe.Pointer(a))
	bb := (*[8]byte)(unsafe.Pointer(b))
	var p [16]byte // the product, little-endian
	j0 := uint8(0)
	for bb[j0&7] == 0 { // (every index is masked: the bounds are then known, and no check is compiled)
		j0++ // b is not zero
	}
	for i := uint8(0); i < 8; i++ {
		ai := uint16(ab[i&7])
		if ai == 0 {
			continue
		}
		var carry uint16
		for j := j0; j < 8; j++ {
			t := ai*uint16(bb[j&7]) + uint16(p[(i+j)&15]) + carry // at most 255×255 + 255 + 255
			p[(i+j)&15] = byte(t)
			carry = t >> 8
		}
		p[(i+8)&15] = byte(carry)
	}
	var low byte
	for i := uint8(0); i < 8; i++ {
		low |= p[i&7]
	}
	*a = *(*uint64)(unsafe.Pointer(&p[8]))
	if low != 0 {
		*a |= 1
	}
}

// div sets x to x/y by restoring division: n quotient bits (56 for float64, 27 for float32: the significand, a
// rounding bit and a spare, as the first bit may be 0), then a sticky bit for the remainder.
func div(x, y *unpacked, n uint8) {
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
	// The quotient is collected in bytes from bit 63 down, and the loop keeps only r and d in registers: with a
	// 64-bit q as well, LLVM spills and turns the conditional subtraction into selects, which AVR expands into
	// branches.
	r, d := x.mant, y.mant
	var qb [8]byte
	i, bit := uint8(7), uint8(0x80)
	for k := n; k > 0; k-- {
		if r >= d {
			r -= d
			qb[i&7] |= bit
		}
		r <<= 1
		bit >>= 1
		if bit == 0 {
			bit = 0x80
			i--
		}
	}
	q := *(*uint64)(unsafe.Pointer(&qb))
	if r != 0 {
		q |= 1
	}
	// r/d is in (1/2, 2), so q is (r/d)×2^63.
	x.mant = q
	x.exp -= y.exp + 3
}

// operands holds the two unpacked operands of an arithmetic helper; the result is left in x.
type operands struct {
	x, y unpacked
}

// unpack2x64 unpacks two float64 operands whose bit patterns are in p.x.mant and p.y.mant.
func unpack2x64(p *operands) {
	unpack64(&p.x)
	unpack64(&p.y)
}

// unpack2x32 is unpack2x64 for float32 operands.
func unpack2x32(p *operands) {
	unpack32(&p.x)
	unpack32(&p.y)
}

// adddf3 returns a+b.
//
//export __adddf3
func adddf3(a, b uint64) uint64 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x64(&p)
	add(&p.x, &p.y, false)
	return pack64(&p.x)
}

// subdf3 returns a−b.
//
//export __subdf3
func subdf3(a, b uint64) uint64 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x64(&p)
	add(&p.x, &p.y, true)
	return pack64(&p.x)
}

// muldf3 returns a×b.
//
//export __muldf3
func muldf3(a, b uint64) uint64 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x64(&p)
	mul(&p.x, &p.y)
	return pack64(&p.x)
}

// divdf3 returns a/b.
//
//export __divdf3
func divdf3(a, b uint64) uint64 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x64(&p)
	div(&p.x, &p.y, 56)
	return pack64(&p.x)
}

// addsf3 returns a+b.
//
//export __addsf3
func addsf3(a, b uint32) uint32 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x32(&p)
	add(&p.x, &p.y, false)
	return pack32(&p.x)
}

// subsf3 returns a−b.
//
//export __subsf3
func subsf3(a, b uint32) uint32 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x32(&p)
	add(&p.x, &p.y, true)
	return pack32(&p.x)
}

// mulsf3 returns a×b.
//
//export __mulsf3
func mulsf3(a, b uint32) uint32 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x32(&p)
	mul(&p.x, &p.y)
	return pack32(&p.x)
}

// divsf3 returns a/b.
//
//export __divsf3
func divsf3(a, b uint32) uint32 {
	p := operands{x: unpacked{mant: uint64(a)}, y: unpacked{mant: uint64(b)}}
	unpack2x32(&p)
	div(&p.x, &p.y, 27)
	return pack32(&p.x)
}
